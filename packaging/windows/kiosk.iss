; Inno Setup 6 script: the Windows installer of the blood cancer treatment kiosk.
;
; Built by `make windows` on Debian, under Wine (scripts/windows/build.sh), and by
; .github/workflows/windows.yml on a Windows runner; by hand, from the repository:
;   pyinstaller --noconfirm --clean --distpath dist\windows build_installer.spec
;   ISCC.exe /DAppVersion=0.1.0 packaging\windows\kiosk.iss
; -> dist\windows\bloodcancer-kiosk-0.1.0-setup.exe
; Optional: /DFrozenDir=<the PyInstaller folder> /DOutputDir=<folder>
;   /DSourceDate=YYYY-MM-DD (the date stamped on every installed file, for a reproducible
;   installer: scripts/windows/build.sh passes the last commit's date).
;
; Install on a kiosk, silently, for the local account "kiosk" (the default):
;   bloodcancer-kiosk-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;       [/KIOSKUSER=ward5kiosk] [/NOTASK] [/LOG=C:\Windows\Temp\kiosk-setup.log]
; What it does:
;   - the program, per machine, in C:\Program Files\BloodCancerKiosk\ (kiosk.exe for the
;     kiosk and `supervise`, kiosk-cli.exe for self-test, check-config, hash-pin, pack...);
;   - the settings, C:\ProgramData\bloodcancer-kiosk\kiosk.toml, from kiosk.example.toml,
;     only if there is none yet; never overwritten, and kept when uninstalling;
;   - C:\ProgramData\bloodcancer-kiosk\health\, writable by the kiosk account, where the
;     kiosk writes health.json every minute (docs/deploying.md, "Health file");
;   - a Start-menu entry "Blood cancer treatment kiosk" (all users) that starts the kiosk;
;   - a scheduled task "BloodCancerKiosk" that starts `kiosk.exe supervise` when the
;     kiosk account logs on, with normal priority, no time limit, restarted every minute
;     if it fails. The account must exist: setup stops before installing anything if not.
;     /NOTASK creates no task and deletes an existing one (Shell Launcher starts the
;     kiosk instead: two supervisors must not run).
; Uninstalling ends the kiosk, deletes the task and the program folder; the settings and
; the kiosk account's logs, usage figures and content packs (%LOCALAPPDATA%\bloodcancer-kiosk)
; stay. For Intune, ConfigMgr and GPO (detection rule, uninstall command): docs/deploying.md,
; "Fleets".
;
; Tested under Wine by `make test-windows` (install, upgrade, layout, self-test,
; screenshot, uninstall); what Wine cannot show (the scheduled task running at log-on,
; the account check, Windows' own security) is listed in docs/windows-under-wine.md.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z packaging\windows\kiosk.iss
#endif
#define Repo "..\.."
#ifndef FrozenDir
  #define FrozenDir Repo + "\dist\windows\kiosk"
#endif
#ifndef OutputDir
  #define OutputDir Repo + "\dist\windows"
#endif
#ifndef Compression
  #define Compression "lzma2/max"
#endif
#define AppName "Blood cancer treatment kiosk"
#define TaskName "BloodCancerKiosk"
#define SettingsDir "{commonappdata}\bloodcancer-kiosk"

[Setup]
AppId={{C23664FA-6875-4798-A7FC-1279614D7D02}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Blood cancer kiosk team
DefaultDirName={autopf}\BloodCancerKiosk
DisableDirPage=yes
DisableProgramGroupPage=yes
DisableWelcomePage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=bloodcancer-kiosk-{#AppVersion}-setup
Compression={#Compression}
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\kiosk.exe
UninstallDisplayName={#AppName}
; The kiosk is stopped by [Code] before files are replaced; no Restart Manager prompts.
CloseApplications=no
RestartApplications=no
SetupLogging=yes
#ifdef SourceDate
; The same sources give the same installer: every file carries this date, not the time
; the build wrote it.
TimeStampsInUTC=yes
TouchDate={#SourceDate}
TouchTime=00:00:00
  #define Touch " touch"
#else
  #define Touch ""
#endif

[Files]
Source: "{#FrozenDir}\*"; DestDir: "{app}"; \
    Flags: ignoreversion recursesubdirs createallsubdirs{#Touch}
Source: "{#Repo}\kiosk.example.toml"; DestDir: "{#SettingsDir}"; DestName: "kiosk.toml"; \
    Flags: onlyifdoesntexist uninsneveruninstall{#Touch}
Source: "{#Repo}\kiosk.example.toml"; DestDir: "{app}\docs"; Flags: ignoreversion{#Touch}
Source: "{#Repo}\docs\deploying.md"; DestDir: "{app}\docs"; Flags: ignoreversion{#Touch}
Source: "{#Repo}\README.md"; DestDir: "{app}\docs"; Flags: ignoreversion{#Touch}

[Dirs]
Name: "{#SettingsDir}"; Flags: uninsneveruninstall
; The kiosk runs as a standard account: it may write its health file here, nothing else.
Name: "{#SettingsDir}\health"; Permissions: users-modify; Flags: uninsneveruninstall

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\kiosk.exe"; WorkingDir: "{app}"; \
    Comment: "Starts the kiosk full screen (staff screen: see docs\deploying.md)"

[UninstallRun]
; First phase of uninstalling, before any file is removed: stop the kiosk, drop the task.
Filename: "{sys}\schtasks.exe"; Parameters: "/End /TN ""{#TaskName}"""; \
    Flags: runhidden waituntilterminated; RunOnceId: "EndTask"
Filename: "{sys}\taskkill.exe"; Parameters: "/F /T /IM kiosk.exe"; \
    Flags: runhidden waituntilterminated; RunOnceId: "KillKiosk"
Filename: "{sys}\schtasks.exe"; Parameters: "/Delete /TN ""{#TaskName}"" /F"; \
    Flags: runhidden waituntilterminated; RunOnceId: "DeleteTask"

[UninstallDelete]
; Anything left in the program folder (nothing is expected): it is ours alone.
Type: filesandordirs; Name: "{app}"

[Code]
function XmlEscape(const Text: String): String;
begin
  Result := Text;
  StringChangeEx(Result, '&', '&amp;', True);
  StringChangeEx(Result, '<', '&lt;', True);
  StringChangeEx(Result, '>', '&gt;', True);
  StringChangeEx(Result, '"', '&quot;', True);
end;

function HasSwitch(const Name: String): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), Name) = 0 then
      Result := True;
end;

function KioskUser(): String;
begin
  Result := Trim(ExpandConstant('{param:KIOSKUSER|kiosk}'));
end;

function TaskXml(const User, AppDir: String): String;
begin
  Result :=
    '<?xml version="1.0" encoding="UTF-8"?>' + #13#10 +
    '<Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">' + #13#10 +
    '  <RegistrationInfo><Description>Blood cancer treatment kiosk: kiosk.exe supervise ' +
    'at log-on of the kiosk account</Description></RegistrationInfo>' + #13#10 +
    '  <Triggers><LogonTrigger><Enabled>true</Enabled><UserId>' + XmlEscape(User) +
    '</UserId></LogonTrigger></Triggers>' + #13#10 +
    '  <Principals><Principal id="Kiosk"><UserId>' + XmlEscape(User) + '</UserId>' +
    '<LogonType>InteractiveToken</LogonType><RunLevel>LeastPrivilege</RunLevel>' +
    '</Principal></Principals>' + #13#10 +
    '  <Settings>' +
    '<MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>' +
    '<DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>' +
    '<StopIfGoingOnBatteries>false</StopIfGoingOnBatteries>' +
    '<AllowHardTerminate>true</AllowHardTerminate>' +
    '<StartWhenAvailable>false</StartWhenAvailable>' +
    '<RunOnlyIfNetworkAvailable>false</RunOnlyIfNetworkAvailable>' +
    '<IdleSettings><StopOnIdleEnd>false</StopOnIdleEnd><RestartOnIdle>false</RestartOnIdle>' +
    '</IdleSettings>' +
    '<AllowStartOnDemand>true</AllowStartOnDemand><Enabled>true</Enabled>' +
    '<Hidden>false</Hidden><RunOnlyIfIdle>false</RunOnlyIfIdle><WakeToRun>false</WakeToRun>' +
    '<ExecutionTimeLimit>PT0S</ExecutionTimeLimit><Priority>4</Priority>' +
    '<RestartOnFailure><Interval>PT1M</Interval><Count>999</Count></RestartOnFailure>' +
    '</Settings>' + #13#10 +
    '  <Actions Context="Kiosk"><Exec><Command>"' + XmlEscape(AppDir) + '\kiosk.exe"</Command>' +
    '<Arguments>supervise</Arguments><WorkingDirectory>' + XmlEscape(AppDir) +
    '</WorkingDirectory></Exec></Actions>' + #13#10 +
    '</Task>' + #13#10;
end;

procedure StopKiosk();
var
  Code: Integer;
begin
  Exec(ExpandConstant('{sys}\schtasks.exe'), '/End /TN "{#TaskName}"', '', SW_HIDE,
    ewWaitUntilTerminated, Code);
  Exec(ExpandConstant('{sys}\taskkill.exe'), '/F /T /IM kiosk.exe', '', SW_HIDE,
    ewWaitUntilTerminated, Code);
end;

// Before anything is copied: stop a running kiosk (an upgrade) and create or replace the
// task. A wrong /KIOSKUSER= stops the setup here, with nothing installed.
function PrepareToInstall(var NeedsRestart: Boolean): String;
var
  User, XmlFile: String;
  Code: Integer;
  Lines: TArrayOfString;
begin
  Result := '';
  User := KioskUser();
  if HasSwitch('/NOTASK') then begin
    StopKiosk();
    Exec(ExpandConstant('{sys}\schtasks.exe'), '/Delete /TN "{#TaskName}" /F', '', SW_HIDE,
      ewWaitUntilTerminated, Code);
    Log('/NOTASK: no scheduled task');
    exit;
  end;
  if User = '' then begin
    Result := '/KIOSKUSER= is empty: name the Windows account the kiosk runs as.';
    exit;
  end;
  StopKiosk();
  XmlFile := ExpandConstant('{tmp}\kiosk-task.xml');
  SetArrayLength(Lines, 1);
  Lines[0] := TaskXml(User, ExpandConstant('{app}'));
  if not SaveStringsToUTF8File(XmlFile, Lines, False) then begin
    Result := 'Could not write ' + XmlFile;
    exit;
  end;
  if not Exec(ExpandConstant('{sys}\schtasks.exe'),
      '/Create /F /TN "{#TaskName}" /XML "' + XmlFile + '"', '', SW_HIDE,
      ewWaitUntilTerminated, Code) or (Code <> 0) then
    Result := 'Could not create the scheduled task for the account "' + User +
      '" (schtasks exit code ' + IntToStr(Code) + '). Does the account exist? ' +
      'Name it with /KIOSKUSER=ACCOUNT.'
  else
    Log('Scheduled task {#TaskName} created for ' + User);
end;

function UpdateReadyMemo(Space, NewLine, MemoUserInfoInfo, MemoDirInfo, MemoTypeInfo,
  MemoComponentsInfo, MemoGroupInfo, MemoTasksInfo: String): String;
begin
  Result := MemoDirInfo + NewLine + NewLine;
  if HasSwitch('/NOTASK') then
    Result := Result + 'No scheduled task (/NOTASK)' + NewLine + NewLine
  else
    Result := Result + 'Starts at log-on of the Windows account:' + NewLine + Space +
      KioskUser() + NewLine + '(another account: run setup with /KIOSKUSER=ACCOUNT)' +
      NewLine + NewLine;
  Result := Result +
    'Settings (kept if present):' + NewLine + Space +
    ExpandConstant('{#SettingsDir}\kiosk.toml');
end;
