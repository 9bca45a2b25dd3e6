import { Link } from "../components/Link";
import { usePageTitle } from "../usePageTitle";

export function NotFound() {
  usePageTitle("Siden findes ikke");
  return (
    <>
      <h1>Siden findes ikke</h1>
      <p>Vi kan ikke finde den side, du leder efter.</p>
      <p>
        <Link to="/">Gå til oversigten over kommuner</Link>
      </p>
    </>
  );
}
