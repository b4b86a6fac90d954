# Runs the kiosk and starts it again whenever it stops, like systemd's Restart=always, except when staff
# chose "exit kiosk" (exit code 64). Started at logon by the scheduled task that install-autostart.ps1 makes.
param(
  [string]$Exe = "$env:ProgramFiles\Honor Archive Kiosk\Honor Archive Kiosk.exe"
)
$env:HONOR_ARCHIVE_SUPERVISED = '1'
$quick = 0
while ($true) {
  $started = Get-Date
  $p = Start-Process -FilePath $Exe -PassThru -Wait
  if ($p.ExitCode -eq 64) { break }
  # Crashing right after start again and again: wait longer between tries instead of spinning.
  if (((Get-Date) - $started).TotalSeconds -lt 30) { $quick++ } else { $quick = 0 }
  Start-Sleep -Seconds ([Math]::Min(300, 5 * [Math]::Pow(2, [Math]::Min($quick, 6))))
}
