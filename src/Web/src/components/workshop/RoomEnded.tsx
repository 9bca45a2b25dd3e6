import { Link } from "../Link";

/** Shown when the room closes or this guest is removed; a staff member can go on to the plan. */
export function RoomEnded({ reason }: { reason: "closed" | "revoked" }) {
  return (
    <div className="message message--notice" role="alert">
      <p>
        {reason === "closed"
          ? "Workshoppen er lukket. Planen er skrevet ind i udviklingsplanen. Tak for i dag."
          : "Du er ikke længere med i workshoppen."}
      </p>
      <Link to="/">Til forsiden</Link>
    </div>
  );
}
