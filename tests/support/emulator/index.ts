export { startEmulator } from './emulator.js';
export { DEFAULT_BOT_PERMISSIONS, DEFAULT_MEMBER_PERMISSIONS } from './world.js';
export type {
  AutocompleteInput,
  ButtonInput,
  CommandInput,
  Emulator,
  EmulatorOptions,
  FaultResponse,
  InteractionLocales,
  InteractionOutcome,
  InteractionResponse,
  LooseJson,
  RecordedMessage,
  RecordedRequest,
} from './types.js';
