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
  RecordedFile,
  RecordedMessage,
  RecordedRequest,
} from './types.js';
