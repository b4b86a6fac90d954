import { z } from 'zod';
import { defineMethod } from './define';
import { KioskSettings } from './visitor';

export const CURATOR_IDLE_MINUTES = { min: 2, max: 120, default: 10 } as const;

export const WorkspaceSettings = z.object({
  kiosk: KioskSettings,
  curatorIdleMinutes: z.number().int().min(CURATOR_IDLE_MINUTES.min).max(CURATOR_IDLE_MINUTES.max),
});
export type WorkspaceSettings = z.infer<typeof WorkspaceSettings>;

/** The settings form as it crosses the edge: WorkspaceSettings' shape and types, without the numbers' ranges. */
const SettingsForm = z
  .object({
    kiosk: KioskSettings.extend({ idleSeconds: z.number(), countdownSeconds: z.number() }),
    curatorIdleMinutes: z.number(),
  })
  .strict();

export const curatorSettingsMethods = {
  getWorkspaceSettings: defineMethod({ access: 'curator', input: z.object({}).strict(), output: WorkspaceSettings }),
  /**
   * Admin only: these change every visitor's experience (idle reset, attract loop, hours, language). The call
   * checks the form's shape and types; the numbers' ranges are checked by the engine (WorkspaceSettings), so
   * one out of range comes back as INVALID with details.fields beside its own field.
   */
  saveWorkspaceSettings: defineMethod({ access: 'admin', input: SettingsForm, output: WorkspaceSettings }),
} as const;
