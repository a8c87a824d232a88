/** A refused save's reason, next to the control that made it. */
export function FieldError({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="edit-error" role="alert">
      {message}
    </p>
  );
}
