/** An error whose message is safe and useful to show the person who asked; the router replies with it ephemerally. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}
