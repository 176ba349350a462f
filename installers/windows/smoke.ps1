#Requires -Version 7.0
<#
.SYNOPSIS
    Smoke test of a built Fieldbook on Windows: the command-line sequence of the README (demo, export, validate,
    merge, import, report), checked by exit codes and by the files each command writes.

.DESCRIPTION
    NOT RUN HERE: written on a Linux machine without Windows; .github/workflows/windows.yml is where it first runs.

    fieldbook.exe is built with console=False (installers/fieldbook.spec): a GUI-subsystem program. A console shows
    nothing it prints, and PowerShell does not wait for it when it is called as `& fieldbook.exe ...` ($LASTEXITCODE
    is then meaningless). So every command here is started with System.Diagnostics.Process, which waits for it and
    reads its exit code; its standard output and error are redirected to pipes and shown in the log when the build
    gives Python valid handles, but only exit codes and files decide. With -RequireOutput (for a console build,
    fieldbook-cli.exe) the printed text is required too.

    A command that does not end within -TimeoutSeconds (300) is killed and fails the run: in a windowed build an
    uncaught Python exception opens a message box that nobody will close.

.PARAMETER Exe
    fieldbook.exe (or fieldbook-cli.exe) to test: dist\fieldbook\fieldbook.exe, or an installed copy.

.PARAMETER Work
    A scratch folder for the stores and packages (emptied first). Default: %TEMP%\fieldbook-smoke.

.PARAMETER ExpectVersion
    The version --version must show (checked only when the output can be read).

.PARAMETER Detached
    Instead of the sequence: two packages made as usual, then validate, merge and import started the way Explorer,
    "Open with" or a scheduled task start a program (ShellExecute, hidden window). Then the windowed build has no
    standard handles at all: Python's sys.stdout and sys.stderr are None, which every command must survive. Only
    exit codes and files are checked; a command that hangs (an error message box) is killed after 180 s.

.PARAMETER DefaultDataFolder
    Instead of the sequence: --version, then `demo` with no --db, so the data file lands in the per-user data folder
    (%LOCALAPPDATA%\Fieldbook), as for a user. Refuses to run if a data file is already there (it would be yours).
    The workflow uses it on the installed copy, before checking that the uninstaller keeps that folder.

.EXAMPLE
    pwsh installers\windows\smoke.ps1 -Exe dist\fieldbook\fieldbook.exe
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $Exe,
    [string] $Work = (Join-Path ([System.IO.Path]::GetTempPath()) 'fieldbook-smoke'),
    [string] $ExpectVersion = '',
    [int] $TimeoutSeconds = 300,
    [switch] $RequireOutput,
    [switch] $Detached,
    [switch] $DefaultDataFolder
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$Exe = (Resolve-Path -LiteralPath $Exe).Path
if (Test-Path -LiteralPath $Work) { Remove-Item -LiteralPath $Work -Recurse -Force }
New-Item -ItemType Directory -Path $Work | Out-Null
$Work = (Resolve-Path -LiteralPath $Work).Path
$script:Count = 0

function Invoke-Fieldbook {
    <# Runs the exe with these arguments (each passed as one argument, quoted as Windows needs), waits for it, shows
       what it printed, and fails unless it exits with $Expect. Returns its standard output. #>
    param(
        [Parameter(Mandatory)] [string[]] $Arguments,
        [int] $Expect = 0,
        [switch] $Prints
    )
    $info = [System.Diagnostics.ProcessStartInfo]::new($Exe)
    foreach ($argument in $Arguments) { $info.ArgumentList.Add($argument) }
    $info.WorkingDirectory = $Work
    $info.UseShellExecute = $false
    $info.CreateNoWindow = $true
    $info.RedirectStandardOutput = $true
    $info.RedirectStandardError = $true
    $shown = "fieldbook $($Arguments -join ' ')"
    Write-Host "> $shown"
    $process = [System.Diagnostics.Process]::Start($info)
    $stdout = $process.StandardOutput.ReadToEndAsync()
    $stderr = $process.StandardError.ReadToEndAsync()
    if (-not $process.WaitForExit($TimeoutSeconds * 1000)) {
        $process.Kill($true)
        throw "$shown did not end within $TimeoutSeconds s (killed): a window or an error message box waiting?"
    }
    $process.WaitForExit()  # the redirected streams are complete only after this one
    $out = $stdout.GetAwaiter().GetResult()
    $err = $stderr.GetAwaiter().GetResult()
    if ($out) { Write-Host $out.TrimEnd() }
    if ($err) { Write-Host $err.TrimEnd() }
    Write-Host "  exit code $($process.ExitCode)"
    if ($process.ExitCode -ne $Expect) {
        throw "$shown exited with $($process.ExitCode), expected $Expect"
    }
    if ($Prints -and $RequireOutput -and -not $out.Trim()) {
        throw "$shown printed nothing on standard output"
    }
    $script:Count++
    return $out
}

