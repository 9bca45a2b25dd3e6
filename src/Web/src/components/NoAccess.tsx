import { genitive } from "../labels";

export function NoAccess({ municipalityName }: { municipalityName: string }) {
  return (
    <div className="message">
      <p>Du har ikke adgang til {genitive(municipalityName)} styregruppe.</p>
    </div>
  );
}
