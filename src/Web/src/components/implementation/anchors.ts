/** In-page addresses, so an activity can point to the decision that created it and back. */
export const activityAnchor = (id: string) => `aktivitet-${id}`;
export const decisionAnchor = (id: string) => `beslutning-${id}`;
export const trialAnchor = (id: string) => `proevehandling-${id}`;