function Invoke-Detached {
    <# Started as Explorer starts a program (ShellExecute): no standard handles are passed, nothing printed can be
       read. Fails unless it exits with $Expect within 180 s. #>
    param(
        [Parameter(Mandatory)] [string[]] $Arguments,
        [int] $Expect = 0
    )
    $info = [System.Diagnostics.ProcessStartInfo]::new($Exe)
    foreach ($argument in $Arguments) { $info.ArgumentList.Add($argument) }
    $info.WorkingDirectory = $Work
    $info.UseShellExecute = $true
    $info.WindowStyle = [System.Diagnostics.ProcessWindowStyle]::Hidden
    $shown = "fieldbook $($Arguments -join ' ') (no standard handles)"
    Write-Host "> $shown"
    $process = [System.Diagnostics.Process]::Start($info)
    if (-not $process.WaitForExit(180 * 1000)) {
        $process.Kill($true)
        throw "$shown did not end within 180 s (killed): an uncaught exception's message box, most likely " +
            "(something writing to sys.stdout or sys.stderr, which are None here)"
    }
    Write-Host "  exit code $($process.ExitCode)"
    if ($process.ExitCode -ne $Expect) {
        throw "$shown exited with $($process.ExitCode), expected $Expect"
    }
    $script:Count++
}

function Assert-File {
    param([Parameter(Mandatory)] [string] $Path)
    if (-not (Test-Path -LiteralPath $Path -PathType Leaf)) { throw "missing: $Path" }
    if ((Get-Item -LiteralPath $Path).Length -eq 0) { throw "empty: $Path" }
    Write-Host "  ok: $Path"
}

function Assert-Version {
    $out = Invoke-Fieldbook -Arguments @('--version') -Prints
    if ($out.Trim()) {
        if ($ExpectVersion -and $out.Trim() -notmatch "^fieldbook $([regex]::Escape($ExpectVersion))(\s|`$)") {
            throw "--version printed '$($out.Trim())', expected 'fieldbook $ExpectVersion (...)'"
        }
    } else {
        Write-Host '  (no standard output: a windowed build; the exit code is the check)'
    }
}

Write-Host "Smoke test of $Exe in $Work"

if ($DefaultDataFolder) {
    $dataFile = Join-Path $env:LOCALAPPDATA 'Fieldbook\fieldbook.sqlite'
    if (Test-Path -LiteralPath $dataFile) {
        throw "$dataFile exists already: not writing a demo office into someone's data (run this on a clean account)"
    }
    Assert-Version
    Invoke-Fieldbook -Arguments @('demo') -Prints | Out-Null  # no --db: the per-user data folder, as for a user
    Assert-File $dataFile
    Write-Host "Passed: $script:Count commands; the data folder is $(Split-Path $dataFile)"
    return
}

if ($Detached) {
    $ken = Join-Path $Work 'ken.db'
    $mex = Join-Path $Work 'mex.db'
    $kenPackage = Join-Path $Work 'KEN-NBO_2023-H2_001.xlsx'
    $mexPackage = Join-Path $Work 'MEX-MEX_2023-H2_001.xlsx'
    Invoke-Fieldbook -Arguments @('demo', '--db', $ken) | Out-Null
    Invoke-Fieldbook -Arguments @('demo', '--db', $mex, '--office', 'MEX-MEX') | Out-Null
    Invoke-Fieldbook -Arguments @('export', '--db', $ken, '--out', $kenPackage, '--period', '2023-H2') | Out-Null
    Invoke-Fieldbook -Arguments @('export', '--db', $mex, '--out', $mexPackage, '--period', '2023-H2') | Out-Null
    Invoke-Detached -Arguments @('validate', $kenPackage, $mexPackage)
    Invoke-Detached -Arguments @('export', '--db', $ken) -Expect 2  # argparse's usage message, to no stderr
    $regional = Join-Path $Work 'RO-LAC_2023-H2_001.xlsx'
    Invoke-Detached -Arguments @('merge', $kenPackage, $mexPackage, '--out', $regional, '--label', 'RO-LAC',
        '--key', (Join-Path $Work 'region.key'))
    Assert-File $regional
    $hq = Join-Path $Work 'hq.db'
    Invoke-Detached -Arguments @('import', $kenPackage, $mexPackage, '--db', $hq, '--trust-new-keys')
    Assert-File $hq
    Write-Host "Passed: $script:Count commands"
    return
}

