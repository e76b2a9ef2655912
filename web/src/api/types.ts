// Shapes of the HTTP API as the web app uses them: the shared zod schemas of src/shared/api
// (the same ones the server validates with), so server and web cannot drift apart.
export type {
  AuditEntry,
  CreatePeriod as PeriodInput,
  CreateUnit as UnitInput,
  CreateUser as UserCreateInput,
  FrameworkSummary,
  Home as HomeInfo,
  HomeDeadline,
  HomeTask,
  ImportRowError,
  Locale,
  LoginResponse as LoginResult,
  PatchUser as UserPatchInput,
  Period,
  PeriodStatus,
  Role,
  SessionInfo,
  Unit,
  UnitImportResult,
  UnitTypeInfo as UnitType,
  User,
} from '../../../src/shared/api';
export { PERIOD_STATUSES, ROLES, UNIT_TYPES } from '../../../src/shared/api';



import type { Unit } from '../../../src/shared/api';
export type UnitTypeId = Unit['type'];
