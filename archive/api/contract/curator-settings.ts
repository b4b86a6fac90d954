import { z } from 'zod';
import { defineMethod } from './define';
import { KioskSettings } from './visitor';

export const CURATOR_IDLE_MINUTES = { min: 2, max: 120, default: 10 } as const;

export const WorkspaceSettings = z.object({
  kiosk: KioskSettings,
  curatorIdleMinutes: z.number().int().min(CURATOR_IDLE_MINUTES.min).max(CURATOR_IDLE_MINUTES.max),
});
export type WorkspaceSettings = z.infer<typeof WorkspaceSettings>;

export const curatorSettingsMethods = {
  getWorkspaceSettings: defineMethod({ access: 'curator', input: z.object({}).strict(), output: WorkspaceSettings }),
  /** Admin only: these change every visitor's experience (idle reset, attract loop, hours, language). */
  saveWorkspaceSettings: defineMethod({ access: 'admin', input: WorkspaceSettings.strict(), output: WorkspaceSettings }),
} as const;
