export function Loading({ text = "Henter …" }: { text?: string }) {
  return (
    <p className="loading" role="status">
      {text}
    </p>
  );
}
