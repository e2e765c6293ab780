; Inno Setup 6 script: a per-user Windows installer for the one-folder bundle.
; Build on Windows (README "Packaging"): `make dist` equivalent first, then
;   iscc /DMyAppVersion=0.1.0 packaging\floorqc.iss
; Output: dist\installer\FloorQC-Setup-<version>.exe
; floorqc.ico sits beside this script (made from floorqc.png by render_icon.py).

#ifndef MyAppVersion
  #define MyAppVersion "0.1.0"
#endif
#define MyAppName "FloorQC"
#define MyAppNameZh "楼面质检"
#define MyAppPublisher "FloorQC"
#define MyAppExe "floorqcw.exe"
#define MyCliExe "floorqc.exe"

[Setup]
; A fixed AppId ties upgrades and the uninstaller together: never change it.
AppId={{6C0F6B2E-8E1B-4C7A-9A57-3F0C1D2B9E41}
AppName={#MyAppName}
AppVersion={#MyAppVersion}
AppVerName={#MyAppName} {#MyAppVersion}
AppPublisher={#MyAppPublisher}
DefaultDirName={autopf}\{#MyAppName}
DefaultGroupName={#MyAppName}
DisableProgramGroupPage=yes
; Per-user by default (no administrator needed on a shared laptop); the dialog offers all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist\installer
OutputBaseFilename=FloorQC-Setup-{#MyAppVersion}
SetupIconFile=floorqc.ico
UninstallDisplayIcon={app}\{#MyAppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The user's data (FLOORQC_DATA_DIR or %LOCALAPPDATA%\FloorQC\FloorQC) is never in {app}:
; uninstalling removes the program only, never the database or its backups.

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Chinese (Simplified) wizard text where the compiler has it (some Inno Setup 6 releases ship it
; only among the unofficial translations: copy ChineseSimplified.isl into its Languages folder).
#if FileExists(CompilerPath + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; Everything PyInstaller put in dist\floorqc (both launchers and _internal\).
Source: "..\dist\floorqc\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundled libraries wholesale, so nothing stale from an old version stays.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#MyAppName}"; Filename: "{app}\{#MyAppExe}"; Comment: "{#MyAppNameZh}"
Name: "{autodesktop}\{#MyAppName}"; Filename: "{app}\{#MyAppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#MyAppExe}"; Description: "{cm:LaunchProgram,{#MyAppName}}"; Flags: nowait postinstall skipifsilent
