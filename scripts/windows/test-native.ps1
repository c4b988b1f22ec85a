# The steps of `make test-windows` (scripts/windows/test.sh), natively on Windows: run by
# .github/workflows/windows.yml on a throwaway GitHub runner, as an administrator. Unlike
# Wine, Windows creates the scheduled task, so this also installs with a real local
# account and checks the task. Not run by the project yet (no GitHub remote, no Windows
# machine): written to match test.sh step by step.
#   scripts\windows\test-native.ps1 -Setup dist\windows\bloodcancer-kiosk-0.1.0-setup.exe `
#       -Older build\windows\test\older\bloodcancer-kiosk-0.0.1-setup.exe -Version 0.1.0
param(
    [Parameter(Mandatory)] [string] $Setup,
    [Parameter(Mandatory)] [string] $Older,
    [Parameter(Mandatory)] [string] $Version,
    [string] $Out = "build\windows\test"
)
$ErrorActionPreference = "Stop"
$app = Join-Path $env:ProgramFiles "BloodCancerKiosk"
$data = Join-Path $env:ProgramData "bloodcancer-kiosk"
$settings = Join-Path $data "kiosk.toml"
$health = Join-Path $data "health\health.json"
$startMenu = Join-Path $env:ProgramData "Microsoft\Windows\Start Menu\Programs\Blood cancer treatment kiosk.lnk"
$uninstallKey = "HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\{C23664FA-6875-4798-A7FC-1279614D7D02}_is1"
New-Item -ItemType Directory -Force $Out | Out-Null
$Out = (Resolve-Path $Out).Path
$script:passed = 0
function Ok([string] $what) { $script:passed++; Write-Host "windows: ok $what" }
function Fail([string] $why) { throw "windows: $why" }

function Install([string] $file, [string] $name, [string[]] $more) {
    $arguments = @('/VERYSILENT', '/SUPPRESSMSGBOXES', '/NORESTART', "/LOG=$Out\$name.log") + $more
    (Start-Process $file -ArgumentList $arguments -Wait -PassThru).ExitCode
}
function DisplayVersion { (Get-ItemProperty $uninstallKey -ErrorAction SilentlyContinue).DisplayVersion }

# A local standard account for the task (a throwaway runner).
$password = "Kx" + [guid]::NewGuid().ToString("N").Substring(0, 16) + "!9a"
net user kiosk $password /add | Out-Null

# 1. An account that does not exist: setup stops before installing anything, exit code 7.
$code = Install $Setup "refused" @('/KIOSKUSER=nobody-here')
if ($code -ne 7) { Fail "setup for a missing account exited $code, expected 7" }
if (Test-Path $app) { Fail "setup that stopped left $app behind" }
Ok "setup for a missing account stops with exit code 7 and installs nothing"

# 2. The older version, with the task; then a change made by staff.
$code = Install $Older "older" @('/KIOSKUSER=kiosk')
if ($code -ne 0) { Fail "setup of the older version exited $code (see $Out\older.log)" }
schtasks /Query /TN BloodCancerKiosk | Out-Null
if ($LASTEXITCODE) { Fail "no scheduled task BloodCancerKiosk" }
$text = (Get-Content -Raw $settings) -replace '(?m)^name = "kiosk"', 'name = "native-test"'
[IO.File]::WriteAllText($settings, $text)
Copy-Item $settings "$Out\kiosk.toml.changed"
Ok "older version installed with its task; settings changed as staff would"

# 3. This version over it: the settings stay exactly as staff left them.
$code = Install $Setup "upgrade" @('/KIOSKUSER=kiosk')
if ($code -ne 0) { Fail "the upgrade exited $code (see $Out\upgrade.log)" }
if ((DisplayVersion) -ne $Version) { Fail "after the upgrade the uninstall entry says $(DisplayVersion)" }
if ((Get-FileHash $settings).Hash -ne (Get-FileHash "$Out\kiosk.toml.changed").Hash) { Fail "the upgrade changed $settings" }
Ok "version $Version installed over the older one; the settings file is unchanged"

# 4. The layout.
foreach ($file in 'kiosk.exe', 'kiosk-cli.exe', 'unins000.exe', 'unins000.dat', '_internal\base_library.zip',
                  '_internal\content', '_internal\assets\fonts', 'docs\kiosk.example.toml', 'docs\deploying.md') {
    if (-not (Test-Path (Join-Path $app $file))) { Fail "not installed: $app\$file" }
}
if (@(Get-ChildItem "$app\unins*.exe").Count -ne 1) { Fail "more than one uninstaller" }
if (-not (Test-Path (Split-Path $health))) { Fail "no folder for the health file" }
if (-not (Test-Path $startMenu)) { Fail "no Start-menu entry: $startMenu" }
if ((Get-ItemProperty $uninstallKey).UninstallString -notlike "*$app\unins000.exe*") { Fail "the uninstall entry does not name unins000.exe" }
schtasks /Query /TN BloodCancerKiosk /XML | Out-File "$Out\task.xml"
if (-not (Select-String -Quiet '<Arguments>supervise</Arguments>' "$Out\task.xml")) { Fail "the task does not run supervise" }
Ok "layout: Program Files, ProgramData settings and health folder, Start menu, uninstaller, task"

