import type { ReactNode } from "react";

export function ErrorMessage({ children, onRetry }: { children: ReactNode; onRetry?: () => void }) {
  return (
    <div className="message message--error" role="alert">
      <p>{children}</p>
      {onRetry && (
        <button type="button" className="button button--quiet" onClick={onRetry}>
          Prøv igen
        </button>
      )}
    </div>
  );
}
