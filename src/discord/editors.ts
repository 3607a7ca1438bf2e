import { TeamMemberMembershipState, type Client, type Interaction } from 'discord.js';
import type { Config } from '../config.js';
import type { Editor } from '../domain/curation.js';
import { canEdit, type EditorPolicy } from '../domain/editors.js';
import type { Logger } from '../logger.js';

type Owners = Pick<EditorPolicy, 'ownerIds' | 'ownerName'>;
const owners = new WeakMap<Client, Promise<Owners>>();

/**
 * The application's owner, or its team's members, fetched once per client: READY carries only the application's
 * id, so the owner comes from GET /applications/@me. A failed fetch is retried on the next request.
 */
function applicationOwners(client: Client | undefined, logger: Logger): Promise<Owners> {
  // The offline console has no Discord client and no owner; only configured editors apply there.
  if (!client) return Promise.resolve({ ownerIds: [] });
  let known = owners.get(client);
  if (!known) {
    known = (async () => {
      if (!client.application) throw new Error('the client has no application yet');
      const { owner } = await client.application.fetch();
      if (!owner) return { ownerIds: [] };
      if ('members' in owner) {
        const members = owner.members.filter((m) => m.membershipState === TeamMemberMembershipState.Accepted);
        return { ownerIds: [...members.keys()], ownerName: owner.name };
      }
      return { ownerIds: [owner.id], ownerName: owner.username };
    })().catch((error: unknown) => {
      logger.warn({ err: error }, 'could not fetch the application owner; only configured editors can curate');
      owners.delete(client);
      return { ownerIds: [] };
    });
    owners.set(client, known);
  }
  return known;
}

/** The role ids of the member asking, in a server; none in a DM. */
function roleIdsOf(interaction: Interaction): string[] {
  const roles = interaction.member?.roles;
  if (!roles) return [];
  return Array.isArray(roles) ? roles : [...roles.cache.keys()];
}

/** Who may edit, as configured and as Discord says. */
export async function editorPolicy(
  interaction: Interaction,
  deps: { config: Config; logger: Logger },
): Promise<EditorPolicy> {
  return {
    ...(await applicationOwners(interaction.client as Client | undefined, deps.logger)),
    userIds: deps.config.editorUserIds ?? [],
    roleIds: deps.config.editorRoleIds ?? [],
  };
}

/** The editor behind an interaction, or the policy that refuses them. */
export async function editorOf(
  interaction: Interaction,
  deps: { config: Config; logger: Logger },
): Promise<{ editor: Editor } | { refused: EditorPolicy }> {
  const policy = await editorPolicy(interaction, deps);
  if (!canEdit(policy, { userId: interaction.user.id, roleIds: roleIdsOf(interaction) })) return { refused: policy };
  return { editor: { id: interaction.user.id, name: interaction.user.username, via: 'discord' } };
}
