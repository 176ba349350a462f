; Inno Setup 6 script: the Windows installer around the PyInstaller folder (dist\fieldbook, built by
; installers/fieldbook.spec). See installers/windows/README.md.
;
; NOT RUN HERE: written on a Linux machine without Windows or Inno Setup; it has never been compiled or run.
; .github/workflows/windows.yml is where it is first compiled, installed and uninstalled.
;
; Build (on Windows, from the repository root, after PyInstaller):
;   iscc /DAppVersion=0.2.0 installers\windows\fieldbook.iss      -> dist\installer\fieldbook-0.2.0-setup.exe
; The version is the __version__ of desktop/__init__.py; the workflow reads it from there and passes it in. This
; script has no default of its own, so an installer can never carry a version the app does not have.
;
; What it does: installs for the current user without administrator rights (%LOCALAPPDATA%\Programs\Fieldbook;
; a dialog offers "all users", which asks for them), a Start-menu entry, an optional desktop icon, Fieldbook in
; Explorer's "Open with" for .xlsx (Excel keeps the default), and an uninstaller that removes the program and never
; the data. Needs Inno Setup 6.3 or later (x64compatible).

#pragma parseroption -p+
; (Pascal-style strings in the preprocessor: a backslash in a path is a backslash, not an escape.)

#ifndef AppVersion
  #error AppVersion is not set: compile with iscc /DAppVersion=<version>, the __version__ of desktop/__init__.py
#endif
#if AppVersion == ""
  #error AppVersion is empty: compile with iscc /DAppVersion=<version>, the __version__ of desktop/__init__.py
#endif

; Where PyInstaller put the folder, and where the installer goes: beside this script's ..\..\dist unless given
; (/DDistDir=C:\absolute\path, /DOutputDir=...).
#ifndef DistDir
  #define DistDir AddBackslash(SourcePath) + "..\..\dist\fieldbook"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\..\dist\installer"
#endif

#define AppName "Fieldbook"
#define AppExe "fieldbook.exe"
; The ProgID that puts Fieldbook in "Open with" for .xlsx packages (never the default program for .xlsx).
#define ProgId "Fieldbook.Package"

#if !FileExists(AddBackslash(DistDir) + AppExe)
  #error No fieldbook.exe in DistDir: build the folder first (pyinstaller --noconfirm --distpath dist --workpath build installers/fieldbook.spec)
#endif

[Setup]
; The AppId ties upgrades and the uninstaller to this product: never change it. ("{{" is a literal "{".)
AppId={{B8CBC688-1820-44AC-BF80-74E4CED63CFB}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
; Per user by default, no administrator rights: {autopf} is %LOCALAPPDATA%\Programs in that mode (Program Files
; only if the user picks "all users" in the dialog, which then asks for administrator rights).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
; PyInstaller builds for the Python that runs it: 64-bit on the CI runner.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6's floor: Windows 10 1809.
MinVersion=10.0.17763
; The "Open with" entries below: Explorer is told associations changed (SHChangeNotify) at the end.
ChangesAssociations=yes
; A running Fieldbook is asked to close before its files are replaced (Restart Manager).
CloseApplications=yes
UninstallDisplayIcon={app}\{#AppExe}
OutputDir={#OutputDir}
OutputBaseFilename=fieldbook-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
SetupLogging=yes
; Code signing (optional; needs a certificate this project does not have). Define a sign tool on the command line:
;   iscc /DAppVersion=0.2.0 "/Sfieldbooksign=signtool.exe sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /f $qC:\keys\fieldbook.pfx$q /p PASSWORD $f" installers\windows\fieldbook.iss
; then uncomment these two lines (the setup and the uninstaller are signed), and sign fieldbook.exe too: see [Files].
; SignTool=fieldbooksign
; SignedUninstaller=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[CustomMessages]
english.OpenWithGroup=Excel packages:
english.OpenWithTask=Show Fieldbook in "Open with" for .xlsx files (Excel stays the default)
english.PackageType=Fieldbook package
french.OpenWithGroup=Paquets Excel :
french.OpenWithTask=Proposer Fieldbook dans "Ouvrir avec" pour les fichiers .xlsx (Excel reste le programme par defaut)
french.PackageType=Paquet Fieldbook
spanish.OpenWithGroup=Paquetes Excel:
spanish.OpenWithTask=Mostrar Fieldbook en "Abrir con" para los archivos .xlsx (Excel sigue siendo el programa predeterminado)
spanish.PackageType=Paquete de Fieldbook

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "openwith"; Description: "{cm:OpenWithTask}"; GroupDescription: "{cm:OpenWithGroup}"

[InstallDelete]
; An upgrade replaces the whole bundle: files a previous version had and this one does not (another Qt, another
; package version) must not linger where Python would import them. Only the program's own _internal folder.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The PyInstaller folder as it is: fieldbook.exe and _internal\. Excluded, should the folder have been used as a
; portable copy before it was packaged: the "portable" marker (a file of that name beside the exe keeps the data in
; <exe folder>\data, see db/store.py) and such a data folder. The installer never creates the marker: an installed
; Fieldbook keeps its data in the per-user data folder.
Source: "{#DistDir}\*"; DestDir: "{app}"; Excludes: "\portable,\data\*"; Flags: ignoreversion recursesubdirs createallsubdirs
; With SignTool set above, replace the line above with these two, so fieldbook.exe is signed as it is compiled in:
; Source: "{#DistDir}\{#AppExe}"; DestDir: "{app}"; Flags: ignoreversion signonce
; Source: "{#DistDir}\*"; DestDir: "{app}"; Excludes: "\{#AppExe},\portable,\data\*"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; {autoprograms}: the user's Start menu in a per-user install, everyone's in an all-users one.
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; "Open with": the ProgID Fieldbook.Package is added to .xlsx's OpenWithProgids, so Fieldbook is offered for a
; package without taking .xlsx from Excel (the .xlsx key's default value is never written). HKA is
; HKCU\Software\Classes in a per-user install, HKLM\Software\Classes in an all-users one. The uninstaller removes only what is Fieldbook's: the
; value in OpenWithProgids (never the .xlsx key), the ProgID and the Applications entry.
; The command passes the file as the one argument: the app must accept a package path there (see README.md).
Root: HKA; Subkey: "Software\Classes\.xlsx\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:PackageType}"; Flags: uninsdeletekey; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".xlsx"; ValueData: ""; Tasks: openwith

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; Uninstall: only what this script installed goes (the files under {app}, then {app} itself once empty, the
; shortcuts and the registry entries above). There is deliberately NO [UninstallDelete] section, and none must be
; added for the data: Fieldbook keeps an office's data file, backups, signing key and settings in the per-user data
; folder %LOCALAPPDATA%\Fieldbook (platformdirs.user_data_path("Fieldbook", appauthor=False): db/store.py
; default_data_dir and APP_NAME), and exported packages in Documents\Fieldbook packages. Neither is under {app},
; and both survive uninstalling and reinstalling. (A data folder someone made under {app} with a portable marker
; added by hand is not removed either: the uninstaller deletes only files it installed, and folders only if empty.)
