; Reinex - the Windows installer (Inno Setup 6.3 or later).
;
; packaging/build.py compiles it on Windows after building the bundle:
;   ISCC.exe /DAppVersion=0.1.0 /DAppVersionNumeric=0.1.0.0 /DBundleDir=dist\reinex-desktop
;            /DOutputDir=dist packaging\windows\reinex-desktop.iss
;
; - Hebrew (right to left) and English installer; Hebrew unless Windows speaks another language.
; - "Only for me" (no administrator needed, the default) or "for all users" (Program Files).
; - Start-menu shortcut always, desktop shortcut on request.
; - Uninstalling removes the program and asks before removing the local data of the user who
;   uninstalls (%LOCALAPPDATA%\reinex-desktop: the demo clinic, settings); a silent uninstall keeps it
;   unless run with /PURGEDATA=yes. Passwords stay in Windows Credential Manager ("reinex-desktop").

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef AppVersionNumeric
  #define AppVersionNumeric "0.0.0.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\reinex-desktop"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

#define AppName "Reinex"
#define AppExe "reinex-desktop.exe"
; The per-user data folder the app keeps under %LOCALAPPDATA% (platformdirs, app name "reinex-desktop").
#define DataFolder "reinex-desktop"
#define AppUserModelId "com.thepcrunners.ReinexDesktop"

[Setup]
; The AppId never changes: it is how Windows finds an installed Reinex to upgrade or remove.
AppId={{8C1F4E52-6B7A-4D35-9E0C-2A7B5D3F1E64}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Reinex
AppPublisherURL=https://reinex.thepcrunners.com/
AppSupportURL=https://reinex.thepcrunners.com/
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} setup
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user by default; the first page offers "for all users", which asks for administrator rights.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
UsedUserAreasWarning=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
WizardStyle=modern
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage
SetupIconFile=..\..\reinex_desktop\resources\icons\reinex.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir={#OutputDir}
OutputBaseFilename=reinex-desktop-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
CloseApplications=yes
RestartApplications=no

[Languages]
; The first language is the default when Windows speaks neither.
Name: "he"; MessagesFile: "compiler:Languages\Hebrew.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
he.RemoveDataQuestion=להסיר גם את הנתונים המקומיים של ריינקס מהמחשב (מרכז ההדגמה וההגדרות)?%n%nהנתונים נמצאים בתיקייה %1.%nאם תשאירו אותם, התקנה חדשה של ריינקס תמשיך להשתמש בהם.
en.RemoveDataQuestion=Also remove Reinex's local data from this computer (the demo clinic and the settings)?%n%nThe data is in %1.%nIf you keep it, a new installation of Reinex will use it again.
he.ReceptionDesk=עמדת הקבלה של המרכז
en.ReceptionDesk=The clinic's reception desk

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:ReceptionDesk}"; AppUserModelID: "{#AppUserModelId}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:ReceptionDesk}"; AppUserModelID: "{#AppUserModelId}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function LocalDataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\{#DataFolder}');
end;

function RemoveLocalData(): Boolean;
begin
  if ExpandConstant('{param:PURGEDATA|no}') = 'yes' then
    Result := True
  else
    { A silent uninstall gets the default answer: keep the data. }
    Result := SuppressibleMsgBox(FmtMessage(CustomMessage('RemoveDataQuestion'), [LocalDataDir()]),
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(LocalDataDir()) then
    if RemoveLocalData() then
      DelTree(LocalDataDir(), True, True, True);
end;