$outDir = Join-Path $Work 'out'
$merged = Join-Path $Work 'merged'
New-Item -ItemType Directory -Path $outDir, $merged | Out-Null
$ken = Join-Path $Work 'ken.db'
$mex = Join-Path $Work 'mex.db'
$kenPackage = Join-Path $outDir 'KEN-NBO_2023-H2_001.xlsx'
$mexPackage = Join-Path $outDir 'MEX-MEX_2023-H2_001.xlsx'
$regional = Join-Path $merged 'RO-LAC_2023-H2_001.xlsx'

# The version; then the usage-error path (exit 2) and, below, a rejection (exit 1): exit codes do come back from
# the windowed build, so the zeros elsewhere mean something.
Assert-Version
Invoke-Fieldbook -Arguments @('export', '--db', $ken) -Expect 2 | Out-Null

# A country office: the demo offices, one package each (the folder given with a trailing backslash, as a user would).
Invoke-Fieldbook -Arguments @('demo', '--db', $ken) -Prints | Out-Null
Assert-File $ken
Invoke-Fieldbook -Arguments @('export', '--db', $ken, '--out', "$outDir\", '--period', '2023-H2') -Prints | Out-Null
Assert-File $kenPackage
Invoke-Fieldbook -Arguments @('demo', '--db', $mex, '--office', 'MEX-MEX') -Prints | Out-Null
Assert-File $mex
Invoke-Fieldbook -Arguments @('export', '--db', $mex, '--out', "$outDir\", '--period', '2023-H2') -Prints | Out-Null
Assert-File $mexPackage

# A regional officer: check (one annotated copy), merge with a report, signed with the region's own key.
Invoke-Fieldbook -Arguments @('validate', $kenPackage, $mexPackage) -Prints | Out-Null
$checked = Join-Path $Work 'checked.xlsx'
Invoke-Fieldbook -Arguments @('validate', $kenPackage, '--report', $checked) -Prints | Out-Null
Assert-File $checked
$mergeReport = Join-Path $Work 'merge-report.xlsx'
Invoke-Fieldbook -Arguments @('merge', $kenPackage, $mexPackage, '--out', $merged, '--report', $mergeReport,
    '--label', 'RO-LAC', '--key', (Join-Path $Work 'region.key')) -Prints | Out-Null
Assert-File $regional
Assert-File $mergeReport
Invoke-Fieldbook -Arguments @('validate', $mergeReport) -Expect 1 | Out-Null  # a workbook, not a package

# Headquarters: packages are signed, so a store that knows no key refuses them (exit 1); --trust-new-keys takes
# them on first use. Two packages at once are read in reader processes (multiprocessing in the frozen exe).
$hq = Join-Path $Work 'hq.db'
Invoke-Fieldbook -Arguments @('import', $regional, '--db', (Join-Path $Work 'hq-untrusted.db')) -Expect 1 | Out-Null
Invoke-Fieldbook -Arguments @('import', $regional, '--db', $hq, '--trust-new-keys') -Prints | Out-Null
Assert-File $hq
Invoke-Fieldbook -Arguments @('import', $kenPackage, $mexPackage, '--db', (Join-Path $Work 'hq-offices.db'),
    '--trust-new-keys') -Prints | Out-Null
$report = Join-Path $Work 'report.xlsx'
Invoke-Fieldbook -Arguments @('report', '--db', $hq, '--out', $report) -Prints | Out-Null
Assert-File $report
Invoke-Fieldbook -Arguments @('info', '--db', $hq) -Prints | Out-Null

Write-Host "Passed: $script:Count commands"
