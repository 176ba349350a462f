<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ConsolidatePage</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) imported {when} by {who} — {offices}: {files}</source>
        <translation>
            <numerusform>%n package imported {when} by {who} — {offices}: {files}</numerusform>
            <numerusform>%n packages imported {when} by {who} — {offices}: {files}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undid the import of %n package(s): {files}</source>
        <translation>
            <numerusform>Undid the import of %n package: {files}</numerusform>
            <numerusform>Undid the import of %n packages: {files}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%Ln initiative(s)</source>
        <translation>
            <numerusform>%Ln initiative</numerusform>
            <numerusform>%Ln initiatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln beneficiary count(s)</source>
        <translation>
            <numerusform>%Ln beneficiary count</numerusform>
            <numerusform>%Ln beneficiary counts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln funding line(s)</source>
        <translation>
            <numerusform>%Ln funding line</numerusform>
            <numerusform>%Ln funding lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln partner</numerusform>
            <numerusform>%Ln partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner link(s)</source>
        <translation>
            <numerusform>%Ln partner link</numerusform>
            <numerusform>%Ln partner links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln knowledge product(s)</source>
        <translation>
            <numerusform>%Ln knowledge product</numerusform>
            <numerusform>%Ln knowledge products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deletion(s)</source>
        <translation>
            <numerusform>%Ln deletion</numerusform>
            <numerusform>%Ln deletions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message numerus="yes">
        <source>%Ln change(s) to this record; newest first.</source>
        <translation>
            <numerusform>%Ln change to this record; newest first.</numerusform>
            <numerusform>%Ln changes to this record; newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message numerus="yes">
        <source>%Ln problem(s) to fix before saving.</source>
        <translation>
            <numerusform>%Ln problem to fix before saving.</numerusform>
            <numerusform>%Ln problems to fix before saving.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Can be saved; %Ln warning(s) to check.</source>
        <translation>
            <numerusform>Can be saved; %Ln warning to check.</numerusform>
            <numerusform>Can be saved; %Ln warnings to check.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n initiative</numerusform>
            <numerusform>%n initiatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{target}: headquarters demo: %n office(s), {records} records</source>
        <translation>
            <numerusform>{target}: headquarters demo: %n office, {records} records</numerusform>
            <numerusform>{target}: headquarters demo: %n offices, {records} records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path}: %n record(s) ({counts}); sha256 {digest}</source>
        <translation>
            <numerusform>{path}: %n record ({counts}); sha256 {digest}</numerusform>
            <numerusform>{path}: %n records ({counts}); sha256 {digest}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see --report or --json)</source>
        <translation>
            <numerusform>… and %n more (see --report or --json)</numerusform>
            <numerusform>… and %n more (see --report or --json)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>merging %n package(s)</source>
        <translation>
            <numerusform>merging %n package</numerusform>
            <numerusform>merging %n packages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{db}: undid the import of %n packages ({file} the last of them): {office} #{sequence}, imported {when} UTC</source>
        <translation>
            <numerusform>{db}: undid the import of %n packages ({file} the last of them): {office} #{sequence}, imported {when} UTC</numerusform>
            <numerusform>{db}: undid the import of %n packages ({file} the last of them): {office} #{sequence}, imported {when} UTC</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>importing %n packages</source>
        <translation>
            <numerusform>importing %n packages</numerusform>
            <numerusform>importing %n packages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{partners} from %n countries</source>
        <translation>
            <numerusform>{partners} from %n countries</numerusform>
            <numerusform>{partners} from %n countries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{target}: name the holder of the key with --holder (the store holds %n offices)</source>
        <translation>
            <numerusform>{target}: name the holder of the key with --holder (the store holds %n offices)</numerusform>
            <numerusform>{target}: name the holder of the key with --holder (the store holds %n offices)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n office(s)</source>
        <translation>
            <numerusform>%n office</numerusform>
            <numerusform>%n offices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner link(s)</source>
        <translation>
            <numerusform>%n partner link</numerusform>
            <numerusform>%n partner links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n beneficiary count(s)</source>
        <translation>
            <numerusform>%n beneficiary count</numerusform>
            <numerusform>%n beneficiary counts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n funding line(s)</source>
        <translation>
            <numerusform>%n funding line</numerusform>
            <numerusform>%n funding lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n knowledge product(s)</source>
        <translation>
            <numerusform>%n knowledge product</numerusform>
            <numerusform>%n knowledge products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tombstone(s)</source>
        <translation>
            <numerusform>%n tombstone</numerusform>
            <numerusform>%n tombstones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core</name>
    <message numerus="yes">
        <source>Headquarters: %n office(s)</source>
        <translation>
            <numerusform>Headquarters: %n office</numerusform>
            <numerusform>Headquarters: %n offices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message numerus="yes">
        <source>…({count} character(s))…</source>
        <extracomment>What str.splitlines() breaks a line at, written as its escape (a cell&apos;s line break as \n). Text quoted from a file (a cell of 32,767 characters, a part&apos;s name) is quoted this far.</extracomment>
        <translation>
            <numerusform>…({count} character)…</numerusform>
            <numerusform>…({count} characters)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>Parents before children: the order rows are written in.</extracomment>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) would change records another office owns ({rows})</source>
        <translation>
            <numerusform>%n row would change records another office owns ({rows})</numerusform>
            <numerusform>%n rows would change records another office owns ({rows})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n created</numerusform>
            <numerusform>%n created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <translation>
            <numerusform>%n stale</numerusform>
            <numerusform>%n stale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n deleted</numerusform>
            <numerusform>%n deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflicts</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hand-edited row(s) accepted</source>
        <translation>
            <numerusform>%n hand-edited row accepted</numerusform>
            <numerusform>%n hand-edited rows accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n {entity} record(s) changed in the store while this package was imported; import it again</source>
        <translation>
            <numerusform>%n {entity} record changed in the store while this package was imported; import it again</numerusform>
            <numerusform>%n {entity} records changed in the store while this package was imported; import it again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys of {holder} start with {prefix}: type more of the fingerprint</source>
        <translation>
            <numerusform>%n keys of {holder} start with {prefix}: type more of the fingerprint</numerusform>
            <numerusform>%n keys of {holder} start with {prefix}: type more of the fingerprint</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} package(s)</source>
        <translation>
            <numerusform>{count} package</numerusform>
            <numerusform>{count} packages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} record(s)</source>
        <translation>
            <numerusform>{count} record</numerusform>
            <numerusform>{count} records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} deletion(s)</source>
        <translation>
            <numerusform>{count} deletion</numerusform>
            <numerusform>{count} deletions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} conflict(s)</source>
        <translation>
            <numerusform>{count} conflict</numerusform>
            <numerusform>{count} conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} superseded</source>
        <translation>
            <numerusform>{count} superseded</numerusform>
            <numerusform>{count} superseded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} duplicate(s)</source>
        <translation>
            <numerusform>{count} duplicate</numerusform>
            <numerusform>{count} duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hand-edited row(s) accepted as new versions</source>
        <translation>
            <numerusform>%n hand-edited row accepted as new versions</numerusform>
            <numerusform>%n hand-edited rows accepted as new versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>left out %n invalid: {files}</source>
        <translation>
            <numerusform>left out %n invalid: {files}</numerusform>
            <numerusform>left out %n invalid: {files}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path}: %n errors, first: {problem} (--strict: nothing merged)</source>
        <translation>
            <numerusform>{path}: %n errors, first: {problem} (--strict: nothing merged)</numerusform>
            <numerusform>{path}: %n errors, first: {problem} (--strict: nothing merged)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sheet} row(s) {rows}</source>
        <translation>
            <numerusform>{sheet} row {rows}</numerusform>
            <numerusform>{sheet} rows {rows}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} error(s)</source>
        <translation>
            <numerusform>{count} error</numerusform>
            <numerusform>{count} errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} warning(s)</source>
        <translation>
            <numerusform>{count} warning</numerusform>
            <numerusform>{count} warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The manifest says {rows} row(s) in {sheet}; the sheet has {count}</source>
        <translation>
            <numerusform>The manifest says {rows} row in {sheet}; the sheet has {count}</numerusform>
            <numerusform>The manifest says {rows} rows in {sheet}; the sheet has {count}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot undo {file}: %n record(s) it brought in changed by a later import since; nothing was undone</source>
        <extracomment>Parents before children, as an import writes them (the importer&apos;s order too). How each non-JSON type of a row is written (looked up by exact type: an update of many records encodes many rows).</extracomment>
        <translation>
            <numerusform>cannot undo {file}: %n record it brought in changed by a later import since; nothing was undone</numerusform>
            <numerusform>cannot undo {file}: %n records it brought in changed by a later import since; nothing was undone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot undo {file}: %n record(s) it wrote edited since it was imported; nothing was undone</source>
        <translation>
            <numerusform>cannot undo {file}: %n record it wrote edited since it was imported; nothing was undone</numerusform>
            <numerusform>cannot undo {file}: %n records it wrote edited since it was imported; nothing was undone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot undo {file}: %n {entity} record(s) it updated changed since it was imported; nothing was undone</source>
        <translation>
            <numerusform>cannot undo {file}: %n {entity} record it updated changed since it was imported; nothing was undone</numerusform>
            <numerusform>cannot undo {file}: %n {entity} records it updated changed since it was imported; nothing was undone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot undo {file}: records it created have %n {child} record(s) added since under them; nothing was undone</source>
        <translation>
            <numerusform>cannot undo {file}: records it created have %n {child} record added since under them; nothing was undone</numerusform>
            <numerusform>cannot undo {file}: records it created have %n {child} records added since under them; nothing was undone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot undo {file}: %n record(s) it created no longer in the store; nothing was undone</source>
        <translation>
            <numerusform>cannot undo {file}: %n record it created no longer in the store; nothing was undone</numerusform>
            <numerusform>cannot undo {file}: %n records it created no longer in the store; nothing was undone</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>package</name>
    <message numerus="yes">
        <source>{sheet}: %n row(s)</source>
        <translation>
            <numerusform>{sheet}: %n row</numerusform>
            <numerusform>{sheet}: %n rows</numerusform>
        </translation>
    </message>
</context>
</TS>
