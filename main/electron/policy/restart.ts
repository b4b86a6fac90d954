/**
 * The exit code of a deliberate "exit kiosk": the systemd unit lists it in RestartPreventExitStatus, so
 * staff leaving the kiosk is not undone by Restart=always, while a crash (any other code) is restarted.
 */
export const STAFF_EXIT_CODE = 64;

/**
 * How to restart. Under a service manager (systemd sets INVOCATION_ID; our Windows task sets
 * HONOR_ARCHIVE_SUPERVISED) exiting is enough: it starts us again, and a relaunched child would be killed
 * with our control group. Alone, Electron relaunches itself.
 */
export function restartPlan(env: Record<string, string | undefined>): 'relaunch' | 'exit-for-supervisor' {
  return env.INVOCATION_ID || env.HONOR_ARCHIVE_SUPERVISED === '1' ? 'exit-for-supervisor' : 'relaunch';
}

/** Never restart a process that has just started: a clock set wrong or a bad setting would loop restarts. */
export function mayRestartNow(uptimeMs: number, minUptimeMs = 60 * 60_000): boolean {
  return uptimeMs >= minUptimeMs;
}
