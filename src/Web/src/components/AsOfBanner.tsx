import { formatDate } from "../format";

/** Says plainly that what follows is a past day's plan and cannot be edited, with the way back to today. */
export function AsOfBanner({ what, day, onBack }: { what: string; day: string; onBack(): void }) {
  return (
    <div className="message message--notice as-of__banner" role="status">
      <p>
        Du ser {what}, som den var ved udgangen af <time dateTime={day}>{formatDate(day)}</time>. Den kan ikke redigeres her.
      </p>
      <button type="button" className="button button--quiet" onClick={onBack}>
        Tilbage til i dag
      </button>
    </div>
  );
}