# 5. The installed commands, offscreen.
$env:QT_QPA_PLATFORM = "offscreen"
$cli = Join-Path $app "kiosk-cli.exe"
$got = & $cli --version
if ("$got" -notlike "*$Version*") { Fail "kiosk-cli.exe --version said: $got" }
& $cli check-config $settings; if ($LASTEXITCODE) { Fail "check-config failed on the installed settings" }
& $cli check-content --strict --quiet; if ($LASTEXITCODE) { Fail "the installed check-content failed" }
& $cli self-test | Tee-Object "$Out\self-test.txt"; if ($LASTEXITCODE) { Fail "the installed self-test failed" }
$run = Start-Process (Join-Path $app "kiosk.exe") -ArgumentList self-test -Wait -PassThru
if ($run.ExitCode -ne 0) { Fail "kiosk.exe self-test exited $($run.ExitCode)" }
Ok "kiosk-cli.exe: --version, check-config, check-content --strict, self-test; kiosk.exe self-test"
Remove-Item Env:QT_QPA_PLATFORM

# 6. The installed kiosk as installed, on the runner's desktop: ready, a screenshot that is
#    not blank, its health file.
$log = Join-Path $env:LOCALAPPDATA "bloodcancer-kiosk\Logs\kiosk.log"
Remove-Item $log -ErrorAction SilentlyContinue
$kiosk = Start-Process (Join-Path $app "kiosk.exe") -PassThru
foreach ($i in 1..180) { if ((Test-Path $log) -and (Select-String -Quiet ' ready ' $log)) { break }; Start-Sleep 1 }
if (-not ((Test-Path $log) -and (Select-String -Quiet ' ready ' $log))) { Fail "the installed kiosk did not log 'ready'" }
Start-Sleep 2
Add-Type -AssemblyName System.Windows.Forms, System.Drawing
$bounds = [System.Windows.Forms.Screen]::PrimaryScreen.Bounds
$bitmap = New-Object System.Drawing.Bitmap $bounds.Width, $bounds.Height
[System.Drawing.Graphics]::FromImage($bitmap).CopyFromScreen($bounds.Location, [System.Drawing.Point]::Empty, $bounds.Size)
$bitmap.Save("$Out\installed-kiosk.png", [System.Drawing.Imaging.ImageFormat]::Png)
$colours = @{}
for ($y = 0; $y -lt $bitmap.Height; $y += 8) { for ($x = 0; $x -lt $bitmap.Width; $x += 8) { $colours[$bitmap.GetPixel($x, $y).ToArgb()]++ } }
$most = ($colours.Values | Measure-Object -Maximum).Maximum / ($colours.Values | Measure-Object -Sum).Sum
if ($colours.Count -lt 16 -or $most -gt 0.97) { Fail "the screenshot is blank ($($colours.Count) colours)" }
$h = Get-Content -Raw $health | ConvertFrom-Json
if ($h.version -ne $Version -or $h.kiosk_name -ne "native-test") { Fail "health.json: $($h | ConvertTo-Json -Compress)" }
Stop-Process -Id $kiosk.Id -Force
Ok "the installed kiosk is on screen ($Out\installed-kiosk.png) and wrote health.json"

# 7. Uninstall: the program, Start-menu entry, uninstall entry and task go; settings stay.
Start-Process "$app\unins000.exe" -ArgumentList '/VERYSILENT', '/SUPPRESSMSGBOXES', '/NORESTART' -Wait
foreach ($i in 1..60) { if (-not (Test-Path $app)) { break }; Start-Sleep 1 }  # it re-runs from %TEMP%
if (Test-Path $app) { Fail "uninstalling left $app" }
if (Test-Path $startMenu) { Fail "uninstalling left the Start-menu entry" }
if (Test-Path $uninstallKey) { Fail "uninstalling left the uninstall entry" }
schtasks /Query /TN BloodCancerKiosk 2>$null | Out-Null
if ($LASTEXITCODE -eq 0) { Fail "uninstalling left the scheduled task" }
if ((Get-FileHash $settings).Hash -ne (Get-FileHash "$Out\kiosk.toml.changed").Hash) { Fail "uninstalling removed or changed the settings" }
Ok "uninstalled: program folder, Start menu, uninstall entry and task gone; settings kept"
$global:LASTEXITCODE = 0
Write-Host "windows: $script:passed passed, 0 failed"
