# Registers a scheduled task that runs the kiosk watchdog at logon of the kiosk account.
# Run once in an elevated PowerShell:  powershell -ExecutionPolicy Bypass -File install-autostart.ps1
param(
  [string]$User = $env:USERNAME,
  [string]$Exe = "$env:ProgramFiles\Honor Archive Kiosk\Honor Archive Kiosk.exe"
)
$watchdog = Join-Path $PSScriptRoot 'kiosk-watchdog.ps1'
$action = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument "-NoProfile -WindowStyle Hidden -ExecutionPolicy Bypass -File `"$watchdog`" -Exe `"$Exe`""
$trigger = New-ScheduledTaskTrigger -AtLogOn -User $User
$settings = New-ScheduledTaskSettingsSet -AllowStartIfOnBatteries -DontStopIfGoingOnBatteries -ExecutionTimeLimit ([TimeSpan]::Zero) -RestartCount 999 -RestartInterval (New-TimeSpan -Minutes 1)
Register-ScheduledTask -TaskName 'Honor Archive Kiosk' -Action $action -Trigger $trigger -Settings $settings -User $User -RunLevel Limited -Force
Write-Host 'The kiosk will start at the next logon of' $User
