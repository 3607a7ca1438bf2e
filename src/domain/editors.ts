/** Who may change withk's data: the application's owner (or team), and the users and roles an operator names. */
export interface EditorPolicy {
  ownerIds: readonly string[];
  /** The owner's name (a user or a team), when Discord told us, to say who can edit. */
  ownerName?: string;
  userIds: readonly string[];
  roleIds: readonly string[];
}

/** Whether a person (a user with these roles in the server they ask from) is an editor. */
export function canEdit(policy: EditorPolicy, who: { userId: string; roleIds: readonly string[] }): boolean {
  return (
    policy.ownerIds.includes(who.userId) ||
    policy.userIds.includes(who.userId) ||
    who.roleIds.some((role) => policy.roleIds.includes(role))
  );
}
