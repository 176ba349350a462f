<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Fieldbook {version}</source>
        <extracomment>The help window of no main window (``show_help(None, …)``), kept so it is not collected while shown.</extracomment>
        <translation>Fieldbook {version}</translation>
    </message>
    <message>
        <source>Package format: {format}</source>
        <translation>Formato de paquete: {format}</translation>
    </message>
    <message>
        <source>Store schema: {schema}</source>
        <translation>Esquema de la base de datos: {schema}</translation>
    </message>
    <message>
        <source>Data file in use (schema {schema}):</source>
        <translation>Archivo de datos en uso (esquema {schema}):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>About Fieldbook</source>
        <translation>Acerca de Fieldbook</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Fieldbook</source>
        <extracomment>The settings key of the chosen language (settings.ini in the data folder); empty: the system&apos;s.</extracomment>
        <translation>Fieldbook</translation>
    </message>
</context>
<context>
    <name>BeneficiaryGrid</name>
    <message>
        <source> (changed, not saved yet)</source>
        <translation> (modificado, aún sin guardar)</translation>
    </message>
    <message>
        <source>✗ see below</source>
        <translation>✗ ver abajo</translation>
    </message>
    <message>
        <source>⚠ see below</source>
        <translation>⚠ ver abajo</translation>
    </message>
    <message>
        <source>✓ sums agree</source>
        <translation>✓ las sumas coinciden</translation>
    </message>
</context>
<context>
    <name>BeneficiaryPage</name>
    <message>
        <source>Beneficiaries</source>
        <extracomment>Unsaved counts appeared or went away (the status bar tells the truth). What the grid shows (initiative, period, reach): where the pickers go back to when a move is cancelled. A record to show once its initiative is chosen: (initiative, period, reach) — a problem opened from the export dialog.</extracomment>
        <translation>Beneficiarios</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Período</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Período de informe</translation>
    </message>
    <message>
        <source>A half-year (2026-H2), a quarter (2026-Q4) or a year; the grid opens on the latest period with counts for the initiative</source>
        <translation>Un semestre (2026-H2), un trimestre (2026-Q4) o un año; la cuadrícula se abre en el período más reciente con recuentos de la iniciativa</translation>
    </message>
    <message>
        <source>&amp;Reach</source>
        <translation>&amp;Alcance</translation>
    </message>
    <message>
        <source>Direct or indirect</source>
        <translation>Directos o indirectos</translation>
    </message>
    <message>
        <source>Beneficiary counts by group</source>
        <translation>Recuentos de beneficiarios por grupo</translation>
    </message>
    <message>
        <source>Problems in the counts</source>
        <translation>Problemas en los recuentos</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>Revert unsaved counts</source>
        <translation>Revertir los recuentos no guardados</translation>
    </message>
    <message>
        <source>&amp;Save counts</source>
        <translation>&amp;Guardar recuentos</translation>
    </message>
    <message>
        <source>Save the changed rows (Ctrl+S)</source>
        <translation>Guardar las filas modificadas (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save counts</source>
        <translation>Guardar recuentos</translation>
    </message>
    <message>
        <source>The beneficiary counts of {period}</source>
        <translation>Los recuentos de beneficiarios de {period}</translation>
    </message>
    <message>
        <source>Targeted {targeted} · reached {reached}</source>
        <translation>Previstas: {targeted} · alcanzadas: {reached}</translation>
    </message>
    <message>
        <source>Edit beneficiary counts</source>
        <translation>Editar recuentos de beneficiarios</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>No se guardó: {error}</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Code</source>
        <extracomment>Grows on every reset, so that a proxy knows its accepted set is stale. How many records the list holds before search and filters (the &quot;of N&quot; of the count under the list).</extracomment>
        <translation>Código</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>City or locality</source>
        <translation>Ciudad o localidad</translation>
    </message>
    <message>
        <source>Flagship</source>
        <translation>Programa emblemático</translation>
    </message>
    <message>
        <source>Subprogramme</source>
        <translation>Subprograma</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Partner type</source>
        <translation>Tipo de asociado</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Iniciativas</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>Tipo de fuente</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>USD rate</source>
        <translation>Tipo de cambio a USD</translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation>Importe (USD)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>{low}–{high} years</source>
        <translation>{low}–{high} años</translation>
    </message>
    <message>
        <source>{low} years and over</source>
        <translation>{low} años o más</translation>
    </message>
    <message>
        <source>{band}: {years}. The four age bands add up to the total.</source>
        <translation>{band}: {years}. Los cuatro tramos de edad suman el total.</translation>
    </message>
    <message>
        <source>People of this sex; female, male and other add up to the total.</source>
        <translation>Personas de este sexo; mujeres, hombres y otro suman el total.</translation>
    </message>
    <message>
        <source>Persons with disabilities, of any age or sex (part of the total).</source>
        <translation>Personas con discapacidad, de cualquier edad o sexo (incluidas en el total).</translation>
    </message>
    <message>
        <source>Everyone counted in this group.</source>
        <translation>Todas las personas contabilizadas en este grupo.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>Other sex</source>
        <translation>Otro sexo</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Niños</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Jóvenes</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adultos</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Personas mayores</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Con discapacidad</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>Previstas</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Alcanzadas</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
</context>
<context>
    <name>Consolidate</name>
    <message>
        <source>Unreadable</source>
        <translation>Ilegible</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Secuencia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
</context>
<context>
    <name>ConsolidatePage</name>
    <message>
        <source>Consolidate packages</source>
        <extracomment>How often the page asks who is importing into a PostgreSQL store, while it is shown.</extracomment>
        <translation>Consolidar paquetes</translation>
    </message>
    <message>
        <source>Drop package files (.xlsx) here, or add them. Each is checked at once: merge the valid ones into one package, or import them into this data file.</source>
        <translation>Suelte aquí los archivos de paquete (.xlsx) o agréguelos. Cada uno se comprueba de inmediato: fusione los válidos en un solo paquete o impórtelos a este archivo de datos.</translation>
    </message>
    <message>
        <source>Drop package files (.xlsx) here, or add them. Each is checked at once: merge the valid ones into one package, or import them into this store.</source>
        <translation>Suelte aquí los archivos de paquete (.xlsx) o agréguelos. Cada uno se comprueba de inmediato: fusione los válidos en un solo paquete o impórtelos a esta base de datos.</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <source>Problems of the selected package</source>
        <translation>Problemas del paquete seleccionado</translation>
    </message>
    <message>
        <source>Select a package to see its problems here.</source>
        <translation>Seleccione un paquete para ver aquí sus problemas.</translation>
    </message>
    <message>
        <source>&amp;Add packages…</source>
        <translation>&amp;Agregar paquetes…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Show &amp;problems</source>
        <translation>Mostrar &amp;problemas</translation>
    </message>
    <message>
        <source>&amp;Merge to file…</source>
        <translation>&amp;Fusionar en un archivo…</translation>
    </message>
    <message>
        <source>&amp;Import into this data file…</source>
        <translation>&amp;Importar a este archivo de datos…</translation>
    </message>
    <message>
        <source>&amp;Import into this store…</source>
        <translation>&amp;Importar a esta base de datos…</translation>
    </message>
    <message>
        <source>&amp;Undo last import…</source>
        <translation>&amp;Deshacer la última importación…</translation>
    </message>
    <message>
        <source>Imports under way</source>
        <translation>Importaciones en curso</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Último resultado</translation>
    </message>
    <message>
        <source>Add packages</source>
        <translation>Agregar paquetes</translation>
    </message>
    <message>
        <source>Fieldbook packages (*.xlsx);;All files (*)</source>
        <translation>Paquetes de Fieldbook (*.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Checking packages…</source>
        <translation>Comprobando los paquetes…</translation>
    </message>
    <message>
        <source>{file}: {status}, {errors} errors, {warnings} warnings</source>
        <translation>{file}: {status}, {errors} errores, {warnings} advertencias</translation>
    </message>
    <message>
        <source>Merge into which folder?</source>
        <translation>¿En qué carpeta guardar el paquete fusionado?</translation>
    </message>
    <message>
        <source>Merging packages…</source>
        <translation>Fusionando los paquetes…</translation>
    </message>
    <message>
        <source>Merged into {file}: {records} records, {conflicts} conflicts, {superseded} superseded. Report: merge-report.xlsx beside it.</source>
        <translation>Fusionados en {file}: {records} registros, {conflicts} conflictos, {superseded} reemplazados. Informe: merge-report.xlsx, junto al archivo.</translation>
    </message>
    <message>
        <source>Checking what the import would change…</source>
        <translation>Comprobando qué cambiaría la importación…</translation>
    </message>
    <message>
        <source>Signing keys new to this data file — confirm each fingerprint with its office (by phone) before you answer Yes:</source>
        <translation>Claves de firma nuevas para este archivo de datos: confirme cada huella digital con su oficina (por teléfono) antes de responder Sí:</translation>
    </message>
    <message>
        <source>Signing keys new to this store — confirm each fingerprint with its office (by phone) before you answer Yes:</source>
        <translation>Claves de firma nuevas para esta base de datos: confirme cada huella digital con su oficina (por teléfono) antes de responder Sí:</translation>
    </message>
    <message>
        <source>Not signed (anyone could have written them); importing records your name in the ledger:</source>
        <translation>Sin firmar (cualquiera podría haberlos escrito); al importarlos, su nombre queda anotado en el registro:</translation>
    </message>
    <message>
        <source>A dry run of the import found:

{lines}{trust}

Import for real? The last import can be undone.</source>
        <translation>Una simulación de la importación encontró:

{lines}{trust}

¿Importar definitivamente? La última importación se puede deshacer.</translation>
    </message>
    <message>
        <source>Import packages?</source>
        <translation>¿Importar los paquetes?</translation>
    </message>
    <message>
        <source>A dry run of the import found:

{lines}{trust}

Import for real? A backup of the data file is taken first, and the last import can be undone.</source>
        <translation>Una simulación de la importación encontró:

{lines}{trust}

¿Importar definitivamente? Antes se hace una copia de seguridad del archivo de datos, y la última importación se puede deshacer.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importación cancelada; no se cambió nada.</translation>
    </message>
    <message>
        <source>Importing packages…</source>
        <translation>Importando los paquetes…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>Cancelado; no se importó nada.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>One package was imported before it; the others were not.</source>
        <translation>Antes de este se importó un paquete; los demás no se importaron.</translation>
    </message>
    <message>
        <source>{n} packages were imported before it; the others were not.</source>
        <translation>Antes de este se importaron {n} paquetes; los demás no se importaron.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) imported {when} by {who} — {offices}: {files}</source>
        <translation>
            <numerusform>%n paquete importado el {when} por {who} — {offices}: {files}</numerusform>
            <numerusform>%n paquetes importados el {when} por {who} — {offices}: {files}</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo last import?</source>
        <translation>¿Deshacer la última importación?</translation>
    </message>
    <message>
        <source>Undo the last import?

{what}

What these packages created is removed and what they changed or deleted comes back as it was; their ledger entries go, so they can be imported again. It is refused, with nothing undone, if records they wrote were edited or imported again since.</source>
        <translation>¿Deshacer la última importación?

{what}

Se elimina lo que crearon estos paquetes, y lo que modificaron o eliminaron vuelve a quedar como estaba; sus entradas del registro de importaciones se suprimen, de modo que se pueden volver a importar. La operación se rechaza, sin deshacer nada, si desde entonces se han editado o vuelto a importar registros que ellos escribieron.</translation>
    </message>
    <message>
        <source>Undoing the last import…</source>
        <translation>Deshaciendo la última importación…</translation>
    </message>
    <message numerus="yes">
        <source>Undid the import of %n package(s): {files}</source>
        <translation>
            <numerusform>Se deshizo la importación de %n paquete: {files}</numerusform>
            <numerusform>Se deshizo la importación de %n paquetes: {files}</numerusform>
        </translation>
    </message>
    <message>
        <source>{who} is importing into this store since {time}</source>
        <translation>{who} está importando a esta base de datos desde las {time}</translation>
    </message>
    <message>
        <source>{who} is importing into this store</source>
        <translation>{who} está importando a esta base de datos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelado; no se escribió nada.</translation>
    </message>
    <message>
        <source>Consolidate</source>
        <translation>Consolidar</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>How people are counted: an initiative reports its people for each period, and the same people are often reported again in the next period. So for each initiative and group only one period counts, the one with the highest figure (of two equal periods, the later one), and these figures are added up across initiatives and groups: someone counted in 2023-H1 and again in 2023-H2 is counted once. Targeted and reached are chosen separately. The Office summary lists each period&apos;s reports as they were made; they are not added up here. Indirect beneficiaries are never added to direct ones.</source>
        <translation>Cómo se cuentan las personas: una iniciativa informa sobre sus personas en cada período, y a menudo las mismas personas se vuelven a notificar en el período siguiente. Por eso, para cada iniciativa y grupo solo cuenta un período, el de la cifra más alta (entre dos períodos iguales, el más reciente), y esas cifras se suman entre iniciativas y grupos: quien se contó en 2023-H1 y de nuevo en 2023-H2 se cuenta una sola vez. Las personas previstas y las alcanzadas se eligen por separado. El Resumen de la oficina enumera los informes de cada período tal como se presentaron; aquí no se suman. Los beneficiarios indirectos nunca se suman a los directos.</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>From package</source>
        <translation>Del paquete</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Asociado</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <extracomment>How often the page asks, while shown, whether an import has committed into the store.</extracomment>
        <translation>Panel de indicadores</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Flagship</source>
        <translation>Programa emblemático</translation>
    </message>
    <message>
        <source>Subprogramme</source>
        <translation>Subprograma</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Filter by {what}</source>
        <translation>Filtrar por {what}</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exportar informe…</translation>
    </message>
    <message>
        <source>Export the KPI report as a workbook</source>
        <translation>Exportar el informe de indicadores clave como libro de Excel</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Iniciativas</translation>
    </message>
    <message>
        <source>Countries supported</source>
        <translation>Países apoyados</translation>
    </message>
    <message>
        <source>Cities supported</source>
        <translation>Ciudades apoyadas</translation>
    </message>
    <message>
        <source>People reached (direct)</source>
        <translation>Personas alcanzadas (directas)</translation>
    </message>
    <message>
        <source>People targeted (direct)</source>
        <translation>Personas previstas (directas)</translation>
    </message>
    <message>
        <source>Funds received (USD)</source>
        <translation>Fondos recibidos (USD)</translation>
    </message>
    <message>
        <source>Funds committed (USD)</source>
        <translation>Fondos comprometidos (USD)</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Asociados</translation>
    </message>
    <message>
        <source>Knowledge products</source>
        <translation>Productos de conocimiento</translation>
    </message>
    <message>
        <source>SDG targets touched</source>
        <translation>Metas de los ODS abordadas</translation>
    </message>
    <message>
        <source>Funds pledged (USD)</source>
        <translation>Fondos prometidos (USD)</translation>
    </message>
    <message>
        <source>Funds spent (USD)</source>
        <translation>Fondos gastados (USD)</translation>
    </message>
    <message>
        <source>Each initiative&apos;s group counted once, in its period with the highest figure</source>
        <translation>Cada grupo de cada iniciativa se cuenta una vez, en su período con la cifra más alta</translation>
    </message>
    <message>
        <source>People by group: targeted and reached</source>
        <translation>Personas por grupo: previstas y alcanzadas</translation>
    </message>
    <message>
        <source>Funds by transaction type (USD millions)</source>
        <translation>Fondos por tipo de transacción (millones de USD)</translation>
    </message>
    <message>
        <source>Funds received by source</source>
        <translation>Fondos recibidos por fuente</translation>
    </message>
    <message>
        <source>Initiatives by status</source>
        <translation>Iniciativas por estado</translation>
    </message>
    <message>
        <source>Click a figure to see the records behind it.</source>
        <translation>Haga clic en una cifra para ver los registros en que se basa.</translation>
    </message>
    <message>
        <source>{n} reached indirectly</source>
        <translation>{n} alcanzadas indirectamente</translation>
    </message>
    <message>
        <source>from {n} countries</source>
        <translation>de {n} países</translation>
    </message>
    <message>
        <source>{n} of 17 goals</source>
        <translation>{n} de los 17 objetivos</translation>
    </message>
    <message>
        <source>Dashboard — {filters}</source>
        <translation>Panel de indicadores — {filters}</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Alcanzadas</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>Previstas</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation>Prometidos</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Comprometidos</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Gastados</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Records behind: {figure}</source>
        <translation>Registros en que se basa: {figure}</translation>
    </message>
    <message>
        <source>Export the KPI report</source>
        <translation>Exportar el informe de indicadores clave</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>Informe guardado</translation>
    </message>
    <message>
        <source>The KPI report is in {path}</source>
        <translation>El informe de indicadores clave está en {path}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export package</source>
        <extracomment>Problems listed in the dialog; the rest are counted. The person wants to fix a problem: entity, record id (the dialog closes; the window opens the record).</extracomment>
        <translation>Exportar paquete</translation>
    </message>
    <message>
        <source>Checking the records…</source>
        <translation>Comprobando los registros…</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Período de informe</translation>
    </message>
    <message>
        <source>A half-year (2026-H2), a quarter (2026-Q4) or a year (2026)</source>
        <translation>Un semestre (2026-H2), un trimestre (2026-Q4) o un año (2026)</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Período</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Carpeta de destino</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Ele&amp;gir…</translation>
    </message>
    <message>
        <source>Choose the destination folder</source>
        <translation>Elegir la carpeta de destino</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Carpeta</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>Número de secuencia</translation>
    </message>
    <message>
        <source>The office&apos;s packages are numbered 1, 2, 3… across periods: one more than the highest in the folder. Headquarters notices a gap.</source>
        <translation>Los paquetes de la oficina se numeran 1, 2, 3… a lo largo de los períodos: uno más que el número más alto de la carpeta. La Sede detecta si falta alguno.</translation>
    </message>
    <message>
        <source>&amp;Sequence</source>
        <translation>&amp;Secuencia</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>What will go</source>
        <translation>Qué se enviará</translation>
    </message>
    <message>
        <source>What goes</source>
        <translation>Qué se envía</translation>
    </message>
    <message>
        <source>Problems found by the rules; Enter opens the record</source>
        <translation>Problemas detectados por las reglas; Enter abre el registro</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Resultado de la exportación</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Show in f&amp;older</source>
        <translation>&amp;Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>This data file cannot be exported as an office package</source>
        <translation>Este archivo de datos no se puede exportar como paquete de oficina</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln initiative(s)</source>
        <translation>
            <numerusform>%Ln iniciativa</numerusform>
            <numerusform>%Ln iniciativas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln beneficiary count(s)</source>
        <translation>
            <numerusform>%Ln recuento de beneficiarios</numerusform>
            <numerusform>%Ln recuentos de beneficiarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln funding line(s)</source>
        <translation>
            <numerusform>%Ln línea de financiación</numerusform>
            <numerusform>%Ln líneas de financiación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln asociado</numerusform>
            <numerusform>%Ln asociados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner link(s)</source>
        <translation>
            <numerusform>%Ln vínculo con asociado</numerusform>
            <numerusform>%Ln vínculos con asociados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln knowledge product(s)</source>
        <translation>
            <numerusform>%Ln producto de conocimiento</numerusform>
            <numerusform>%Ln productos de conocimiento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deletion(s)</source>
        <translation>
            <numerusform>%Ln eliminación</numerusform>
            <numerusform>%Ln eliminaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln advertencia</numerusform>
            <numerusform>%Ln advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>The office profile and all its records: {list}.</source>
        <translation>El perfil de la oficina y todos sus registros: {list}.</translation>
    </message>
    <message>
        <source>{errors} to fix first: the regional office&apos;s check would refuse the package. Press Enter on a problem (or double-click it) to open its record.</source>
        <translation>{errors} que corregir primero: la comprobación de la oficina regional rechazaría el paquete. Pulse Enter sobre un problema (o haga doble clic en él) para abrir su registro.</translation>
    </message>
    <message>
        <source>And {warnings}.</source>
        <translation>Además, {warnings}.</translation>
    </message>
    <message>
        <source>No errors. {warnings} to look at (the package can go as it is); Enter opens the record.</source>
        <translation>Sin errores. {warnings} que revisar (el paquete puede enviarse tal como está); Enter abre el registro.</translation>
    </message>
    <message>
        <source>The rules find no problem in the records.</source>
        <translation>Las reglas no detectan ningún problema en los registros.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… y {n} más</translation>
    </message>
    <message>
        <source>The records could not be read</source>
        <translation>No se pudieron leer los registros</translation>
    </message>
    <message>
        <source>Folder for the package</source>
        <translation>Carpeta para el paquete</translation>
    </message>
    <message>
        <source>“{text}” is not a period: type 2026-H2, 2026-Q4 or 2026</source>
        <translation>“{text}” no es un período: escriba 2026-H2, 2026-Q4 o 2026</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>Escribiendo el paquete…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Checked as the regional office will check it: valid.</source>
        <translation>Comprobado tal como lo comprobará la oficina regional: válido.</translation>
    </message>
    <message>
        <source>Checked as the regional office will check it: {errors}; open the file in Consolidate to see them.</source>
        <translation>Comprobado tal como lo comprobará la oficina regional: {errors}; abra el archivo en Consolidar para verlos.</translation>
    </message>
    <message>
        <source>Exported {file} ({records} records) to {folder}.</source>
        <translation>Se exportó {file} ({records} registros) a {folder}.</translation>
    </message>
    <message>
        <source>Send this file to your regional office.</source>
        <translation>Envíe este archivo a su oficina regional.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportación cancelada; no se escribió nada.</translation>
    </message>
    <message>
        <source>The package was not written: {error}</source>
        <translation>No se escribió el paquete: {error}</translation>
    </message>
</context>
<context>
    <name>FunderField</name>
    <message>
        <source>&amp;New partner…</source>
        <extracomment>Create a partner: the name typed, if it matches none.</extracomment>
        <translation>&amp;Nuevo asociado…</translation>
    </message>
    <message>
        <source>Create a new partner as the funder</source>
        <translation>Crear un nuevo asociado como financiador</translation>
    </message>
    <message>
        <source>Create a partner that is not in the list yet (Alt+N)</source>
        <translation>Crear un asociado que aún no figura en la lista (Alt+N)</translation>
    </message>
</context>
<context>
    <name>FundingPage</name>
    <message>
        <source>Funding</source>
        <translation>Financiación</translation>
    </message>
    <message>
        <source>&amp;New line</source>
        <translation>&amp;Nueva línea</translation>
    </message>
    <message>
        <source>New funding line (Ctrl+N)</source>
        <translation>Nueva línea de financiación (Ctrl+N)</translation>
    </message>
    <message>
        <source>New funding line</source>
        <translation>Nueva línea de financiación</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Edit the selected funding line</source>
        <translation>Editar la línea de financiación seleccionada</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete the selected funding line</source>
        <translation>Eliminar la línea de financiación seleccionada</translation>
    </message>
    <message>
        <source>Funding lines</source>
        <translation>Líneas de financiación</translation>
    </message>
    <message>
        <source>Totals in USD</source>
        <translation>Totales en USD</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Fieldbook user guide</source>
        <extracomment>A section&apos;s anchor: a line of its own in the Markdown. What an anchor line becomes for Qt&apos;s Markdown reader (a paragraph of plain text), until load_guide removes it. Pictures wider than this are shown scaled down, so a screenshot fits the window without scrolling sideways.</extracomment>
        <translation>Guía del usuario de Fieldbook</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of Fieldbook.</source>
        <translation>La guía del usuario no está instalada en esta copia de Fieldbook.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Select a record to see its history.</source>
        <translation>Seleccione un registro para ver su historial.</translation>
    </message>
    <message>
        <source>Change history of the selected record</source>
        <translation>Historial de cambios del registro seleccionado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to this record; newest first.</source>
        <translation>
            <numerusform>%Ln cambio en este registro; el más reciente primero.</numerusform>
            <numerusform>%Ln cambios en este registro; los más recientes primero.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record is deleted (tombstone kept).</source>
        <translation>El registro está eliminado (se conserva una marca de eliminación).</translation>
    </message>
</context>
<context>
    <name>InitiativePicker</name>
    <message>
        <source>&amp;Initiative</source>
        <extracomment>The person chose an initiative (from the list, or typed and confirmed), not the program.</extracomment>
        <translation>&amp;Iniciativa</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Search (Ctrl+F)…</source>
        <translation>Buscar (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Search {what}</source>
        <translation>Buscar en {what}</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>New record (Ctrl+N)</source>
        <translation>Nuevo registro (Ctrl+N)</translation>
    </message>
    <message>
        <source>New {what}</source>
        <translation>Nuevo registro en {what}</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Edit the selected record (Enter)</source>
        <translation>Editar el registro seleccionado (Enter)</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>Editar el registro seleccionado</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete the selected record (Del)</source>
        <translation>Eliminar el registro seleccionado (Del)</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>Eliminar el registro seleccionado</translation>
    </message>
    <message>
        <source>List of {what}</source>
        <translation>Lista de {what}</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Filas mostradas</translation>
    </message>
    <message>
        <source>Loading initiatives…</source>
        <translation>Cargando las iniciativas…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>Loading cancelled; press F5 to load the list.</source>
        <translation>Carga cancelada; pulse F5 para cargar la lista.</translation>
    </message>
    <message>
        <source>The list could not be loaded: {error}</source>
        <translation>No se pudo cargar la lista: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln registro</numerusform>
            <numerusform>%Ln registros</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} records shown</source>
        <translation>Se muestran {shown} de {total} registros</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Fieldbook</source>
        <extracomment>Keys that belong to the window even while a text field has the keyboard (see eventFilter). Pages with no single selected record: the history panel makes room for them.</extracomment>
        <translation>Fieldbook</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Iniciativas</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Beneficiarios</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financiación</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Asociados</translation>
    </message>
    <message>
        <source>Knowledge products</source>
        <translation>Productos de conocimiento</translation>
    </message>
    <message>
        <source>Office summary</source>
        <translation>Resumen de la oficina</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel de indicadores</translation>
    </message>
    <message>
        <source>Consolidate</source>
        <translation>Consolidar</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>History of the selected record</source>
        <translation>Historial del registro seleccionado</translation>
    </message>
    <message>
        <source>Record counts</source>
        <translation>Número de registros</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Estado de guardado</translation>
    </message>
    <message>
        <source>Data file in use</source>
        <translation>Archivo de datos en uso</translation>
    </message>
    <message>
        <source>Data file in use: {path}</source>
        <translation>Archivo de datos en uso: {path}</translation>
    </message>
    <message>
        <source>{store} (read-only)</source>
        <translation>{store} (solo lectura)</translation>
    </message>
    <message>
        <source>Fieldbook — headquarters store {store}</source>
        <translation>Fieldbook — base de datos de la Sede {store}</translation>
    </message>
    <message>
        <source>Headquarters store: {store}</source>
        <translation>Base de datos de la Sede: {store}</translation>
    </message>
    <message>
        <source>Headquarters store in use: {store}</source>
        <translation>Base de datos de la Sede en uso: {store}</translation>
    </message>
    <message>
        <source>Headquarters store in use</source>
        <translation>Base de datos de la Sede en uso</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open headquarters store…</source>
        <translation>&amp;Abrir base de datos de la Sede…</translation>
    </message>
    <message>
        <source>Read every office&apos;s records in a headquarters store: a SQLite file or a PostgreSQL database</source>
        <translation>Consultar los registros de todas las oficinas en una base de datos de la Sede: un archivo SQLite o una base de datos PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Recent stores</source>
        <translation>Bases de datos &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Back to my office data file</source>
        <translation>&amp;Volver al archivo de datos de mi oficina</translation>
    </message>
    <message>
        <source>Close the headquarters store and open this office&apos;s own data file again</source>
        <translation>Cerrar la base de datos de la Sede y volver a abrir el archivo de datos propio de esta oficina</translation>
    </message>
    <message>
        <source>&amp;Export package…</source>
        <translation>&amp;Exportar paquete…</translation>
    </message>
    <message>
        <source>Write this period&apos;s package for the regional office</source>
        <translation>Generar el paquete de este período para la oficina regional</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;Nuevo registro</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Volver a &amp;cargar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Fieldbook</source>
        <translation>&amp;Acerca de Fieldbook</translation>
    </message>
    <message>
        <source>Fieldbook — {name} ({code})</source>
        <translation>Fieldbook — {name} ({code})</translation>
    </message>
    <message>
        <source>No recent stores</source>
        <translation>No hay bases de datos recientes</translation>
    </message>
    <message>
        <source>Back to my office data file</source>
        <translation>Volver al archivo de datos de mi oficina</translation>
    </message>
    <message>
        <source>Building the demo office…</source>
        <translation>Creando la oficina de demostración…</translation>
    </message>
    <message>
        <source>Demo office</source>
        <translation>Oficina de demostración</translation>
    </message>
    <message>
        <source>{initiative} initiatives · {beneficiary_count} beneficiary counts · {funding_line} funding lines · {partner} partners · {knowledge_product} knowledge products</source>
        <translation>{initiative} iniciativas · {beneficiary_count} recuentos de beneficiarios · {funding_line} líneas de financiación · {partner} asociados · {knowledge_product} productos de conocimiento</translation>
    </message>
    <message>
        <source>Saved with a warning: {message}</source>
        <translation>Guardado con una advertencia: {message}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete this {what}? It can be undone with Ctrl+Z; a tombstone is kept so the deletion travels in the next package.</source>
        <translation>¿Eliminar este registro ({what})? Se puede deshacer con Ctrl+Z; se conserva una marca de eliminación para que la eliminación se incluya en el próximo paquete.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conservar</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Unsaved beneficiary counts (Ctrl+S saves)</source>
        <translation>Recuentos de beneficiarios sin guardar (Ctrl+S para guardar)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <source>Something went wrong: {message}</source>
        <translation>Se produjo un error: {message}</translation>
    </message>
    <message>
        <source>Undo or redo could not be applied: {message}</source>
        <translation>No se pudo deshacer ni rehacer: {message}</translation>
    </message>
    <message>
        <source>Exported {file}</source>
        <translation>Exportado: {file}</translation>
    </message>
</context>
<context>
    <name>OfficeWizard</name>
    <message>
        <source>Set up my office</source>
        <translation>Configurar mi oficina</translation>
    </message>
    <message>
        <source>&amp;Start recording</source>
        <translation>&amp;Comenzar a registrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Add</source>
        <extracomment>A change reached the store (saved, deleted, undone or redone): entities touched. An undo or redo failed: the message to show.</extracomment>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>Eliminar {what}</translation>
    </message>
    <message>
        <source>office profile</source>
        <translation>perfil de la oficina</translation>
    </message>
    <message>
        <source>initiative</source>
        <translation>iniciativa</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>asociado</translation>
    </message>
    <message>
        <source>beneficiary counts</source>
        <translation>recuentos de beneficiarios</translation>
    </message>
    <message>
        <source>funding line</source>
        <translation>línea de financiación</translation>
    </message>
    <message>
        <source>knowledge product</source>
        <translation>producto de conocimiento</translation>
    </message>
    <message>
        <source>partner link</source>
        <translation>vínculo con asociado</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Type the date as 2024-03-01 or {short}; Alt+Down opens the calendar, Up and Down move it a day</source>
        <translation>Escriba la fecha como 2024-03-01 o {short}; Alt+Down abre el calendario, y las flechas arriba y abajo la cambian en un día</translation>
    </message>
    <message>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>Elegir la fecha en un calendario (Alt+Down)</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Abrir el calendario</translation>
    </message>
    <message>
        <source>Leave the date empty (Ctrl+Delete)</source>
        <translation>Dejar la fecha vacía (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Clear date</source>
        <translation>Borrar la fecha</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Records are entered in the office&apos;s own data file; this is a headquarters store</source>
        <translation>Los registros se introducen en el archivo de datos propio de la oficina; esta es una base de datos de la Sede</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>{what} have changes that are not saved yet.</source>
        <translation>{what} tienen cambios que aún no se han guardado.</translation>
    </message>
    <message>
        <source>Save them, discard them, or go back to them?</source>
        <translation>¿Desea guardarlos, descartarlos o volver a ellos?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Iniciativas</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Asociados</translation>
    </message>
    <message>
        <source>Knowledge products</source>
        <translation>Productos de conocimiento</translation>
    </message>
</context>
<context>
    <name>PartnerLinksEditor</name>
    <message>
        <source>Partner to link</source>
        <extracomment>Add was pressed on a name that matches no partner: the typed name.</extracomment>
        <translation>Asociado que vincular</translation>
    </message>
    <message>
        <source>Role of the partner</source>
        <translation>Función del asociado</translation>
    </message>
    <message>
        <source>&amp;Add partner</source>
        <translation>&amp;Agregar asociado</translation>
    </message>
    <message>
        <source>Add the partner with this role</source>
        <translation>Agregar el asociado con esta función</translation>
    </message>
    <message>
        <source>Add the partner with this role (Enter in the partner box); a name that is not in the list creates a new partner</source>
        <translation>Agregar el asociado con esta función (Enter en el cuadro del asociado); un nombre que no figura en la lista crea un nuevo asociado</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Asociado</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Linked partners</source>
        <translation>Asociados vinculados</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Quitar seleccionado</translation>
    </message>
    <message>
        <source>Remove the selected partner link</source>
        <translation>Quitar el vínculo con el asociado seleccionado</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Problems in {file}</source>
        <translation>Problemas en {file}</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Ningún problema.</translation>
    </message>
</context>
<context>
    <name>RateField</name>
    <message>
        <source>Which way the rate goes</source>
        <extracomment>Which way a typed rate goes: USD for one unit of the currency (how the store keeps it), or units for one USD. Currencies quoted as USD for one unit (EUR/USD 1.08); every other one is quoted as units for one USD (63.9 MZN). The places FundingLine.usd_rate keeps (DecimalText(24, 10)).</extracomment>
        <translation>Sentido del tipo de cambio</translation>
    </message>
    <message>
        <source>How the rate you type is read: units of the currency for one US dollar, or US dollars for one unit of the currency</source>
        <translation>Cómo se interpreta el tipo de cambio que escribe: unidades de la moneda por un dólar de los Estados Unidos, o dólares de los Estados Unidos por una unidad de la moneda</translation>
    </message>
    <message>
        <source>The rate both ways</source>
        <translation>El tipo de cambio en ambos sentidos</translation>
    </message>
    <message>
        <source>{currency} per 1 USD</source>
        <translation>{currency} por 1 USD</translation>
    </message>
    <message>
        <source>USD per 1 {currency}</source>
        <translation>USD por 1 {currency}</translation>
    </message>
    <message>
        <source>1 USD = … {currency} · 1 {currency} = … USD</source>
        <translation>1 USD = … {currency} · 1 {currency} = … USD</translation>
    </message>
    <message>
        <source>1 USD = {units} {currency} · 1 {currency} = {usd} USD</source>
        <translation>1 USD = {units} {currency} · 1 {currency} = {usd} USD</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>New {what}</source>
        <translation>Nuevo registro: {what}</translation>
    </message>
    <message>
        <source>Edit {what}</source>
        <translation>Editar {what}</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado de guardado</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>SD&amp;G targets</source>
        <translation>&amp;Metas de los ODS</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>A&amp;sociados</translation>
    </message>
    <message>
        <source>Save the changes to this {what}?</source>
        <translation>¿Guardar los cambios en este registro ({what})?</translation>
    </message>
    <message>
        <source>Discard closes the editor and loses what was typed; Cancel goes back to it.</source>
        <translation>Descartar cierra el editor y se pierde lo escrito; Cancelar vuelve a él.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Fill in the fields marked * to save.</source>
        <translation>Complete los campos marcados con * para guardar.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) to fix before saving.</source>
        <translation>
            <numerusform>%Ln problema que corregir antes de guardar.</numerusform>
            <numerusform>%Ln problemas que corregir antes de guardar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Can be saved; %Ln warning(s) to check.</source>
        <translation>
            <numerusform>Se puede guardar; %Ln advertencia que revisar.</numerusform>
            <numerusform>Se puede guardar; %Ln advertencias que revisar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Not saved: another record already has this code or these keys.</source>
        <translation>No se guardó: otro registro ya tiene este código o estas claves.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>No se guardó: {error}</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Parts of the record</source>
        <translation>Partes del registro</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Problema en {field}</translation>
    </message>
    <message>
        <source>“{text}” is not in the list; type part of a name and pick one</source>
        <translation>“{text}” no figura en la lista; escriba parte de un nombre y elija uno</translation>
    </message>
    <message>
        <source>2024-03-01 or {short}</source>
        <translation>2024-03-01 o {short}</translation>
    </message>
    <message>
        <source>“{text}” is not a date; type it as {ways}</source>
        <translation>“{text}” no es una fecha; escríbala como {ways}</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>RecordsBehindDialog</name>
    <message>
        <source>{n} records. “From package” names the package each came from, or says it was entered in this store.</source>
        <translation>{n} registros. “Del paquete” indica el paquete del que procede cada uno, o si se introdujo en esta base de datos.</translation>
    </message>
    <message>
        <source>Each row is the period that counts for one initiative and group: the one with the highest figure (of two equal periods, the later one). The other periods&apos; reports are left out, so that people reported again are counted once; these rows add up to the figure.</source>
        <translation>Cada fila es el período que cuenta para una iniciativa y un grupo: el de la cifra más alta (entre dos períodos iguales, el más reciente). Los informes de los demás períodos se excluyen para que las personas notificadas de nuevo se cuenten una sola vez; estas filas suman la cifra.</translation>
    </message>
</context>
<context>
    <name>SdgPicker</name>
    <message>
        <source>Find a target: 11.1, housing, slum…</source>
        <translation>Buscar una meta: 11.1, vivienda, barrios marginales…</translation>
    </message>
    <message>
        <source>Find an SDG target</source>
        <translation>Buscar una meta de los ODS</translation>
    </message>
    <message>
        <source>Goal {goal}: {label}</source>
        <translation>Objetivo {goal}: {label}</translation>
    </message>
    <message>
        <source>SDG targets</source>
        <translation>Metas de los ODS</translation>
    </message>
    <message>
        <source>Selected: {codes}</source>
        <translation>Seleccionadas: {codes}</translation>
    </message>
    <message>
        <source>No target selected</source>
        <translation>Ninguna meta seleccionada</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Secciones de la configuración</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Guardar perfil</translation>
    </message>
    <message>
        <source>Save the office profile</source>
        <translation>Guardar el perfil de la oficina</translation>
    </message>
    <message>
        <source>The office code is in every record and package of the office, so it cannot be changed once the office is set up.</source>
        <translation>El código de la oficina figura en todos los registros y paquetes de la oficina, por lo que no puede cambiarse una vez configurada la oficina.</translation>
    </message>
    <message>
        <source>Office profile</source>
        <translation>Perfil de la oficina</translation>
    </message>
    <message>
        <source>&amp;Language of Fieldbook&apos;s windows and messages:</source>
        <translation>&amp;Idioma de las ventanas y los mensajes de Fieldbook:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Predeterminado del sistema ({language})</translation>
    </message>
    <message>
        <source>Kept for you on this computer. The window is rebuilt in the new language at once; counts you typed and did not save yet stay as they are. The language of the packages your office exports is the office profile&apos;s.</source>
        <translation>Se guarda para usted en este equipo. La ventana se vuelve a crear de inmediato en el nuevo idioma; los recuentos que escribió y aún no guardó se mantienen tal como están. El idioma de los paquetes que exporta su oficina es el del perfil de la oficina.</translation>
    </message>
    <message>
        <source>&amp;Apply language</source>
        <translation>A&amp;plicar idioma</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data folder&lt;/b&gt;</source>
        <translation>&lt;b&gt;Carpeta de datos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data file&lt;/b&gt;</source>
        <translation>&lt;b&gt;Archivo de datos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The data file, its backups and these settings live in this folder. To keep them somewhere else — a shared drive or a USB stick — start Fieldbook with &lt;code&gt;fieldbook --data-dir FOLDER&lt;/code&gt;.</source>
        <translation>El archivo de datos, sus copias de seguridad y esta configuración se guardan en esta carpeta. Para guardarlos en otro lugar (una unidad compartida o una memoria USB), inicie Fieldbook con &lt;code&gt;fieldbook --data-dir CARPETA&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signing key&lt;/b&gt;</source>
        <translation>&lt;b&gt;Clave de firma&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clave de firma</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>&amp;Abrir carpeta de datos</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>Fieldbook backs the data file up before every update of its format and every import. Restoring a backup replaces all the data in the file; the current data is backed up first.</source>
        <translation>Fieldbook hace una copia de seguridad del archivo de datos antes de cada actualización de su formato y de cada importación. Restaurar una copia de seguridad reemplaza todos los datos del archivo; antes se hace una copia de seguridad de los datos actuales.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>Open backups &amp;folder</source>
        <translation>Abrir la &amp;carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Open the backups folder</source>
        <translation>Abrir la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>&amp;Restaurar la seleccionada…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restaurar la copia de seguridad seleccionada</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Made when the office is set up: it signs every package the office exports.</source>
        <translation>Se crea al configurar la oficina: firma todos los paquetes que exporta la oficina.</translation>
    </message>
    <message>
        <source>{fingerprint}
{path}
It signs every package this office exports, so headquarters knows the package is yours and unchanged. Back it up with the data file, and copy it with the data file to a new computer; read this fingerprint out to headquarters when it asks.</source>
        <translation>{fingerprint}
{path}
Firma todos los paquetes que exporta esta oficina, para que la Sede sepa que el paquete es suyo y que no se ha modificado. Haga una copia de seguridad de ella junto con el archivo de datos y cópiela con el archivo de datos a un nuevo equipo; lea esta huella digital a la Sede cuando se la pida.</translation>
    </message>
    <message>
        <source>{name}  ({size} KB)</source>
        <translation>{name}  ({size} KB)</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Todavía no hay copias de seguridad.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Office profile saved.</source>
        <translation>Perfil de la oficina guardado.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>No se guardó: {error}</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Copia de seguridad guardada en {path}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Replace all the data in the data file with the backup {name}?

The current data is backed up first, and the undo history is cleared.</source>
        <translation>¿Reemplazar todos los datos del archivo de datos por la copia de seguridad {name}?

Antes se hace una copia de seguridad de los datos actuales, y se borra el historial para deshacer.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <source>Not restored: {error}</source>
        <translation>No se restauró: {error}</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Se restauró la copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <source>Open headquarters store</source>
        <extracomment>The keyring service a server&apos;s password is kept under. The settings key of the recent stores (URLs or paths, never a password), most recent first. Seconds to wait for a server that does not answer: an address mistyped says so instead of hanging. The store is open: the store, and the target it was opened from (with any password).</extracomment>
        <translation>Abrir base de datos de la Sede</translation>
    </message>
    <message>
        <source>Headquarters reads every office&apos;s records in one store: a SQLite file, or a PostgreSQL database that several officers share. Records are still entered in each office&apos;s own data file.</source>
        <translation>La Sede consulta los registros de todas las oficinas en una sola base de datos: un archivo SQLite o una base de datos PostgreSQL que comparten varios funcionarios. Los registros se siguen introduciendo en el archivo de datos propio de cada oficina.</translation>
    </message>
    <message>
        <source>&amp;SQLite file</source>
        <translation>Archivo &amp;SQLite</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server</source>
        <translation>Servidor &amp;PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>SQLite file of the store</source>
        <translation>Archivo SQLite de la base de datos</translation>
    </message>
    <message>
        <source>/path/to/headquarters.sqlite</source>
        <translation>/path/to/headquarters.sqlite</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the SQLite file</source>
        <translation>Elegir el archivo SQLite</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <source>Server host name or address</source>
        <translation>Nombre de host o dirección del servidor</translation>
    </message>
    <message>
        <source>Por&amp;t</source>
        <translation>Puer&amp;to</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Puerto del servidor</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>Base de &amp;datos</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Nombre de la base de datos</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Remember the password (in the system keyring, not in Fieldbook&apos;s settings)</source>
        <translation>&amp;Recordar la contraseña (en el llavero del sistema, no en la configuración de Fieldbook)</translation>
    </message>
    <message>
        <source>This computer has no system keyring: the password cannot be remembered and is asked for each time.</source>
        <translation>Este equipo no tiene llavero del sistema: la contraseña no se puede recordar y se pedirá cada vez.</translation>
    </message>
    <message>
        <source>Why the store did not open</source>
        <translation>Motivo por el que no se abrió la base de datos</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Choose the headquarters store</source>
        <translation>Elegir la base de datos de la Sede</translation>
    </message>
    <message>
        <source>Fieldbook stores (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de Fieldbook (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the SQLite file of the store.</source>
        <translation>Elija el archivo SQLite de la base de datos.</translation>
    </message>
    <message>
        <source>Fill in the host, the database and the user of the PostgreSQL server.</source>
        <translation>Indique el host, la base de datos y el usuario del servidor PostgreSQL.</translation>
    </message>
    <message>
        <source>Opening {store}…</source>
        <translation>Abriendo {store}…</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Office summary</source>
        <translation>Resumen de la oficina</translation>
    </message>
    <message>
        <source>E&amp;xport package… (Ctrl+E)</source>
        <translation>E&amp;xportar paquete… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export this period&apos;s package for the regional office</source>
        <translation>Exportar el paquete de este período para la oficina regional</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Iniciativas</translation>
    </message>
    <message>
        <source>People (direct)</source>
        <translation>Personas (directas)</translation>
    </message>
    <message>
        <source>Funding (USD)</source>
        <translation>Financiación (USD)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Initiatives by status</source>
        <translation>Iniciativas por estado</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Registros eliminados</translation>
    </message>
    <message>
        <source>Office summary — {name} ({code})</source>
        <translation>Resumen de la oficina — {name} ({code})</translation>
    </message>
    <message>
        <source>{active} active · {pipeline} in the pipeline</source>
        <translation>{active} activas · {pipeline} en preparación</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Asociados</translation>
    </message>
    <message>
        <source>Beneficiary counts</source>
        <translation>Recuentos de beneficiarios</translation>
    </message>
    <message>
        <source>Funding lines</source>
        <translation>Líneas de financiación</translation>
    </message>
    <message>
        <source>Knowledge products</source>
        <translation>Productos de conocimiento</translation>
    </message>
    <message>
        <source>Deletions are kept as tombstones so that they travel in the next package.</source>
        <translation>Las eliminaciones se conservan como marcas de eliminación para que se incluyan en el próximo paquete.</translation>
    </message>
    <message>
        <source>No counts yet</source>
        <translation>Todavía no hay recuentos</translation>
    </message>
    <message>
        <source>reached of {targeted} targeted, each initiative&apos;s group counted once (as on the Dashboard)</source>
        <translation>alcanzadas de {targeted} previstas; cada grupo de cada iniciativa se cuenta una vez (como en el Panel de indicadores)</translation>
    </message>
    <message>
        <source>As reported, per period</source>
        <translation>Tal como se notificaron, por período</translation>
    </message>
    <message>
        <source>{period}: {reached} reached of {targeted} targeted</source>
        <translation>{period}: {reached} alcanzadas de {targeted} previstas</translation>
    </message>
    <message>
        <source>The periods are not added up: the same people are often reported again in the next period (added up, the periods would give {added}). The figure above takes, for each initiative and group, the period with the highest figure (of two equal periods, the later one) and adds those up, so a person counted in two periods is counted once.</source>
        <translation>Los períodos no se suman: a menudo las mismas personas se vuelven a notificar en el período siguiente (sumados, los períodos darían {added}). La cifra anterior toma, para cada iniciativa y grupo, el período con la cifra más alta (entre dos períodos iguales, el más reciente) y suma esas cifras, de modo que una persona contada en dos períodos se cuenta una sola vez.</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>Click to list the records behind this figure</source>
        <translation>Haga clic para ver los registros en que se basa esta cifra</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Fieldbook</source>
        <translation>Le damos la bienvenida a Fieldbook</translation>
    </message>
    <message>
        <source>Fieldbook keeps your office&apos;s portfolio — initiatives, beneficiaries, funding, partners and knowledge products — on this computer, and works without a connection. Each reporting period you send one package to your regional office.</source>
        <translation>Fieldbook guarda la cartera de su oficina (iniciativas, beneficiarios, financiación, asociados y productos de conocimiento) en este equipo y funciona sin conexión. En cada período de informe, usted envía un paquete a su oficina regional.</translation>
    </message>
    <message>
        <source>Set up my office</source>
        <translation>Configurar mi oficina</translation>
    </message>
    <message>
        <source>Enter your office&apos;s code, name, country, region, currency and language, then start recording.</source>
        <translation>Introduzca el código, el nombre, el país, la región, la moneda y el idioma de su oficina, y empiece a registrar.</translation>
    </message>
    <message>
        <source>Explore the demo office</source>
        <translation>Explorar la oficina de demostración</translation>
    </message>
    <message>
        <source>Open the Nairobi demo office, filled with initiatives from the Executive Board report, to try Fieldbook out. You can set up your own office later in a new data folder.</source>
        <translation>Abra la oficina de demostración de Nairobi, con iniciativas del informe de la Junta Ejecutiva, para probar Fieldbook. Más adelante podrá configurar su propia oficina en una nueva carpeta de datos.</translation>
    </message>
    <message>
        <source>Data file: {path}</source>
        <translation>Archivo de datos: {path}</translation>
    </message>
</context>
<context>
    <name>_OfficePage</name>
    <message>
        <source>Your office</source>
        <translation>Su oficina</translation>
    </message>
    <message>
        <source>These details go into every package the office sends. Fields marked * are required.</source>
        <translation>Estos datos se incluyen en todos los paquetes que envía la oficina. Los campos marcados con * son obligatorios.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar este mensaje de ayuda y salir</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>se requieren los siguientes argumentos: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor de tipo %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un argumento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>se esperaba como máximo un argumento</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s podría coincidir con %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no permitido con el argumento %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>se requiere uno de los argumentos %s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>cadena de opción inesperada: %s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>no se puede abrir &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>se esperaba %s argumento</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>se esperaban %s argumentos</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Fieldbook: record a country office&apos;s portfolio offline and exchange it as an Excel package. Without a command, opens the desktop app.</source>
        <translation>Fieldbook: registra sin conexión la cartera de una oficina en el país y la intercambia como paquete de Excel. Sin ningún comando, abre la aplicación de escritorio.</translation>
    </message>
    <message>
        <source>show the version, the package format and the store schema it writes, and exit</source>
        <translation>mostrar la versión, el formato de paquete y el esquema de base de datos que genera, y salir</translation>
    </message>
    <message>
        <source>folder for the data file, backups and settings (default: the per-user data folder)</source>
        <translation>carpeta del archivo de datos, las copias de seguridad y la configuración (predeterminada: la carpeta de datos del usuario)</translation>
    </message>
    <message>
        <source>the language of the window and of every message: {codes} (default: the app&apos;s setting, else the system&apos;s)</source>
        <translation>el idioma de la ventana y de todos los mensajes: {codes} (predeterminado: el de la configuración de la aplicación o, en su defecto, el del sistema)</translation>
    </message>
    <message>
        <source>without a command: open the app on this store, a SQLite file or a PostgreSQL URL (a headquarters store; records are entered only in the office&apos;s own data file)</source>
        <translation>sin ningún comando: abrir la aplicación con esta base de datos, un archivo SQLite o una URL de PostgreSQL (una base de datos de la Sede; los registros solo se introducen en el archivo de datos propio de la oficina)</translation>
    </message>
    <message>
        <source>a SQLite file or a SQLAlchemy URL (default: the data folder&apos;s store)</source>
        <translation>un archivo SQLite o una URL de SQLAlchemy (predeterminado: la base de datos de la carpeta de datos)</translation>
    </message>
    <message>
        <source>a SQLite file or a SQLAlchemy URL</source>
        <translation>un archivo SQLite o una URL de SQLAlchemy</translation>
    </message>
    <message>
        <source>package files (.xlsx)</source>
        <translation>archivos de paquete (.xlsx)</translation>
    </message>
    <message>
        <source>who made the hand edits found in these packages (default: &apos;spreadsheet edit&apos;)</source>
        <translation>quién hizo las ediciones manuales que se encuentren en estos paquetes (predeterminado: &apos;spreadsheet edit&apos;)</translation>
    </message>
    <message>
        <source>create a demo office store</source>
        <translation>crear una base de datos de oficina de demostración</translation>
    </message>
    <message>
        <source>the SQLite file to create (default: the data folder&apos;s store)</source>
        <translation>el archivo SQLite que se creará (predeterminado: la base de datos de la carpeta de datos)</translation>
    </message>
    <message>
        <source>which demo office (default KEN-NBO); see --list</source>
        <translation>qué oficina de demostración (predeterminada: KEN-NBO); véase --list</translation>
    </message>
    <message>
        <source>list the demo offices and exit</source>
        <translation>enumerar las oficinas de demostración y salir</translation>
    </message>
    <message>
        <source>instead, a headquarters store with this many synthetic office portfolios (e.g. 150), as after importing their packages</source>
        <translation>en su lugar, una base de datos de la Sede con este número de carteras de oficinas sintéticas (p. ej., 150), como después de importar sus paquetes</translation>
    </message>
    <message>
        <source>show what a store holds</source>
        <translation>mostrar lo que contiene una base de datos</translation>
    </message>
    <message>
        <source>write the office&apos;s package (.xlsx)</source>
        <translation>generar el paquete de la oficina (.xlsx)</translation>
    </message>
    <message>
        <source>the package file, or a folder: then it is named OFFICE_PERIOD_SEQ.xlsx</source>
        <translation>el archivo del paquete, o una carpeta: en ese caso se llama OFFICE_PERIOD_SEQ.xlsx</translation>
    </message>
    <message>
        <source>reporting period, such as 2023-H2 (default: the current half-year)</source>
        <translation>período de informe, como 2023-H2 (predeterminado: el semestre en curso)</translation>
    </message>
    <message>
        <source>sequence number (default: 1 + the highest of this office&apos;s packages in the folder)</source>
        <translation>número de secuencia (predeterminado: 1 + el más alto de los paquetes de esta oficina en la carpeta)</translation>
    </message>
    <message>
        <source>the office&apos;s signing key (default: the one beside the data file, made on first use)</source>
        <translation>la clave de firma de la oficina (predeterminada: la que está junto al archivo de datos, creada en el primer uso)</translation>
    </message>
    <message>
        <source>check packages; exit 0 valid, 1 rejected</source>
        <translation>comprobar paquetes; código de salida 0 si son válidos, 1 si se rechazan</translation>
    </message>
    <message>
        <source>write an annotated copy (one FILE: OUT.xlsx; several: a folder)</source>
        <translation>guardar una copia anotada (un solo FILE: OUT.xlsx; varios: una carpeta)</translation>
    </message>
    <message>
        <source>print the reports as JSON</source>
        <translation>mostrar los informes como JSON</translation>
    </message>
    <message>
        <source>merge packages into one package, with a report of what was merged</source>
        <translation>fusionar paquetes en un solo paquete, con un informe de lo que se fusionó</translation>
    </message>
    <message>
        <source>the merged package, or a folder for it</source>
        <translation>el paquete fusionado, o una carpeta para él</translation>
    </message>
    <message>
        <source>write the merge report: sources, packages left out, conflicts field by field, superseded versions</source>
        <translation>guardar el informe de fusión: fuentes, paquetes excluidos, conflictos campo por campo, versiones reemplazadas</translation>
    </message>
    <message>
        <source>what the merged package is named for, e.g. a region (default MERGED)</source>
        <translation>el nombre que lleva el paquete fusionado, p. ej., una región (predeterminado: MERGED)</translation>
    </message>
    <message>
        <source>the merged package&apos;s period (default: the latest of the inputs)</source>
        <translation>el período del paquete fusionado (predeterminado: el más reciente de los paquetes de entrada)</translation>
    </message>
    <message>
        <source>fail the whole merge if any package is invalid</source>
        <translation>cancelar toda la fusión si algún paquete no es válido</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>mostrar el resultado como JSON</translation>
    </message>
    <message>
        <source>the region&apos;s signing key (default: the one in the data folder, made on first use)</source>
        <translation>la clave de firma de la región (predeterminada: la de la carpeta de datos, creada en el primer uso)</translation>
    </message>
    <message>
        <source>import packages into a store, each all-or-nothing</source>
        <translation>importar paquetes a una base de datos; cada uno se importa entero o no se importa</translation>
    </message>
    <message>
        <source>a SQLite file or a SQLAlchemy URL (postgresql+psycopg://…)</source>
        <translation>un archivo SQLite o una URL de SQLAlchemy (postgresql+psycopg://…)</translation>
    </message>
    <message>
        <source>count what would change; change nothing</source>
        <translation>contar lo que cambiaría, sin cambiar nada</translation>
    </message>
    <message>
        <source>undo the last import (every package of its run), on SQLite or PostgreSQL</source>
        <translation>deshacer la última importación (todos los paquetes de esa ejecución), en SQLite o PostgreSQL</translation>
    </message>
    <message>
        <source>print the summaries as JSON (and no progress)</source>
        <translation>mostrar los resúmenes como JSON (sin indicar el progreso)</translation>
    </message>
    <message>
        <source>trust the key of an office (or region) this store has no key for yet, once you have confirmed its fingerprint with them (trust on first use)</source>
        <translation>confiar en la clave de una oficina (o región) para la que esta base de datos aún no tiene clave, una vez que haya confirmado con ella su huella digital (confianza en el primer uso)</translation>
    </message>
    <message>
        <source>let in packages without a signature (format 1, or unsigned); each one is recorded in the ledger with your name</source>
        <translation>admitir paquetes sin firma (formato 1, o sin firmar); cada uno queda anotado con su nombre en el registro de importaciones</translation>
    </message>
    <message>
        <source>the key file (default: the one beside the data file)</source>
        <translation>el archivo de la clave (predeterminado: el que está junto al archivo de datos)</translation>
    </message>
    <message>
        <source>the data file the key is beside (default: the data folder&apos;s store)</source>
        <translation>el archivo de datos junto al que está la clave (predeterminado: la base de datos de la carpeta de datos)</translation>
    </message>
    <message>
        <source>signing keys: this data folder&apos;s own, and the ones a store trusts</source>
        <translation>claves de firma: la de esta carpeta de datos y aquellas en las que confía una base de datos</translation>
    </message>
    <message>
        <source>this data folder&apos;s signing key: its fingerprint, to read out to headquarters</source>
        <translation>la clave de firma de esta carpeta de datos: su huella digital, para leérsela a la Sede</translation>
    </message>
    <message>
        <source>the keys a store knows: trusted, retired, revoked</source>
        <translation>las claves que conoce una base de datos: de confianza, retiradas, revocadas</translation>
    </message>
    <message>
        <source>trust the key that signed a package, after confirming its fingerprint with the office</source>
        <translation>confiar en la clave que firmó un paquete, tras confirmar su huella digital con la oficina</translation>
    </message>
    <message>
        <source>a package signed with the key</source>
        <translation>un paquete firmado con la clave</translation>
    </message>
    <message>
        <source>the fingerprint the office read out (checked against the package&apos;s key)</source>
        <translation>la huella digital que leyó la oficina (se coteja con la clave del paquete)</translation>
    </message>
    <message>
        <source>stop trusting a key (lost laptop, departed staff)</source>
        <translation>dejar de confiar en una clave (portátil perdido, personal que se ha ido)</translation>
    </message>
    <message>
        <source>the office or region code</source>
        <translation>el código de la oficina o de la región</translation>
    </message>
    <message>
        <source>the key&apos;s fingerprint, or its first 8 or more hex digits</source>
        <translation>la huella digital de la clave, o sus primeros 8 o más dígitos hexadecimales</translation>
    </message>
    <message>
        <source>why, for the record</source>
        <translation>el motivo, para que conste</translation>
    </message>
    <message>
        <source>replace this data folder&apos;s key; the next packages carry the change, signed by the old key</source>
        <translation>reemplazar la clave de esta carpeta de datos; los próximos paquetes llevan el cambio, firmado con la clave anterior</translation>
    </message>
    <message>
        <source>the office (or region) code the key signs for (default: the store&apos;s office)</source>
        <translation>el código de la oficina (o región) para la que firma la clave (predeterminado: la oficina de la base de datos)</translation>
    </message>
    <message>
        <source>portfolio KPIs of a store, on screen, as JSON or as a workbook</source>
        <translation>indicadores clave de la cartera de una base de datos, en pantalla, como JSON o como libro de Excel</translation>
    </message>
    <message>
        <source>2023-H2, 2023-Q3 or 2023 (default: all periods)</source>
        <translation>2023-H2, 2023-Q3 o 2023 (predeterminado: todos los períodos)</translation>
    </message>
    <message>
        <source>only this region (a code)</source>
        <translation>solo esta región (un código)</translation>
    </message>
    <message>
        <source>only this country (a code)</source>
        <translation>solo este país (un código)</translation>
    </message>
    <message>
        <source>only this flagship (a code)</source>
        <translation>solo este programa emblemático (un código)</translation>
    </message>
    <message>
        <source>only this subprogramme (a code)</source>
        <translation>solo este subprograma (un código)</translation>
    </message>
    <message>
        <source>only this office (a code)</source>
        <translation>solo esta oficina (un código)</translation>
    </message>
    <message>
        <source>write the KPI workbook with charts</source>
        <translation>guardar el libro de indicadores clave con gráficos</translation>
    </message>
    <message>
        <source>print the figures as JSON</source>
        <translation>mostrar las cifras como JSON</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n iniciativa</numerusform>
            <numerusform>%n iniciativas</numerusform>
        </translation>
    </message>
    <message>
        <source>--headquarters takes a number of offices, 1 or more</source>
        <translation>--headquarters requiere un número de oficinas, 1 o más</translation>
    </message>
    <message numerus="yes">
        <source>{target}: headquarters demo: %n office(s), {records} records</source>
        <translation>
            <numerusform>{target}: demostración de la Sede: %n oficina, {records} registros</numerusform>
            <numerusform>{target}: demostración de la Sede: %n oficinas, {records} registros</numerusform>
        </translation>
    </message>
    <message>
        <source>{target}: demo office {code} ({name}): {counts}</source>
        <translation>{target}: oficina de demostración {code} ({name}): {counts}</translation>
    </message>
    <message>
        <source>--seq must be 1 or more</source>
        <translation>--seq debe ser 1 o más</translation>
    </message>
    <message numerus="yes">
        <source>{path}: %n record(s) ({counts}); sha256 {digest}</source>
        <translation>
            <numerusform>{path}: %n registro ({counts}); sha256 {digest}</numerusform>
            <numerusform>{path}: %n registros ({counts}); sha256 {digest}</numerusform>
        </translation>
    </message>
    <message>
        <source>with several files, --report must be an existing folder</source>
        <extracomment>Problems listed per file on the terminal; --report or --json give them all.</extracomment>
        <translation>con varios archivos, --report debe ser una carpeta existente</translation>
    </message>
    <message>
        <source>{path}: the annotated report {out} could not be written ({reason})</source>
        <translation>{path}: no se pudo guardar el informe anotado {out} ({reason})</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see --report or --json)</source>
        <translation>
            <numerusform>… y %n más (véase --report o --json)</numerusform>
            <numerusform>… y %n más (véase --report o --json)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>merging %n package(s)</source>
        <translation>
            <numerusform>fusionando %n paquete</numerusform>
            <numerusform>fusionando %n paquetes</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid</source>
        <comment>a package left out of a merge</comment>
        <translation>no válido</translation>
    </message>
    <message>
        <source>left out {file}: {problem}</source>
        <translation>se excluyó {file}: {problem}</translation>
    </message>
    <message>
        <source>--undo-last takes no files and no --dry-run</source>
        <translation>--undo-last no admite archivos ni --dry-run</translation>
    </message>
    <message>
        <source>{db}: undid the import of {file}: {office} #{sequence}, imported {when} UTC</source>
        <translation>{db}: se deshizo la importación de {file}: {office} n.º {sequence}, importado el {when} UTC</translation>
    </message>
    <message numerus="yes">
        <source>{db}: undid the import of %n packages ({file} the last of them): {office} #{sequence}, imported {when} UTC</source>
        <translation>
            <numerusform>{db}: se deshizo la importación de %n paquete ({file}): {office} n.º {sequence}, importado el {when} UTC</numerusform>
            <numerusform>{db}: se deshizo la importación de %n paquetes ({file}, el último de ellos): {office} n.º {sequence}, importado el {when} UTC</numerusform>
        </translation>
    </message>
    <message>
        <source>name the packages to import</source>
        <translation>indique los paquetes que desea importar</translation>
    </message>
    <message>
        <source>importing {file}</source>
        <translation>importando {file}</translation>
    </message>
    <message numerus="yes">
        <source>importing %n packages</source>
        <translation>
            <numerusform>importando %n paquete</numerusform>
            <numerusform>importando %n paquetes</numerusform>
        </translation>
    </message>
    <message>
        <source>hand edit: {edit}</source>
        <translation>edición manual: {edit}</translation>
    </message>
    <message>
        <source>{file}: {holder} signs with key {fingerprint}, new to this store: trusted (--trust-new-keys)</source>
        <translation>{file}: {holder} firma con la clave {fingerprint}, nueva para esta base de datos: se considera de confianza (--trust-new-keys)</translation>
    </message>
    <message>
        <source>initiatives</source>
        <translation>iniciativas</translation>
    </message>
    <message>
        <source>countries, cities</source>
        <translation>países, ciudades</translation>
    </message>
    <message>
        <source>beneficiaries</source>
        <translation>beneficiarios</translation>
    </message>
    <message>
        <source>{reached} reached of {targeted} targeted (direct); {indirect} reached indirectly</source>
        <translation>{reached} personas alcanzadas de {targeted} previstas (directas); {indirect} alcanzadas indirectamente</translation>
    </message>
    <message>
        <source>funds (USD)</source>
        <translation>fondos (USD)</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>asociados</translation>
    </message>
    <message numerus="yes">
        <source>{partners} from %n countries</source>
        <translation>
            <numerusform>{partners} de %n país</numerusform>
            <numerusform>{partners} de %n países</numerusform>
        </translation>
    </message>
    <message>
        <source>knowledge products</source>
        <translation>productos de conocimiento</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ODS</translation>
    </message>
    <message>
        <source>{goals} of 17 goals, {targets} of 169 targets</source>
        <translation>{goals} de los 17 objetivos, {targets} de las 169 metas</translation>
    </message>
    <message>
        <source>workbook</source>
        <translation>libro de Excel</translation>
    </message>
    <message>
        <source>KPIs of {target} ({filters})</source>
        <translation>Indicadores clave de {target} ({filters})</translation>
    </message>
    <message>
        <source>pledged</source>
        <comment>funds</comment>
        <translation>prometidos</translation>
    </message>
    <message>
        <source>committed</source>
        <comment>funds</comment>
        <translation>comprometidos</translation>
    </message>
    <message>
        <source>received</source>
        <comment>funds</comment>
        <translation>recibidos</translation>
    </message>
    <message>
        <source>spent</source>
        <comment>funds</comment>
        <translation>gastados</translation>
    </message>
    <message>
        <source>{path}: new key {fingerprint} for {holder}; the previous key was kept beside it, and the next packages carry the change signed by it</source>
        <translation>{path}: nueva clave {fingerprint} para {holder}; la clave anterior se conservó junto a ella, y los próximos paquetes llevan el cambio firmado con la anterior</translation>
    </message>
    <message>
        <source>{package}: not signed; there is no key to trust</source>
        <translation>{package}: no está firmado; no hay ninguna clave en la que confiar</translation>
    </message>
    <message>
        <source>{package}: signed by key {fingerprint}, not {given}: do not trust it; ask the office which key it uses (fieldbook keys mine)</source>
        <translation>{package}: firmado con la clave {fingerprint}, no con {given}: no confíe en ella; pregunte a la oficina qué clave usa (fieldbook keys mine)</translation>
    </message>
    <message>
        <source>{db}: no keys yet (the first package of each office asks to confirm its key)</source>
        <translation>{db}: todavía no hay claves (el primer paquete de cada oficina pide confirmar su clave)</translation>
    </message>
    <message numerus="yes">
        <source>{target}: name the holder of the key with --holder (the store holds %n offices)</source>
        <translation>
            <numerusform>{target}: indique el titular de la clave con --holder (la base de datos contiene %n oficina)</numerusform>
            <numerusform>{target}: indique el titular de la clave con --holder (la base de datos contiene %n oficinas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n office(s)</source>
        <translation>
            <numerusform>%n oficina</numerusform>
            <numerusform>%n oficinas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n asociado</numerusform>
            <numerusform>%n asociados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner link(s)</source>
        <translation>
            <numerusform>%n vínculo con asociado</numerusform>
            <numerusform>%n vínculos con asociados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n beneficiary count(s)</source>
        <translation>
            <numerusform>%n recuento de beneficiarios</numerusform>
            <numerusform>%n recuentos de beneficiarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n funding line(s)</source>
        <translation>
            <numerusform>%n línea de financiación</numerusform>
            <numerusform>%n líneas de financiación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n knowledge product(s)</source>
        <translation>
            <numerusform>%n producto de conocimiento</numerusform>
            <numerusform>%n productos de conocimiento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tombstone(s)</source>
        <translation>
            <numerusform>%n marca de eliminación</numerusform>
            <numerusform>%n marcas de eliminación</numerusform>
        </translation>
    </message>
    <message>
        <source>the desktop app is not available in this build ({reason}); use a command, see --help</source>
        <translation>la aplicación de escritorio no está disponible en esta compilación ({reason}); use un comando (véase --help)</translation>
    </message>
    <message>
        <source>error: --db goes after the command&apos;s name (fieldbook {command} --db …); before it, --db opens the app</source>
        <translation>error: --db va después del nombre del comando (fieldbook {command} --db …); antes de él, --db abre la aplicación</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>error: {message}</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message numerus="yes">
        <source>Headquarters: %n office(s)</source>
        <translation>
            <numerusform>Sede: %n oficina</numerusform>
            <numerusform>Sede: %n oficinas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>contains macros (vbaProject.bin); a Fieldbook package never does</source>
        <extracomment>Real packages compress their XML 5–30 times; zip bombs compress hundreds to millions of times. Columns and cells (first to last, as a rectangle) a worksheet may span: 100,000 records need about 3.5 million. The compression methods Open Packaging Conventions allow (ECMA-376 Part 2, annex C): stored and deflated.</extracomment>
        <translation>contiene macros (vbaProject.bin); un paquete de Fieldbook nunca las contiene</translation>
    </message>
    <message>
        <source>links to other workbooks (externalLinks); a Fieldbook package never does</source>
        <translation>contiene vínculos a otros libros (externalLinks); un paquete de Fieldbook nunca los contiene</translation>
    </message>
    <message>
        <source>contains embedded objects (OLE); a Fieldbook package never does</source>
        <translation>contiene objetos incrustados (OLE); un paquete de Fieldbook nunca los contiene</translation>
    </message>
    <message>
        <source>contains ActiveX controls; a Fieldbook package never does</source>
        <translation>contiene controles ActiveX; un paquete de Fieldbook nunca los contiene</translation>
    </message>
    <message>
        <source>no such file</source>
        <extracomment>Worksheet part → (rows, columns) it may span: exact, or an upper bound that is well within the limits.</extracomment>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>is not a file</source>
        <translation>no es un archivo</translation>
    </message>
    <message>
        <source>is empty (0 bytes)</source>
        <translation>está vacío (0 bytes)</translation>
    </message>
    <message>
        <source>is too large for a package ({size} MB; at most {limit} MB)</source>
        <translation>es demasiado grande para ser un paquete ({size} MB; como máximo, {limit} MB)</translation>
    </message>
    <message>
        <source>is an old .xls workbook or a password-protected one; a package is a plain .xlsx</source>
        <translation>es un libro .xls antiguo o un libro protegido con contraseña; un paquete es un archivo .xlsx normal</translation>
    </message>
    <message>
        <source>is not an Excel .xlsx file (not a zip archive)</source>
        <translation>no es un archivo .xlsx de Excel (no es un archivo zip)</translation>
    </message>
    <message>
        <source>is damaged or incomplete (the zip archive is truncated)</source>
        <translation>está dañado o incompleto (el archivo zip está truncado)</translation>
    </message>
    <message>
        <source>cannot be opened as a zip archive ({reason})</source>
        <translation>no se puede abrir como archivo zip ({reason})</translation>
    </message>
    <message>
        <source>has {count} parts; a package has a few dozen (possible zip bomb)</source>
        <translation>tiene {count} partes; un paquete tiene unas pocas decenas (posible bomba zip)</translation>
    </message>
    <message>
        <source>is a zip archive but not an Excel workbook</source>
        <translation>es un archivo zip, pero no un libro de Excel</translation>
    </message>
    <message>
        <source>is encrypted; a package is a plain .xlsx</source>
        <translation>está cifrado; un paquete es un archivo .xlsx normal</translation>
    </message>
    <message>
        <source>{part} is compressed with method {method}; an .xlsx stores its parts plain or deflated</source>
        <translation>{part} usa el método de compresión {method}; un archivo .xlsx guarda sus partes sin comprimir o comprimidas con deflate</translation>
    </message>
    <message>
        <source>would expand to {size} MB (possible zip bomb)</source>
        <translation>ocuparía {size} MB descomprimido (posible bomba zip)</translation>
    </message>
    <message>
        <source>is a macro-enabled workbook (.xlsm); a package never has macros</source>
        <translation>es un libro habilitado para macros (.xlsm); un paquete nunca tiene macros</translation>
    </message>
    <message>
        <source>is damaged ({part}: {reason})</source>
        <translation>está dañado ({part}: {reason})</translation>
    </message>
    <message>
        <source>{part} expands far beyond its compressed size (possible zip bomb)</source>
        <translation>el tamaño descomprimido de {part} supera con mucho su tamaño comprimido (posible bomba zip)</translation>
    </message>
    <message>
        <source>{part} is written in UTF-16 or UTF-32, not UTF-8 as Excel writes every XML part; another encoding could hide a DTD from this check</source>
        <translation>{part} usa la codificación UTF-16 o UTF-32, no UTF-8, que es la que Excel usa en todas las partes XML; otra codificación podría ocultar una DTD a esta comprobación</translation>
    </message>
    <message>
        <source>{part} declares a DTD or entities (&lt;!DOCTYPE&gt;); Excel never writes one, it is how XML entity attacks work</source>
        <translation>{part} declara una DTD o entidades (&lt;!DOCTYPE&gt;); Excel nunca escribe ninguna, y así es como funcionan los ataques de entidades XML</translation>
    </message>
    <message>
        <source>{part} claims a range beyond Excel&apos;s last column</source>
        <translation>{part} declara un rango que va más allá de la última columna de Excel</translation>
    </message>
    <message>
        <source>{part} has a cell beyond Excel&apos;s last column</source>
        <translation>{part} tiene una celda más allá de la última columna de Excel</translation>
    </message>
    <message>
        <source>is damaged or incomplete ({part}: {reason})</source>
        <translation>está dañado o incompleto ({part}: {reason})</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>{part} claims cells up to row {row}, column {column}; a package sheet has at most {limit} columns</source>
        <translation>{part} declara celdas hasta la fila {row}, columna {column}; una hoja de paquete tiene como máximo {limit} columnas</translation>
    </message>
    <message>
        <source>{part} spans {rows} rows × {columns} columns, more than a package may ({limit} cells)</source>
        <translation>{part} abarca {rows} filas × {columns} columnas, más de lo que admite un paquete ({limit} celdas)</translation>
    </message>
    <message>
        <source>sheet {name}</source>
        <translation>la hoja {name}</translation>
    </message>
    <message numerus="yes">
        <source>…({count} character(s))…</source>
        <extracomment>What str.splitlines() breaks a line at, written as its escape (a cell&apos;s line break as \n). Text quoted from a file (a cell of 32,767 characters, a part&apos;s name) is quoted this far.</extracomment>
        <translation>
            <numerusform>…({count} carácter)…</numerusform>
            <numerusform>…({count} caracteres)…</numerusform>
        </translation>
    </message>
    <message>
        <source>error</source>
        <extracomment>At most this many problems are kept per file; a package with more is rejected anyway. A problem&apos;s severity as a person reads it (the value itself is a code, in JSON and in tests).</extracomment>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>(file)</source>
        <translation>(archivo)</translation>
    </message>
    <message>
        <source>{rows} and {count} more</source>
        <translation>{rows} y {count} más</translation>
    </message>
    <message numerus="yes">
        <source>{sheet} row(s) {rows}</source>
        <translation>
            <numerusform>{sheet}, fila {rows}</numerusform>
            <numerusform>{sheet}, filas {rows}</numerusform>
        </translation>
    </message>
    <message>
        <source>{out}: merged {packages}: {records}, {deletions}, {conflicts}, {superseded}, {duplicates}</source>
        <extracomment>What a merged package keeps of each source&apos;s manifest: its signature and what it signed, so headquarters can check each source against the office that made it (desktop.exchange.trust.check_sources). The winners the report names — of records with a superseded version, and the hand edits found by this merge — not every winner (those are in the package), by record, in the order the records first came.</extracomment>
        <translation>{out}: se fusionaron {packages}: {records}, {deletions}, {conflicts}, {superseded}, {duplicates}</translation>
    </message>
    <message numerus="yes">
        <source>{count} package(s)</source>
        <translation>
            <numerusform>{count} paquete</numerusform>
            <numerusform>{count} paquetes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} record(s)</source>
        <translation>
            <numerusform>{count} registro</numerusform>
            <numerusform>{count} registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} deletion(s)</source>
        <translation>
            <numerusform>{count} eliminación</numerusform>
            <numerusform>{count} eliminaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} conflict(s)</source>
        <translation>
            <numerusform>{count} conflicto</numerusform>
            <numerusform>{count} conflictos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} superseded</source>
        <translation>
            <numerusform>{count} reemplazado</numerusform>
            <numerusform>{count} reemplazados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} duplicate(s)</source>
        <translation>
            <numerusform>{count} duplicado</numerusform>
            <numerusform>{count} duplicados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hand-edited row(s) accepted as new versions</source>
        <translation>
            <numerusform>%n fila editada a mano aceptada como nueva versión</numerusform>
            <numerusform>%n filas editadas a mano aceptadas como nuevas versiones</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} is the same package as {first} (one file given twice)</source>
        <translation>{file} es el mismo paquete que {first} (se indicó un archivo dos veces)</translation>
    </message>
    <message numerus="yes">
        <source>left out %n invalid: {files}</source>
        <translation>
            <numerusform>%n paquete no válido excluido: {files}</numerusform>
            <numerusform>%n paquetes no válidos excluidos: {files}</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem} (--strict: nothing merged)</source>
        <translation>{problem} (--strict: no se fusionó nada)</translation>
    </message>
    <message>
        <source>no valid package to merge ({problem})</source>
        <translation>no hay ningún paquete válido que fusionar ({problem})</translation>
    </message>
    <message>
        <source>no valid package to merge</source>
        <translation>no hay ningún paquete válido que fusionar</translation>
    </message>
    <message numerus="yes">
        <source>{path}: %n errors, first: {problem} (--strict: nothing merged)</source>
        <translation>
            <numerusform>{path}: %n error: {problem} (--strict: no se fusionó nada)</numerusform>
            <numerusform>{path}: %n errores; el primero: {problem} (--strict: no se fusionó nada)</numerusform>
        </translation>
    </message>
    <message>
        <source>the disk is full</source>
        <extracomment>The page cache of the merged store (a store&apos;s own is 64 MiB): it is written once, in the order of its indexes&apos; first columns mostly, and read once, by the export.</extracomment>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>free some space on that disk and try again</source>
        <translation>libere espacio en ese disco y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>check the folder and try again</source>
        <translation>compruebe la carpeta y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>the merged package could not be written in {folder} ({reason}); nothing was written: {todo}</source>
        <translation>no se pudo escribir el paquete fusionado en {folder} ({reason}); no se escribió nada: {todo}</translation>
    </message>
    <message>
        <source>the merge report {path} could not be written ({reason}); the merged package {out} was written; {todo}</source>
        <extracomment>Winning versions written to the merged store at a time (importer.apply_versions): what a merge holds in memory of the records it writes, whatever the number of packages. The page cache of the file of kept versions: enough for its index, which is what adding a version searches. The values a version&apos;s own fields are, for a record: Version.record_id is values[&quot;id&quot;], and so on.</extracomment>
        <translation>no se pudo escribir el informe de fusión {path} ({reason}); el paquete fusionado {out} sí se escribió; {todo}</translation>
    </message>
    <message>
        <source>Merged into {file} · {time} · Fieldbook {version}</source>
        <translation>Fusionado en {file} · {time} · Fieldbook {version}</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Secuencia</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Digest (SHA-256)</source>
        <translation>Resumen criptográfico (SHA-256)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionado</translation>
    </message>
    <message>
        <source>LEFT OUT: invalid (sheet Left out)</source>
        <translation>EXCLUIDO: no válido (hoja Left out)</translation>
    </message>
    <message>
        <source>{records} records and {deletions} deletions in the output; {conflicts} conflicts, {superseded} superseded versions, {duplicates} identical copies merged, {left_out} packages left out.</source>
        <translation>{records} registros y {deletions} eliminaciones en el resultado; {conflicts} conflictos, {superseded} versiones reemplazadas, {duplicates} copias idénticas fusionadas, {left_out} paquetes excluidos.</translation>
    </message>
    <message>
        <source>Packages left out of the merge, and why</source>
        <translation>Paquetes excluidos de la fusión y motivo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>no válido</translation>
    </message>
    <message>
        <source>Same revision, different content: the winner is in the output, the loser only here</source>
        <translation>Misma revisión, contenido distinto: la versión elegida está en el resultado; la descartada, solo aquí</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Valor conservado</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Otro valor</translation>
    </message>
    <message>
        <source>Kept from</source>
        <translation>Conservado de</translation>
    </message>
    <message>
        <source>Other from</source>
        <translation>Otro valor de</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(eliminado)</translation>
    </message>
    <message>
        <source>Older revisions replaced by a newer one (kept out of the output)</source>
        <translation>Revisiones anteriores reemplazadas por una más reciente (excluidas del resultado)</translation>
    </message>
    <message>
        <source>From package</source>
        <translation>Del paquete</translation>
    </message>
    <message>
        <source>Kept revision</source>
        <translation>Revisión conservada</translation>
    </message>
    <message>
        <source>{package} (hand-edited)</source>
        <translation>{package} (editado a mano)</translation>
    </message>
    <message numerus="yes">
        <source>{count} error(s)</source>
        <translation>
            <numerusform>{count} error</numerusform>
            <numerusform>{count} errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} warning(s)</source>
        <translation>
            <numerusform>{count} advertencia</numerusform>
            <numerusform>{count} advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: valid: {records}, {errors}, {warnings}</source>
        <translation>{file}: válido: {records}, {errors}, {warnings}</translation>
    </message>
    <message>
        <source>{file}: rejected: {records}, {errors}, {warnings}</source>
        <translation>{file}: rechazado: {records}, {errors}, {warnings}</translation>
    </message>
    <message>
        <source> (more problems not listed)</source>
        <translation> (hay más problemas que no se enumeran)</translation>
    </message>
    <message>
        <source>cannot be read as a workbook ({reason}); the file is damaged or was changed by another program: ask for the package to be exported again</source>
        <extracomment>Signed lines by source package (data digest): a signed office package&apos;s own, a merged package&apos;s Provenance.</extracomment>
        <translation>no se puede leer como libro de Excel ({reason}); el archivo está dañado o lo modificó otro programa: pida que se vuelva a exportar el paquete</translation>
    </message>
    <message>
        <source>sheet {name} cannot be read ({reason}); the file is damaged or was changed by another program: ask for the package to be exported again</source>
        <extracomment>Sheet name → its rows of cell values, streamed, from row 1 and column A. Kinds whose cell text, when already canonical, the digest takes as it is instead of writing the typed value out again (an import spends a tenth of its reading on that otherwise); tests/exchange/test_read_canonical.py checks that text taken so is exactly what the typed value would have been written as. The same, asked of a whole column at once.</extracomment>
        <translation>la hoja {name} no se puede leer ({reason}); el archivo está dañado o lo modificó otro programa: pida que se vuelva a exportar el paquete</translation>
    </message>
    <message>
        <source>is not a Fieldbook package (it has no Manifest sheet)</source>
        <translation>no es un paquete de Fieldbook (no tiene hoja Manifest)</translation>
    </message>
    <message>
        <source>The sheet {sheet} is missing</source>
        <translation>Falta la hoja {sheet}</translation>
    </message>
    <message>
        <source>The data differs from what was exported (digest mismatch): edited by hand: {rows} (merge and import take each edit as a new version, attributed to the editor)</source>
        <translation>Los datos difieren de los exportados (el resumen criptográfico no coincide): editados a mano: {rows} (la fusión y la importación toman cada edición como una nueva versión, atribuida a quien la hizo)</translation>
    </message>
    <message>
        <source>The data differs from what was exported (digest mismatch): it was changed by hand or damaged</source>
        <translation>Los datos difieren de los exportados (el resumen criptográfico no coincide): se modificaron a mano o están dañados</translation>
    </message>
    <message numerus="yes">
        <source>The manifest says {rows} row(s) in {sheet}; the sheet has {count}</source>
        <translation>
            <numerusform>La hoja Manifest indica {rows} fila en {sheet}; la hoja tiene {count}</numerusform>
            <numerusform>La hoja Manifest indica {rows} filas en {sheet}; la hoja tiene {count}</numerusform>
        </translation>
    </message>
    <message>
        <source>is not a Fieldbook package (its Manifest does not name the format {format})</source>
        <translation>no es un paquete de Fieldbook (su hoja Manifest no indica el formato {format})</translation>
    </message>
    <message>
        <source>has an unreadable format version ({version!r}) in its Manifest</source>
        <translation>tiene una versión de formato ilegible ({version!r}) en su hoja Manifest</translation>
    </message>
    <message>
        <source>was written by a newer Fieldbook (package format {version}; this Fieldbook reads up to {newest}); update Fieldbook to read it</source>
        <translation>lo escribió una versión más reciente de Fieldbook (formato de paquete {version}; esta versión de Fieldbook lee hasta el {newest}); actualice Fieldbook para leerlo</translation>
    </message>
    <message>
        <source>has package format {version}, which this Fieldbook cannot read</source>
        <translation>tiene el formato de paquete {version}, que esta versión de Fieldbook no puede leer</translation>
    </message>
    <message>
        <source>The sheet {sheet} has lost its three header rows (keys, labels, HXL tags)</source>
        <translation>La hoja {sheet} ha perdido sus tres filas de encabezado (claves, nombres de columna y hashtags HXL)</translation>
    </message>
    <message>
        <source>The column {key} appears twice (also column {column})</source>
        <translation>La columna {key} aparece dos veces (también en la columna {column})</translation>
    </message>
    <message>
        <source>The column {key} is not part of the package format; it is ignored</source>
        <translation>La columna {key} no forma parte del formato de paquete; se ignora</translation>
    </message>
    <message>
        <source>Columns missing from row 1 of {sheet}: {columns}</source>
        <translation>Faltan columnas en la fila 1 de {sheet}: {columns}</translation>
    </message>
    <message>
        <source>The record id {id} is also on row {row}</source>
        <translation>El id. de registro {id} también está en la fila {row}</translation>
    </message>
    <message>
        <source>The Manifest names {offices}, but every row belongs to {owner}: the Manifest was changed, or this is {owner}&apos;s package; ask {owner} for its own package</source>
        <translation>La hoja Manifest indica {offices}, pero todas las filas pertenecen a {owner}: se modificó la hoja Manifest, o este es el paquete de {owner}; pida a {owner} su propio paquete</translation>
    </message>
    <message>
        <source>This row belongs to office {owner}; a package of {offices} may carry only its own records: remove the row, or ask that office for its own package</source>
        <translation>Esta fila pertenece a la oficina {owner}; un paquete de {offices} solo puede contener sus propios registros: elimine la fila o pida a esa oficina su propio paquete</translation>
    </message>
    <message>
        <source>The profile of office {office} cannot travel in a package of {offices}</source>
        <translation>El perfil de la oficina {office} no puede incluirse en un paquete de {offices}</translation>
    </message>
    <message>
        <source>This deletion is of a record of office {owner}; a package of {offices} may delete only its own records</source>
        <translation>Esta eliminación es de un registro de la oficina {owner}; un paquete de {offices} solo puede eliminar sus propios registros</translation>
    </message>
    <message>
        <source>This hand edit names no valid record id and revision; it was changed after export</source>
        <translation>Esta edición manual no indica un id. de registro y una revisión válidos; se modificó después de la exportación</translation>
    </message>
    <message>
        <source>This row&apos;s {key} says {text!r}, but its {of} is {expected!r}; Fieldbook goes by the id: correct {of} if the row belongs to {text!r}</source>
        <translation>La columna {key} de esta fila dice {text!r}, pero su {of} corresponde a {expected!r}; Fieldbook se guía por el id.: corrija {of} si la fila corresponde a {text!r}</translation>
    </message>
    <message>
        <source>The deletion&apos;s {key} is required</source>
        <translation>La columna {key} de la eliminación es obligatoria</translation>
    </message>
    <message>
        <source>{entity!r} is not an entity of the package</source>
        <translation>{entity!r} no es una entidad del paquete</translation>
    </message>
    <message>
        <source>Severity</source>
        <extracomment>The Problems sheet&apos;s headings (translated where they are written) and column widths.</extracomment>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Celda</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Id. del registro</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se encontró ningún problema.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>Parents before children: the order rows are written in.</extracomment>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) would change records another office owns ({rows})</source>
        <translation>
            <numerusform>%n fila cambiaría registros que pertenecen a otra oficina ({rows})</numerusform>
            <numerusform>%n filas cambiarían registros que pertenecen a otra oficina ({rows})</numerusform>
        </translation>
    </message>
    <message>
        <source>imported</source>
        <extracomment>Child entities and the parents their rows point at (a row whose parent was deleted is stale, not a failure). What the database deletes with a parent (ON DELETE CASCADE): each of these leaves a tombstone too. What each status of an import summary says to a person (the status itself is a code: JSON, tests, the app).</extracomment>
        <translation>importado</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>ya importado</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>simulación</translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n creado</numerusform>
            <numerusform>%n creados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizado</numerusform>
            <numerusform>%n actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <translation>
            <numerusform>%n obsoleto</numerusform>
            <numerusform>%n obsoletos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n eliminado</numerusform>
            <numerusform>%n eliminados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rechazado</numerusform>
            <numerusform>%n rechazados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hand-edited row(s) accepted</source>
        <translation>
            <numerusform>%n fila editada a mano aceptada</numerusform>
            <numerusform>%n filas editadas a mano aceptadas</numerusform>
        </translation>
    </message>
    <message>
        <source>gap: {office} sequence {numbers} never imported</source>
        <translation>hueco: nunca se importó la secuencia {numbers} de {office}</translation>
    </message>
    <message>
        <source>{reason}; nothing was imported from it</source>
        <extracomment>An import run commits its packages in batches: one transaction holds up to this many records (each package still all-or-nothing, in a savepoint of its own), so the index pages a batch touches are written out once per batch and not once per package — at headquarters scale that is most of an import&apos;s cost. The batch also ends after BATCH_SECONDS, so a power cut loses at most that much work (and nothing is reported imported before its commit). ... and at most this many packages: PostgreSQL keeps the savepoints of an open transaction that wrote in a cache of 64 per connection; past it, every other session&apos;s snapshot must look them up on disk (a known slowdown), so a batch of many small packages ends before it. The SQLite page cache while a batch is open (taken only as pages are used): the pages a batch dirties stay in memory until its commit instead of spilling to the write-ahead log one package at a time.</extracomment>
        <translation>{reason}; no se importó nada de él</translation>
    </message>
    <message>
        <source>{path}: the process reading it stopped abruptly (a damaged or hostile file?)</source>
        <translation>{path}: el proceso que lo leía se detuvo bruscamente (¿un archivo dañado o malicioso?)</translation>
    </message>
    <message>
        <source>another import</source>
        <extracomment>The PostgreSQL advisory lock every import into a store takes per batch (&quot;fieldbk&quot; in ASCII). What an import&apos;s connection calls itself while it holds the lock (``application_name``): who, and since when (the run&apos;s start, in seconds since 1970, so that a run of several batches shows one time).</extracomment>
        <translation>otra importación</translation>
    </message>
    <message>
        <source>waiting: {who} is writing to this store since {time}; this import goes on when it has committed</source>
        <translation>en espera: {who} está escribiendo en esta base de datos desde {time}; esta importación continuará cuando haya confirmado sus cambios</translation>
    </message>
    <message>
        <source>waiting: {who} is writing to this store; this import goes on when it has committed</source>
        <translation>en espera: {who} está escribiendo en esta base de datos; esta importación continuará cuando haya confirmado sus cambios</translation>
    </message>
    <message>
        <source>{reason}; nothing was imported</source>
        <translation>{reason}; no se importó nada</translation>
    </message>
    <message>
        <source>the store refused the package ({reason}); nothing was imported</source>
        <translation>la base de datos rechazó el paquete ({reason}); no se importó nada</translation>
    </message>
    <message>
        <source>{sheet} row {row} ({label})</source>
        <translation>{sheet}, fila {row} ({label})</translation>
    </message>
    <message>
        <source>{sheet} row {row}</source>
        <translation>{sheet}, fila {row}</translation>
    </message>
    <message>
        <source>{row}: owned by {owner}, not {office}</source>
        <extracomment>prctl(2) option: the signal a process gets when its parent dies. Who a hand edit is attributed to when no editor is named (``--editor``).</extracomment>
        <translation>{row}: pertenece a {owner}, no a {office}</translation>
    </message>
    <message numerus="yes">
        <source>%n {entity} record(s) changed in the store while this package was imported; import it again</source>
        <translation>
            <numerusform>%n registro de tipo {entity} cambió en la base de datos mientras se importaba este paquete; vuelva a importarlo</numerusform>
            <numerusform>%n registros de tipo {entity} cambiaron en la base de datos mientras se importaba este paquete; vuelva a importarlo</numerusform>
        </translation>
    </message>
    <message>
        <source>{row}: deletes a record of {owner}, not of {office}</source>
        <translation>{row}: elimina un registro de {owner}, no de {office}</translation>
    </message>
    <message>
        <source>the {entity} {id} changed in the store while this package was imported; import it again</source>
        <translation>el registro {entity} {id} cambió en la base de datos mientras se importaba este paquete; vuelva a importarlo</translation>
    </message>
    <message>
        <source>added</source>
        <translation>agregado</translation>
    </message>
    <message>
        <source>no value changed</source>
        <translation>no cambió ningún valor</translation>
    </message>
    <message>
        <source>{sheet} {id}: {what} (edited by {editor} in {file}; now revision {revision})</source>
        <translation>{sheet} {id}: {what} (editado por {editor} en {file}; ahora en la revisión {revision})</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>{path}: {file} was imported by a version of Fieldbook that did not record how to undo an import, so it cannot be undone here</source>
        <translation>{path}: {file} se importó con una versión de Fieldbook que no registraba cómo deshacer una importación, por lo que aquí no se puede deshacer</translation>
    </message>
    <message>
        <source>the snapshot taken before it is {snapshot}</source>
        <translation>la instantánea tomada antes de esa importación es {snapshot}</translation>
    </message>
    <message>
        <source>{path}: no import to undo</source>
        <translation>{path}: no hay ninguna importación que deshacer</translation>
    </message>
    <message>
        <source>trusted</source>
        <extracomment>A fingerprint typed by a person must name at least this many hex digits (32 bits: no accidental match). A key&apos;s status as a person reads it in a sentence (the status itself is stored data).</extracomment>
        <translation>de confianza</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retirada</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revocada</translation>
    </message>
    <message>
        <source>{holder} is not an office code or region label (1 to {most} characters)</source>
        <extracomment>The holder&apos;s current key. No key at all is registered for this holder: a first contact (trust on first use may apply). The holder has other keys, and not this one: refuse, unless a valid rotation from its trusted key comes along. The holder&apos;s key before a signed rotation: what it signed before the rotation is still the holder&apos;s. Revoked (for this holder or any other): never accepted.</extracomment>
        <translation>{holder} no es un código de oficina ni una etiqueta de región (de 1 a {most} caracteres)</translation>
    </message>
    <message>
        <source>key {fingerprint} was revoked for {holder} on {date}: it is not trusted again unless forced</source>
        <translation>la clave {fingerprint} se revocó para {holder} el {date}: no vuelve a considerarse de confianza salvo que se fuerce</translation>
    </message>
    <message>
        <source>key {fingerprint} was revoked for {holder}: it is not trusted again unless forced</source>
        <translation>la clave {fingerprint} se revocó para {holder}: no vuelve a considerarse de confianza salvo que se fuerce</translation>
    </message>
    <message>
        <source>the key rotation for {holder} gives no UTC time ({time})</source>
        <translation>la rotación de clave de {holder} no indica una hora UTC ({time})</translation>
    </message>
    <message>
        <source>the key rotation statement for {holder} does not verify: its signature or its fields are wrong</source>
        <translation>la declaración de rotación de clave de {holder} no se puede verificar: su firma o sus campos son incorrectos</translation>
    </message>
    <message>
        <source>the key rotation statement does not verify: its signature or its fields are wrong</source>
        <translation>la declaración de rotación de clave no se puede verificar: su firma o sus campos son incorrectos</translation>
    </message>
    <message>
        <source>the key rotation for {holder} is signed by {old}, a key not registered for {holder}: confirm the new key {new} with the office</source>
        <translation>la rotación de clave de {holder} está firmada con {old}, una clave que no está registrada para {holder}: confirme la nueva clave {new} con la oficina</translation>
    </message>
    <message>
        <source>the key rotation for {holder} is signed by {old}, which is {status}: confirm the new key {new} with the office</source>
        <translation>la rotación de clave de {holder} está firmada con {old}, que está {status}: confirme la nueva clave {new} con la oficina</translation>
    </message>
    <message>
        <source>the key rotation for {holder} names key {new}, which was revoked for {other} on {date}</source>
        <translation>la rotación de clave de {holder} indica la clave {new}, que se revocó para {other} el {date}</translation>
    </message>
    <message>
        <source>the key rotation for {holder} names key {new}, which was revoked for {other}</source>
        <translation>la rotación de clave de {holder} indica la clave {new}, que se revocó para {other}</translation>
    </message>
    <message>
        <source>{text} is not a key fingerprint: type at least {least} of its hex digits, as `SHA256:ab12 cd34` or `ab12cd34`</source>
        <translation>{text} no es una huella digital de clave: escriba al menos {least} de sus dígitos hexadecimales, como `SHA256:ab12 cd34` o `ab12cd34`</translation>
    </message>
    <message>
        <source>{holder} has no key whose fingerprint starts with {prefix}: list the keys to see theirs</source>
        <translation>{holder} no tiene ninguna clave cuya huella digital empiece por {prefix}: enumere las claves para ver las suyas</translation>
    </message>
    <message numerus="yes">
        <source>%n keys of {holder} start with {prefix}: type more of the fingerprint</source>
        <translation>
            <numerusform>%n clave de {holder} empieza por {prefix}: escriba más dígitos de la huella digital</numerusform>
            <numerusform>%n claves de {holder} empiezan por {prefix}: escriba más dígitos de la huella digital</numerusform>
        </translation>
    </message>
    <message>
        <source>REVOKED {date}</source>
        <translation>REVOCADA el {date}</translation>
    </message>
    <message>
        <source>REVOKED</source>
        <translation>REVOCADA</translation>
    </message>
    <message>
        <source>retired {date}</source>
        <translation>retirada el {date}</translation>
    </message>
    <message>
        <source>trusted {date} by {user} ({how})</source>
        <translation>declarada de confianza el {date} por {user} ({how})</translation>
    </message>
    <message>
        <source>restore it from your backup, or move it out of the folder to start a new key (headquarters must then confirm the new key by hand)</source>
        <extracomment>A PEM of an Ed25519 key is about 120 bytes; anything far larger is not one (and is not read into memory whole). Bytes of sha256 shown in a fingerprint: 160 bits, 40 hex digits in ten groups — short enough to read aloud. The fields of a rotation statement; the signature covers the others. What to do about a key file that cannot be read (translated where it is said).</extracomment>
        <translation>restáurelo a partir de su copia de seguridad, o sáquelo de la carpeta para empezar con una clave nueva (la Sede deberá entonces confirmar la nueva clave manualmente)</translation>
    </message>
    <message>
        <source>{text} is not a public key (not base64 text)</source>
        <translation>{text} no es una clave pública (no es texto base64)</translation>
    </message>
    <message>
        <source>{text} is not a public key ({count} bytes, an Ed25519 key has 32)</source>
        <translation>{text} no es una clave pública ({count} bytes; una clave Ed25519 tiene 32)</translation>
    </message>
    <message>
        <source>{path}: there is no signing key file here: restore it from your backup (the next export makes a new key, which headquarters must then confirm by hand)</source>
        <translation>{path}: aquí no hay ningún archivo de clave de firma: restáurelo a partir de su copia de seguridad (la próxima exportación creará una clave nueva, que la Sede deberá entonces confirmar manualmente)</translation>
    </message>
    <message>
        <source>larger than {size} bytes</source>
        <translation>ocupa más de {size} bytes</translation>
    </message>
    <message>
        <source>{path} cannot be read as a signing key ({reason}): {advice}</source>
        <translation>{path} no se puede leer como clave de firma ({reason}): {advice}</translation>
    </message>
    <message>
        <source>it is protected by a password</source>
        <translation>está protegida con contraseña</translation>
    </message>
    <message>
        <source>a kind of key Fieldbook does not use</source>
        <translation>es un tipo de clave que Fieldbook no usa</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>damaged, or not a PEM private key</source>
        <translation>está dañada o no es una clave privada PEM</translation>
    </message>
    <message>
        <source>a {kind}, not an Ed25519 key</source>
        <translation>es de tipo {kind}, no una clave Ed25519</translation>
    </message>
    <message>
        <source>{path}: the key rotation statement cannot be read ({reason}); restore it from your backup, or rotate the key again</source>
        <translation>{path}: no se puede leer la declaración de rotación de clave ({reason}); restáurela a partir de su copia de seguridad o vuelva a rotar la clave</translation>
    </message>
    <message>
        <source>not a statement</source>
        <translation>no es una declaración</translation>
    </message>
    <message>
        <source>{path}: too many retired keys named {name}: move some away</source>
        <translation>{path}: hay demasiadas claves retiradas con el nombre {name}: traslade algunas a otro lugar</translation>
    </message>
    <message>
        <source>(unreadable key)</source>
        <translation>(clave ilegible)</translation>
    </message>
    <message>
        <source>The signed statement in the Manifest is unreadable: the Manifest was changed after signing; ask the office to export the package again</source>
        <translation>La declaración firmada de la hoja Manifest es ilegible: la hoja Manifest se modificó después de la firma; pida a la oficina que vuelva a exportar el paquete</translation>
    </message>
    <message>
        <source>The signature does not match: the Manifest was changed after signing, or the package was not made by the key it names; ask the office to export the package again</source>
        <translation>La firma no coincide: la hoja Manifest se modificó después de la firma, o el paquete no lo generó la clave que indica; pida a la oficina que vuelva a exportar el paquete</translation>
    </message>
    <message>
        <source>The Manifest&apos;s {name} ({value!r}) is not what was signed ({signed!r}): it was changed after signing</source>
        <translation>El campo {name} de la hoja Manifest ({value!r}) no es lo que se firmó ({signed!r}): se modificó después de la firma</translation>
    </message>
    <message>
        <source>The Manifest&apos;s list of sources is not what was signed: it was changed after signing</source>
        <translation>La lista de fuentes de la hoja Manifest no es la que se firmó: se modificó después de la firma</translation>
    </message>
    <message>
        <source>Rows were added or removed, a grey fingerprint changed, or a deletion or hand edit changed after the package was signed (values may be edited; those columns not): ask for the package again</source>
        <translation>Se agregaron o quitaron filas, cambió una huella digital gris, o cambió una eliminación o una edición manual después de firmar el paquete (los valores se pueden editar; esas columnas, no): vuelva a pedir el paquete</translation>
    </message>
    <message>
        <source>it was written by a Fieldbook before signed packages</source>
        <translation>lo escribió una versión de Fieldbook anterior a los paquetes firmados</translation>
    </message>
    <message>
        <source>it carries no signature</source>
        <translation>no lleva firma</translation>
    </message>
    <message>
        <source>{file}: not signed ({reason}); ask the office to export it again with this Fieldbook, or import it with --accept-unsigned (recorded in the ledger)</source>
        <translation>{file}: sin firmar ({reason}); pida a la oficina que lo vuelva a exportar con esta versión de Fieldbook, o impórtelo con --accept-unsigned (queda anotado en el registro de importaciones)</translation>
    </message>
    <message>
        <source>{file}: signed on {date} with {holder}&apos;s key {fingerprint}, which its rotation replaced on {retired}: refused; ask the office for a package signed with its new key</source>
        <translation>{file}: firmado el {date} con la clave {fingerprint} de {holder}, que su rotación reemplazó el {retired}: rechazado; pida a la oficina un paquete firmado con su nueva clave</translation>
    </message>
    <message>
        <source>{file}: signed by {holder}&apos;s key {fingerprint}, which was revoked: refused; ask the office for a package signed with its new key</source>
        <translation>{file}: firmado con la clave {fingerprint} de {holder}, que fue revocada: rechazado; pida a la oficina un paquete firmado con su nueva clave</translation>
    </message>
    <message>
        <source>{file}: signed by a key ({fingerprint}) that is not the one on record for {holder}; if the office changed its key, confirm the new fingerprint with it by phone and add it: fieldbook keys trust --db … {holder} &quot;{fingerprint}&quot; (see fieldbook keys list)</source>
        <translation>{file}: firmado con una clave ({fingerprint}) que no es la registrada para {holder}; si la oficina cambió su clave, confirme con ella por teléfono la nueva huella digital y agréguela: fieldbook keys trust --db … {holder} &quot;{fingerprint}&quot; (véase fieldbook keys list)</translation>
    </message>
    <message>
        <source>{file}: signed by {holder} key {fingerprint}, which this store does not know yet: confirm the fingerprint with the office (by phone), then import with --trust-new-keys, or add it first with fieldbook keys trust</source>
        <translation>{file}: firmado con la clave {fingerprint} de {holder}, que esta base de datos aún no conoce: confirme la huella digital con la oficina (por teléfono) y luego importe con --trust-new-keys, o agréguela antes con fieldbook keys trust</translation>
    </message>
    <message>
        <source>{file} (source {office} #{sequence})</source>
        <translation>{file} (fuente: {office} n.º {sequence})</translation>
    </message>
    <message>
        <source>its signature does not match what the source package signed</source>
        <translation>su firma no coincide con lo que firmó el paquete de origen</translation>
    </message>
    <message>
        <source>What {office} signed in its package no. {sequence} is not carried whole (sheet Provenance): its records cannot be checked against its signature; merge again from the office&apos;s own packages</source>
        <translation>Lo que {office} firmó en su paquete n.º {sequence} no se incluye en su totalidad (hoja Provenance): sus registros no se pueden cotejar con su firma; vuelva a fusionar a partir de los propios paquetes de la oficina</translation>
    </message>
    <message>
        <source>This row of {owner} is not one {owner} signed, and it is not an attributed hand edit: ask {owner} for its own package</source>
        <translation>Esta fila de {owner} no es una que {owner} haya firmado, ni una edición manual atribuida: pida a {owner} su propio paquete</translation>
    </message>
    <message>
        <source>This deletion of a record of {owner} is not one {owner} signed: ask {owner} for its own package</source>
        <translation>Esta eliminación de un registro de {owner} no es una que {owner} haya firmado: pida a {owner} su propio paquete</translation>
    </message>
    <message numerus="yes">
        <source>cannot undo {file}: %n record(s) it brought in changed by a later import since; nothing was undone</source>
        <extracomment>Parents before children, as an import writes them (the importer&apos;s order too). How each non-JSON type of a row is written (looked up by exact type: an update of many records encodes many rows).</extracomment>
        <translation>
            <numerusform>no se puede deshacer la importación de {file}: %n registro que aportó ha sido modificado desde entonces por una importación posterior; no se deshizo nada</numerusform>
            <numerusform>no se puede deshacer la importación de {file}: %n registros que aportó han sido modificados desde entonces por una importación posterior; no se deshizo nada</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot undo {file}: the {entity} {id} it wrote has changed since it was imported; nothing was undone</source>
        <translation>no se puede deshacer la importación de {file}: el registro de tipo {entity} {id} que escribió ha cambiado desde que se importó; no se deshizo nada</translation>
    </message>
    <message numerus="yes">
        <source>cannot undo {file}: %n record(s) it wrote edited since it was imported; nothing was undone</source>
        <translation>
            <numerusform>no se puede deshacer la importación de {file}: %n registro que escribió se ha editado desde que se importó; no se deshizo nada</numerusform>
            <numerusform>no se puede deshacer la importación de {file}: %n registros que escribió se han editado desde que se importó; no se deshizo nada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot undo {file}: %n {entity} record(s) it updated changed since it was imported; nothing was undone</source>
        <translation>
            <numerusform>no se puede deshacer la importación de {file}: %n registro de tipo {entity} que actualizó ha cambiado desde que se importó; no se deshizo nada</numerusform>
            <numerusform>no se puede deshacer la importación de {file}: %n registros de tipo {entity} que actualizó han cambiado desde que se importó; no se deshizo nada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot undo {file}: records it created have %n {child} record(s) added since under them; nothing was undone</source>
        <translation>
            <numerusform>no se puede deshacer la importación de {file}: desde entonces se ha agregado %n registro de tipo {child} bajo los registros que creó; no se deshizo nada</numerusform>
            <numerusform>no se puede deshacer la importación de {file}: desde entonces se han agregado %n registros de tipo {child} bajo los registros que creó; no se deshizo nada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot undo {file}: %n record(s) it created no longer in the store; nothing was undone</source>
        <translation>
            <numerusform>no se puede deshacer la importación de {file}: %n registro que creó ya no está en la base de datos; no se deshizo nada</numerusform>
            <numerusform>no se puede deshacer la importación de {file}: %n registros que creó ya no están en la base de datos; no se deshizo nada</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>form</name>
    <message>
        <source>The language of the packages this office exports: their README sheet and the row of column names are written in it, with English beside. The language of Fieldbook&apos;s windows is chosen in Settings ▸ Language.</source>
        <translation>El idioma de los paquetes que exporta esta oficina: su hoja README y la fila de nombres de columna se escriben en este idioma, con el inglés al lado. El idioma de las ventanas de Fieldbook se elige en Configuración ▸ Idioma.</translation>
    </message>
</context>
<context>
    <name>package</name>
    <message>
        <source>This workbook is a Fieldbook package: one country office&apos;s portfolio for one reporting period.</source>
        <extracomment>Rows between two progress reports (and cancel checks). Data validation and unlocked cells reach down to Excel&apos;s last row, so people can add rows. Let go of each data row&apos;s height once xlsxwriter has written the row out (see _write_entity); off only in tests, to show the package is the same without. Printed pages: A4 (landscape, but for the Manifest) with narrow margins, in inches; text on paper is never smaller than _SMALLEST_PRINTED_PT. A page is reckoned to hold 8 % less than it does: LibreOffice draws a column some 6 % wider than Excel&apos;s 7 pixels a character, and a column that does not fit moves whole to the next page. Across a landscape page at 100 %, in pixels (96 dpi). The README sheet, in the package&apos;s language with English beside (translated in the &quot;package&quot; context).</extracomment>
        <translation>Este libro es un paquete de Fieldbook: la cartera de una oficina en el país para un período de informe.</translation>
    </message>
    <message>
        <source>Each data sheet has three header rows: row 1 the machine keys (do not change them), row 2 the column names, row 3 the HXL hashtags. Records start on row 4. Header rows are protected; data cells are not (Review › Unprotect Sheet, no password, to change the layout).</source>
        <translation>Cada hoja de datos tiene tres filas de encabezado: la fila 1, las claves para el programa (no las cambie); la fila 2, los nombres de columna; la fila 3, los hashtags HXL. Los registros empiezan en la fila 4. Las filas de encabezado están protegidas; las celdas de datos, no (Revisar › Desproteger hoja, sin contraseña, para cambiar el diseño).</translation>
    </message>
    <message>
        <source>Every row carries its record id (a UUID that never changes), its revision, when it was created and last updated (UTC) and the office that owns it. Keep those columns as they are: they are how packages from many offices are merged. Add new records in Fieldbook itself: a package row without a valid id is refused.</source>
        <translation>Cada fila lleva su id. de registro (un UUID que nunca cambia), su revisión, cuándo se creó y cuándo se actualizó por última vez (UTC) y la oficina a la que pertenece. Deje esas columnas tal como están: son las que permiten fusionar los paquetes de muchas oficinas. Agregue los registros nuevos en el propio Fieldbook: una fila de paquete sin un id. válido se rechaza.</translation>
    </message>
    <message>
        <source>Coded columns offer a list of codes (sheet CodeLists). Dates are real dates; amounts are numbers unless too long to stay exact in Excel, then they are text. Times are text in ISO 8601, UTC.</source>
        <translation>Las columnas codificadas ofrecen una lista de códigos (hoja CodeLists). Las fechas son fechas reales; los importes son números, salvo si son demasiado largos para mantenerse exactos en Excel, en cuyo caso son texto. Las horas son texto en formato ISO 8601, UTC.</translation>
    </message>
    <message>
        <source>An empty cell in a text column is empty text; in any other column it means not known.</source>
        <translation>Una celda vacía en una columna de texto es un texto vacío; en cualquier otra columna significa que el dato no se conoce.</translation>
    </message>
    <message>
        <source>Text that contains invisible control characters shows them as ␛ and four hex digits (␛000B).</source>
        <translation>Los caracteres de control invisibles que contenga un texto se muestran como ␛ seguido de cuatro dígitos hexadecimales (␛000B).</translation>
    </message>
    <message>
        <source>Sheet Deletions lists records deleted in the office. Sheet Manifest describes the package and holds a digest of its data: if the data was changed by hand, Fieldbook says so when it checks the package.</source>
        <translation>La hoja Deletions enumera los registros eliminados en la oficina. La hoja Manifest describe el paquete y contiene un resumen criptográfico de sus datos: si los datos se modificaron a mano, Fieldbook lo indica cuando comprueba el paquete.</translation>
    </message>
    <message>
        <source>Check a package with: fieldbook validate FILE.xlsx --report checked.xlsx</source>
        <translation>Compruebe un paquete con: fieldbook validate FILE.xlsx --report checked.xlsx</translation>
    </message>
    <message>
        <source>Printed, each sheet is A4 landscape (Manifest portrait) with its column names on every page. A sheet too wide for one page at a readable size prints on several pages across, in order (across, then down), its first column repeated on each. CodeLists prints only a note: clear its print area to print the lists.</source>
        <translation>Al imprimirse, cada hoja sale en A4 horizontal (Manifest, en vertical) con sus nombres de columna en todas las páginas. Una hoja demasiado ancha para caber en una página con un tamaño legible se imprime en varias páginas a lo ancho, en orden (primero a lo ancho y luego hacia abajo), con su primera columna repetida en cada una. CodeLists solo imprime una nota: borre su área de impresión para imprimir las listas.</translation>
    </message>
    <message>
        <source>Fieldbook package — {office} ({code}), period {period}, no. {sequence}</source>
        <translation>Paquete de Fieldbook — {office} ({code}), período {period}, n.º {sequence}</translation>
    </message>
    <message numerus="yes">
        <source>{sheet}: %n row(s)</source>
        <translation>
            <numerusform>{sheet}: %n fila</numerusform>
            <numerusform>{sheet}: %n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Row fingerprint (Fieldbook; do not change)</source>
        <extracomment>Every version this Fieldbook reads. A later Fieldbook reads every earlier version (docs/package-format.md). Version 2 added each row&apos;s fingerprint, the readable link columns, the HandEdits sheet and the signature. Row layout of an entity sheet (1-based, as Excel shows them). Entity → sheet name (≤ 31 characters, stable; never translated: the reader finds sheets by these names). Rows of an entity sheet are written in this order (the digest does not depend on it). HXL hashtag of every column (https://hxlstandard.org/standard/dictionary/), so humanitarian tools can read a sheet. Column widths in characters, by kind; text columns get their own below.</extracomment>
        <translation>Huella digital de la fila (Fieldbook; no la cambie)</translation>
    </message>
    <message>
        <source>Initiative (code — title)</source>
        <extracomment>Hex digits of a row fingerprint: 128 bits of sha256, enough that no edit keeps it. Link column → (its readable column&apos;s key, label, HXL tag).</extracomment>
        <translation>Iniciativa (código — título)</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Asociado</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financiador</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>reference</name>
    <message>
        <source>Africa</source>
        <translation>África</translation>
    </message>
    <message>
        <source>Arab States</source>
        <translation>Estados Árabes</translation>
    </message>
    <message>
        <source>Asia and the Pacific</source>
        <translation>Asia y el Pacífico</translation>
    </message>
    <message>
        <source>Latin America and the Caribbean</source>
        <translation>América Latina y el Caribe</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>Inclusive communities, thriving cities (urban regeneration)</source>
        <translation>Comunidades inclusivas, ciudades prósperas (regeneración urbana)</translation>
    </message>
    <message>
        <source>RISE-UP: resilient settlements for the urban poor</source>
        <translation>RISE-UP: asentamientos resilientes para la población urbana pobre</translation>
    </message>
    <message>
        <source>Inclusive cities: enhancing the positive impact of urban migration</source>
        <translation>Ciudades inclusivas: potenciar el impacto positivo de la migración urbana</translation>
    </message>
    <message>
        <source>SDG Cities</source>
        <translation>Ciudades ODS</translation>
    </message>
    <message>
        <source>People-centred smart cities</source>
        <translation>Ciudades inteligentes centradas en las personas</translation>
    </message>
    <message>
        <source>Reduced spatial inequality and poverty</source>
        <translation>Reducción de la desigualdad espacial y la pobreza</translation>
    </message>
    <message>
        <source>Enhanced shared prosperity of cities and regions</source>
        <translation>Aumento de la prosperidad compartida de las ciudades y las regiones</translation>
    </message>
    <message>
        <source>Strengthened climate action and improved urban environment</source>
        <translation>Fortalecimiento de la acción climática y mejora del entorno urbano</translation>
    </message>
    <message>
        <source>Effective urban crisis prevention and response</source>
        <translation>Prevención y respuesta eficaces ante las crisis urbanas</translation>
    </message>
    <message>
        <source>Knowledge and evidence</source>
        <translation>Conocimientos y datos empíricos</translation>
    </message>
    <message>
        <source>Global and regional collaboration and capacity</source>
        <translation>Colaboración y capacidad mundiales y regionales</translation>
    </message>
    <message>
        <source>Initiatives and solutions implemented</source>
        <translation>Iniciativas y soluciones aplicadas</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>En preparación</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>No crisis context</source>
        <translation>Sin contexto de crisis</translation>
    </message>
    <message>
        <source>Natural disaster (flood, earthquake, storm)</source>
        <translation>Desastre natural (inundación, terremoto, tormenta)</translation>
    </message>
    <message>
        <source>Armed conflict</source>
        <translation>Conflicto armado</translation>
    </message>
    <message>
        <source>Protracted displacement</source>
        <translation>Desplazamiento prolongado</translation>
    </message>
    <message>
        <source>Post-crisis recovery and reconstruction</source>
        <translation>Recuperación y reconstrucción después de una crisis</translation>
    </message>
    <message>
        <source>Residents of neighbourhoods</source>
        <translation>Residentes de los barrios</translation>
    </message>
    <message>
        <source>Vulnerable communities</source>
        <translation>Comunidades vulnerables</translation>
    </message>
    <message>
        <source>Refugees</source>
        <translation>Refugiados</translation>
    </message>
    <message>
        <source>Host communities</source>
        <translation>Comunidades de acogida</translation>
    </message>
    <message>
        <source>Internally displaced persons</source>
        <translation>Desplazados internos</translation>
    </message>
    <message>
        <source>Migrants</source>
        <translation>Migrantes</translation>
    </message>
    <message>
        <source>Returnees</source>
        <translation>Retornados</translation>
    </message>
    <message>
        <source>Government officials and staff trained</source>
        <translation>Funcionarios y personal gubernamental capacitados</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Directos</translation>
    </message>
    <message>
        <source>Indirect</source>
        <translation>Indirectos</translation>
    </message>
    <message>
        <source>National government</source>
        <translation>Gobierno nacional</translation>
    </message>
    <message>
        <source>Regional government</source>
        <translation>Gobierno regional</translation>
    </message>
    <message>
        <source>Local government</source>
        <translation>Gobierno local</translation>
    </message>
    <message>
        <source>Bilateral cooperation agency</source>
        <translation>Organismo de cooperación bilateral</translation>
    </message>
    <message>
        <source>Multilateral organization</source>
        <translation>Organización multilateral</translation>
    </message>
    <message>
        <source>UN entity</source>
        <translation>Entidad de las Naciones Unidas</translation>
    </message>
    <message>
        <source>Private sector and investors</source>
        <translation>Sector privado e inversores</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Fundación</translation>
    </message>
    <message>
        <source>Vertical climate fund</source>
        <translation>Fondo vertical para el clima</translation>
    </message>
    <message>
        <source>Non-governmental organization</source>
        <translation>Organización no gubernamental</translation>
    </message>
    <message>
        <source>Academic or research institution</source>
        <translation>Institución académica o de investigación</translation>
    </message>
    <message>
        <source>Community-based organization</source>
        <translation>Organización comunitaria</translation>
    </message>
    <message>
        <source>Implementing partner</source>
        <translation>Asociado en la ejecución</translation>
    </message>
    <message>
        <source>Funding partner</source>
        <translation>Asociado financiador</translation>
    </message>
    <message>
        <source>Government counterpart</source>
        <translation>Contraparte gubernamental</translation>
    </message>
    <message>
        <source>Academic partner</source>
        <translation>Asociado académico</translation>
    </message>
    <message>
        <source>Private sector partner</source>
        <translation>Asociado del sector privado</translation>
    </message>
    <message>
        <source>Community partner</source>
        <translation>Asociado comunitario</translation>
    </message>
    <message>
        <source>Bilateral cooperation</source>
        <translation>Cooperación bilateral</translation>
    </message>
    <message>
        <source>Multilateral</source>
        <translation>Multilateral</translation>
    </message>
    <message>
        <source>UN entities</source>
        <translation>Entidades de las Naciones Unidas</translation>
    </message>
    <message>
        <source>Foundations</source>
        <translation>Fundaciones</translation>
    </message>
    <message>
        <source>Vertical climate funds</source>
        <translation>Fondos verticales para el clima</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Básicos (para fines generales)</translation>
    </message>
    <message>
        <source>Softly earmarked</source>
        <translation>Con asignación flexible</translation>
    </message>
    <message>
        <source>Earmarked</source>
        <translation>Para fines específicos</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>Promesa de contribución</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Incoming funds (received)</source>
        <translation>Ingreso de fondos (recibidos)</translation>
    </message>
    <message>
        <source>Expenditure</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Guide or handbook</source>
        <translation>Guía o manual</translation>
    </message>
    <message>
        <source>Policy brief</source>
        <translation>Reseña de políticas</translation>
    </message>
    <message>
        <source>Tool or methodology</source>
        <translation>Herramienta o metodología</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>Training material</source>
        <translation>Material de capacitación</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>Estudio de caso</translation>
    </message>
    <message>
        <source>Video or multimedia</source>
        <translation>Vídeo o multimedia</translation>
    </message>
    <message>
        <source>No poverty</source>
        <translation>Fin de la pobreza</translation>
    </message>
    <message>
        <source>Zero hunger</source>
        <translation>Hambre cero</translation>
    </message>
    <message>
        <source>Good health and well-being</source>
        <translation>Salud y bienestar</translation>
    </message>
    <message>
        <source>Quality education</source>
        <translation>Educación de calidad</translation>
    </message>
    <message>
        <source>Gender equality</source>
        <translation>Igualdad de género</translation>
    </message>
    <message>
        <source>Clean water and sanitation</source>
        <translation>Agua limpia y saneamiento</translation>
    </message>
    <message>
        <source>Affordable and clean energy</source>
        <translation>Energía asequible y no contaminante</translation>
    </message>
    <message>
        <source>Decent work and economic growth</source>
        <translation>Trabajo decente y crecimiento económico</translation>
    </message>
    <message>
        <source>Industry, innovation and infrastructure</source>
        <translation>Industria, innovación e infraestructura</translation>
    </message>
    <message>
        <source>Reduced inequalities</source>
        <translation>Reducción de las desigualdades</translation>
    </message>
    <message>
        <source>Sustainable cities and communities</source>
        <translation>Ciudades y comunidades sostenibles</translation>
    </message>
    <message>
        <source>Responsible consumption and production</source>
        <translation>Producción y consumo responsables</translation>
    </message>
    <message>
        <source>Climate action</source>
        <translation>Acción por el clima</translation>
    </message>
    <message>
        <source>Life below water</source>
        <translation>Vida submarina</translation>
    </message>
    <message>
        <source>Life on land</source>
        <translation>Vida de ecosistemas terrestres</translation>
    </message>
    <message>
        <source>Peace, justice and strong institutions</source>
        <translation>Paz, justicia e instituciones sólidas</translation>
    </message>
    <message>
        <source>Partnerships for the goals</source>
        <translation>Alianzas para lograr los objetivos</translation>
    </message>
    <message>
        <source>Eradicate extreme poverty (people living on less than $1.25 a day) everywhere</source>
        <translation>Erradicar en todo el mundo la pobreza extrema (personas que viven con menos de 1,25 dólares al día)</translation>
    </message>
    <message>
        <source>Reduce at least by half the proportion of people living in poverty in all its dimensions</source>
        <translation>Reducir al menos a la mitad la proporción de personas que viven en la pobreza en todas sus dimensiones</translation>
    </message>
    <message>
        <source>Implement social protection systems and measures for all, including floors</source>
        <translation>Implementar sistemas y medidas de protección social para todos, incluidos niveles mínimos</translation>
    </message>
    <message>
        <source>Equal rights to economic resources, basic services, land, property and financial services</source>
        <translation>Igualdad de derechos a los recursos económicos, los servicios básicos, la tierra, la propiedad y los servicios financieros</translation>
    </message>
    <message>
        <source>Build resilience of the poor and vulnerable to climate-related extremes and disasters</source>
        <translation>Fomentar la resiliencia de los pobres y las personas vulnerables ante los fenómenos extremos relacionados con el clima y los desastres</translation>
    </message>
    <message>
        <source>Mobilize resources for programmes and policies to end poverty in all its dimensions</source>
        <translation>Movilizar recursos para programas y políticas encaminados a poner fin a la pobreza en todas sus dimensiones</translation>
    </message>
    <message>
        <source>Create sound policy frameworks based on pro-poor, gender-sensitive development strategies</source>
        <translation>Crear marcos normativos sólidos basados en estrategias de desarrollo en favor de los pobres que tengan en cuenta las cuestiones de género</translation>
    </message>
    <message>
        <source>End hunger and ensure access to safe, nutritious and sufficient food all year round</source>
        <translation>Poner fin al hambre y asegurar el acceso a una alimentación sana, nutritiva y suficiente durante todo el año</translation>
    </message>
    <message>
        <source>End all forms of malnutrition, including stunting and wasting in children under 5</source>
        <translation>Poner fin a todas las formas de malnutrición, incluidos el retraso del crecimiento y la emaciación de los niños menores de 5 años</translation>
    </message>
    <message>
        <source>Double the agricultural productivity and incomes of small-scale food producers</source>
        <translation>Duplicar la productividad agrícola y los ingresos de los productores de alimentos en pequeña escala</translation>
    </message>
    <message>
        <source>Ensure sustainable food production systems and implement resilient agricultural practices</source>
        <translation>Asegurar la sostenibilidad de los sistemas de producción de alimentos y aplicar prácticas agrícolas resilientes</translation>
    </message>
    <message>
        <source>Maintain genetic diversity of seeds, plants and animals; share genetic resource benefits</source>
        <translation>Mantener la diversidad genética de las semillas, las plantas y los animales; compartir los beneficios de los recursos genéticos</translation>
    </message>
    <message>
        <source>Increase investment in rural infrastructure, agricultural research, technology, gene banks</source>
        <translation>Aumentar las inversiones en infraestructura rural, investigación agrícola, tecnología y bancos de genes</translation>
    </message>
    <message>
        <source>Correct and prevent trade restrictions and distortions in world agricultural markets</source>
        <translation>Corregir y prevenir las restricciones y distorsiones comerciales en los mercados agropecuarios mundiales</translation>
    </message>
    <message>
        <source>Ensure proper functioning of food commodity markets and access to market information</source>
        <translation>Asegurar el buen funcionamiento de los mercados de productos básicos alimentarios y el acceso a información sobre los mercados</translation>
    </message>
    <message>
        <source>Reduce the global maternal mortality ratio to less than 70 per 100,000 live births</source>
        <translation>Reducir la tasa mundial de mortalidad materna a menos de 70 por cada 100.000 nacidos vivos</translation>
    </message>
    <message>
        <source>End preventable deaths of newborns and children under 5 years of age</source>
        <translation>Poner fin a las muertes evitables de recién nacidos y de niños menores de 5 años</translation>
    </message>
    <message>
        <source>End epidemics of AIDS, TB, malaria and neglected tropical diseases; combat hepatitis</source>
        <translation>Poner fin a las epidemias del SIDA, la tuberculosis, la malaria y las enfermedades tropicales desatendidas; combatir la hepatitis</translation>
    </message>
    <message>
        <source>Reduce premature mortality from non-communicable diseases by 1/3; promote mental health</source>
        <translation>Reducir en un tercio la mortalidad prematura por enfermedades no transmisibles; promover la salud mental</translation>
    </message>
    <message>
        <source>Strengthen prevention and treatment of substance abuse, including drugs and alcohol</source>
        <translation>Fortalecer la prevención y el tratamiento del abuso de sustancias adictivas, incluidos los estupefacientes y el alcohol</translation>
    </message>
    <message>
        <source>Halve global deaths and injuries from road traffic accidents</source>
        <translation>Reducir a la mitad el número de muertes y lesiones causadas por accidentes de tráfico en el mundo</translation>
    </message>
    <message>
        <source>Ensure universal access to sexual and reproductive health-care services</source>
        <translation>Garantizar el acceso universal a los servicios de salud sexual y reproductiva</translation>
    </message>
    <message>
        <source>Achieve universal health coverage, including financial risk protection</source>
        <translation>Lograr la cobertura sanitaria universal, incluida la protección contra los riesgos financieros</translation>
    </message>
    <message>
        <source>Reduce deaths and illnesses from hazardous chemicals and air, water and soil pollution</source>
        <translation>Reducir las muertes y enfermedades causadas por productos químicos peligrosos y la contaminación del aire, el agua y el suelo</translation>
    </message>
    <message>
        <source>Strengthen implementation of the WHO Framework Convention on Tobacco Control</source>
        <translation>Fortalecer la aplicación del Convenio Marco de la OMS para el Control del Tabaco</translation>
    </message>
    <message>
        <source>Support research and development of vaccines and medicines; access to affordable medicines</source>
        <translation>Apoyar la investigación y el desarrollo de vacunas y medicamentos; acceso a medicamentos asequibles</translation>
    </message>
    <message>
        <source>Increase health financing and the health workforce in developing countries</source>
        <translation>Aumentar la financiación de la salud y el personal sanitario en los países en desarrollo</translation>
    </message>
    <message>
        <source>Strengthen capacity for early warning, risk reduction and management of health risks</source>
        <translation>Reforzar la capacidad de alerta temprana, reducción de riesgos y gestión de los riesgos para la salud</translation>
    </message>
    <message>
        <source>All girls and boys complete free, equitable, quality primary and secondary education</source>
        <translation>Que todas las niñas y todos los niños terminen la enseñanza primaria y secundaria, gratuita, equitativa y de calidad</translation>
    </message>
    <message>
        <source>Ensure access to quality early childhood development, care and pre-primary education</source>
        <translation>Asegurar el acceso a servicios de calidad de atención y desarrollo en la primera infancia y a la educación preescolar</translation>
    </message>
    <message>
        <source>Equal access to affordable technical, vocational and tertiary education, incl. university</source>
        <translation>Acceso igualitario a una formación técnica, profesional y superior asequible, incluida la enseñanza universitaria</translation>
    </message>
    <message>
        <source>Increase youth and adults with relevant skills for employment and entrepreneurship</source>
        <translation>Aumentar el número de jóvenes y adultos con las competencias necesarias para el empleo y el emprendimiento</translation>
    </message>
    <message>
        <source>Eliminate gender disparities in education and ensure equal access for the vulnerable</source>
        <translation>Eliminar las disparidades de género en la educación y asegurar el acceso igualitario de las personas vulnerables</translation>
    </message>
    <message>
        <source>Ensure all youth and a substantial proportion of adults achieve literacy and numeracy</source>
        <translation>Asegurar que todos los jóvenes y una proporción considerable de los adultos estén alfabetizados y tengan nociones elementales de aritmética</translation>
    </message>
    <message>
        <source>All learners acquire knowledge and skills needed to promote sustainable development</source>
        <translation>Que todos los alumnos adquieran los conocimientos teóricos y prácticos necesarios para promover el desarrollo sostenible</translation>
    </message>
    <message>
        <source>Build and upgrade education facilities that are child, disability and gender sensitive</source>
        <translation>Construir y adecuar instalaciones educativas que tengan en cuenta las necesidades de los niños y las personas con discapacidad y las cuestiones de género</translation>
    </message>
    <message>
        <source>Expand scholarships available to developing countries for enrolment in higher education</source>
        <translation>Aumentar las becas disponibles para que estudiantes de países en desarrollo se matriculen en programas de enseñanza superior</translation>
    </message>
    <message>
        <source>Increase the supply of qualified teachers, including through international cooperation</source>
        <translation>Aumentar la oferta de docentes calificados, incluso mediante la cooperación internacional</translation>
    </message>
    <message>
        <source>End all forms of discrimination against all women and girls everywhere</source>
        <translation>Poner fin a todas las formas de discriminación contra todas las mujeres y las niñas en todo el mundo</translation>
    </message>
    <message>
        <source>Eliminate all violence against women and girls, including trafficking and exploitation</source>
        <translation>Eliminar todas las formas de violencia contra las mujeres y las niñas, incluidas la trata y la explotación</translation>
    </message>
    <message>
        <source>Eliminate harmful practices such as child, early and forced marriage and FGM</source>
        <translation>Eliminar las prácticas nocivas, como el matrimonio infantil, precoz y forzado y la mutilación genital femenina</translation>
    </message>
    <message>
        <source>Recognize and value unpaid care and domestic work</source>
        <translation>Reconocer y valorar los cuidados y el trabajo doméstico no remunerados</translation>
    </message>
    <message>
        <source>Ensure women&apos;s full participation and equal opportunities for leadership</source>
        <translation>Asegurar la plena participación de las mujeres y la igualdad de oportunidades de liderazgo</translation>
    </message>
    <message>
        <source>Ensure universal access to sexual and reproductive health and reproductive rights</source>
        <translation>Asegurar el acceso universal a la salud sexual y reproductiva y los derechos reproductivos</translation>
    </message>
    <message>
        <source>Give women equal rights to economic resources, ownership of land and property, and finance</source>
        <translation>Otorgar a las mujeres igualdad de derechos a los recursos económicos, la propiedad de la tierra y otros bienes, y los servicios financieros</translation>
    </message>
    <message>
        <source>Enhance the use of enabling technology, in particular ICT, to promote women&apos;s empowerment</source>
        <translation>Mejorar el uso de la tecnología instrumental, en particular las TIC, para promover el empoderamiento de las mujeres</translation>
    </message>
    <message>
        <source>Adopt and strengthen sound policies and enforceable legislation for gender equality</source>
        <translation>Aprobar y fortalecer políticas acertadas y leyes aplicables para promover la igualdad de género</translation>
    </message>
    <message>
        <source>Achieve universal and equitable access to safe and affordable drinking water for all</source>
        <translation>Lograr el acceso universal y equitativo al agua potable segura y asequible para todos</translation>
    </message>
    <message>
        <source>Achieve adequate and equitable sanitation and hygiene for all; end open defecation</source>
        <translation>Lograr el acceso a servicios de saneamiento e higiene adecuados y equitativos para todos; poner fin a la defecación al aire libre</translation>
    </message>
    <message>
        <source>Improve water quality: reduce pollution, halve untreated wastewater, increase reuse</source>
        <translation>Mejorar la calidad del agua: reducir la contaminación, reducir a la mitad las aguas residuales sin tratar y aumentar la reutilización</translation>
    </message>
    <message>
        <source>Increase water-use efficiency and ensure sustainable withdrawals to address water scarcity</source>
        <translation>Aumentar el uso eficiente de los recursos hídricos y asegurar la sostenibilidad de la extracción para hacer frente a la escasez de agua</translation>
    </message>
    <message>
        <source>Implement integrated water resources management, including transboundary cooperation</source>
        <translation>Implementar la gestión integrada de los recursos hídricos, incluso mediante la cooperación transfronteriza</translation>
    </message>
    <message>
        <source>Protect and restore water-related ecosystems (mountains, forests, wetlands, rivers, lakes)</source>
        <translation>Proteger y restablecer los ecosistemas relacionados con el agua (montañas, bosques, humedales, ríos, lagos)</translation>
    </message>
    <message>
        <source>Expand international cooperation and capacity-building for water and sanitation programmes</source>
        <translation>Ampliar la cooperación internacional y la creación de capacidad para programas de agua y saneamiento</translation>
    </message>
    <message>
        <source>Support participation of local communities in water and sanitation management</source>
        <translation>Apoyar la participación de las comunidades locales en la gestión del agua y el saneamiento</translation>
    </message>
    <message>
        <source>Ensure universal access to affordable, reliable and modern energy services</source>
        <translation>Garantizar el acceso universal a servicios energéticos asequibles, fiables y modernos</translation>
    </message>
    <message>
        <source>Increase substantially the share of renewable energy in the global energy mix</source>
        <translation>Aumentar considerablemente la proporción de energía renovable en el conjunto de fuentes energéticas</translation>
    </message>
    <message>
        <source>Double the global rate of improvement in energy efficiency</source>
        <translation>Duplicar la tasa mundial de mejora de la eficiencia energética</translation>
    </message>
    <message>
        <source>Enhance international cooperation on clean energy research, technology and investment</source>
        <translation>Aumentar la cooperación internacional en investigación, tecnología e inversión en energía limpia</translation>
    </message>
    <message>
        <source>Expand infrastructure and upgrade technology for modern energy in developing countries</source>
        <translation>Ampliar la infraestructura y mejorar la tecnología para prestar servicios energéticos modernos en los países en desarrollo</translation>
    </message>
    <message>
        <source>Sustain per capita economic growth; at least 7% annual GDP growth in LDCs</source>
        <translation>Mantener el crecimiento económico per cápita; un crecimiento del PIB de al menos el 7% anual en los PMA</translation>
    </message>
    <message>
        <source>Higher economic productivity through diversification, technological upgrading, innovation</source>
        <translation>Lograr niveles más elevados de productividad económica mediante la diversificación, la modernización tecnológica y la innovación</translation>
    </message>
    <message>
        <source>Promote policies supporting productive activities, decent jobs, entrepreneurship and SMEs</source>
        <translation>Promover políticas que apoyen las actividades productivas, el trabajo decente, el emprendimiento y las pymes</translation>
    </message>
    <message>
        <source>Improve resource efficiency and decouple economic growth from environmental degradation</source>
        <translation>Mejorar la eficiencia en el uso de los recursos y desvincular el crecimiento económico de la degradación del medio ambiente</translation>
    </message>
    <message>
        <source>Full and productive employment and decent work for all; equal pay for work of equal value</source>
        <translation>Empleo pleno y productivo y trabajo decente para todos; igualdad de remuneración por trabajo de igual valor</translation>
    </message>
    <message>
        <source>Substantially reduce the proportion of youth not in employment, education or training</source>
        <translation>Reducir considerablemente la proporción de jóvenes que no están empleados y no cursan estudios ni reciben capacitación</translation>
    </message>
    <message>
        <source>Eradicate forced labour, modern slavery, human trafficking and all forms of child labour</source>
        <translation>Erradicar el trabajo forzoso, las formas contemporáneas de esclavitud, la trata de personas y todas las formas de trabajo infantil</translation>
    </message>
    <message>
        <source>Protect labour rights and promote safe and secure working environments for all workers</source>
        <translation>Proteger los derechos laborales y promover un entorno de trabajo seguro y sin riesgos para todos los trabajadores</translation>
    </message>
    <message>
        <source>Devise and implement policies to promote sustainable tourism that creates jobs</source>
        <translation>Elaborar y poner en práctica políticas encaminadas a promover un turismo sostenible que cree puestos de trabajo</translation>
    </message>
    <message>
        <source>Strengthen domestic financial institutions to expand access to banking and insurance</source>
        <translation>Fortalecer las instituciones financieras nacionales para ampliar el acceso a los servicios bancarios y de seguros</translation>
    </message>
    <message>
        <source>Increase Aid for Trade support for developing countries, in particular LDCs</source>
        <translation>Aumentar el apoyo a la iniciativa de ayuda para el comercio en los países en desarrollo, en particular los PMA</translation>
    </message>
    <message>
        <source>Develop a global strategy for youth employment and implement the ILO Global Jobs Pact</source>
        <translation>Desarrollar una estrategia mundial para el empleo de los jóvenes y aplicar el Pacto Mundial para el Empleo de la OIT</translation>
    </message>
    <message>
        <source>Develop quality, reliable, sustainable and resilient infrastructure</source>
        <translation>Desarrollar infraestructuras fiables, sostenibles, resilientes y de calidad</translation>
    </message>
    <message>
        <source>Promote inclusive, sustainable industrialization; raise industry&apos;s share of jobs and GDP</source>
        <translation>Promover una industrialización inclusiva y sostenible; aumentar la contribución de la industria al empleo y al PIB</translation>
    </message>
    <message>
        <source>Increase small-scale enterprises&apos; access to financial services and value chains</source>
        <translation>Aumentar el acceso de las pequeñas empresas a los servicios financieros y su integración en las cadenas de valor</translation>
    </message>
    <message>
        <source>Upgrade infrastructure and retrofit industries to make them sustainable</source>
        <translation>Modernizar la infraestructura y reconvertir las industrias para que sean sostenibles</translation>
    </message>
    <message>
        <source>Enhance scientific research and upgrade technological capabilities of industrial sectors</source>
        <translation>Aumentar la investigación científica y mejorar la capacidad tecnológica de los sectores industriales</translation>
    </message>
    <message>
        <source>Facilitate sustainable and resilient infrastructure development in developing countries</source>
        <translation>Facilitar el desarrollo de infraestructuras sostenibles y resilientes en los países en desarrollo</translation>
    </message>
    <message>
        <source>Support domestic technology development, research and innovation in developing countries</source>
        <translation>Apoyar el desarrollo de tecnologías, la investigación y la innovación nacionales en los países en desarrollo</translation>
    </message>
    <message>
        <source>Increase access to ICT; universal, affordable Internet access in least developed countries</source>
        <translation>Aumentar el acceso a las TIC; acceso universal y asequible a Internet en los países menos adelantados</translation>
    </message>
    <message>
        <source>Achieve and sustain income growth of the bottom 40 per cent above the national average</source>
        <translation>Lograr y mantener el crecimiento de los ingresos del 40% más pobre de la población a una tasa superior a la media nacional</translation>
    </message>
    <message>
        <source>Empower and promote the social, economic and political inclusion of all</source>
        <translation>Potenciar y promover la inclusión social, económica y política de todas las personas</translation>
    </message>
    <message>
        <source>Ensure equal opportunity and reduce inequalities of outcome; end discriminatory laws</source>
        <translation>Garantizar la igualdad de oportunidades y reducir la desigualdad de resultados; eliminar las leyes discriminatorias</translation>
    </message>
    <message>
        <source>Adopt fiscal, wage and social protection policies to achieve greater equality</source>
        <translation>Adoptar políticas fiscales, salariales y de protección social para lograr una mayor igualdad</translation>
    </message>
    <message>
        <source>Improve the regulation and monitoring of global financial markets and institutions</source>
        <translation>Mejorar la reglamentación y vigilancia de las instituciones y los mercados financieros mundiales</translation>
    </message>
    <message>
        <source>Enhanced voice of developing countries in global economic and financial institutions</source>
        <translation>Mayor representación e intervención de los países en desarrollo en las instituciones económicas y financieras internacionales</translation>
    </message>
    <message>
        <source>Facilitate orderly, safe, regular and responsible migration and mobility of people</source>
        <translation>Facilitar la migración y la movilidad ordenadas, seguras, regulares y responsables de las personas</translation>
    </message>
    <message>
        <source>Implement special and differential treatment for developing countries under WTO agreements</source>
        <translation>Aplicar el principio del trato especial y diferenciado para los países en desarrollo conforme a los acuerdos de la OMC</translation>
    </message>
    <message>
        <source>Encourage development assistance and financial flows to States where the need is greatest</source>
        <translation>Fomentar la asistencia oficial para el desarrollo y las corrientes financieras para los Estados con mayores necesidades</translation>
    </message>
    <message>
        <source>Reduce transaction costs of migrant remittances to less than 3 per cent</source>
        <translation>Reducir a menos del 3% los costos de transacción de las remesas de los migrantes</translation>
    </message>
    <message>
        <source>Adequate, safe and affordable housing and basic services for all; upgrade slums</source>
        <translation>Acceso de todas las personas a viviendas y servicios básicos adecuados, seguros y asequibles; mejorar los barrios marginales</translation>
    </message>
    <message>
        <source>Provide access to safe, affordable, accessible and sustainable transport systems for all</source>
        <translation>Proporcionar acceso a sistemas de transporte seguros, asequibles, accesibles y sostenibles para todos</translation>
    </message>
    <message>
        <source>Enhance inclusive and sustainable urbanization and participatory settlement planning</source>
        <translation>Aumentar la urbanización inclusiva y sostenible y la planificación participativa de los asentamientos humanos</translation>
    </message>
    <message>
        <source>Strengthen efforts to protect and safeguard the world&apos;s cultural and natural heritage</source>
        <translation>Redoblar los esfuerzos para proteger y salvaguardar el patrimonio cultural y natural del mundo</translation>
    </message>
    <message>
        <source>Reduce deaths, people affected and economic losses caused by disasters</source>
        <translation>Reducir las muertes, el número de personas afectadas y las pérdidas económicas causadas por los desastres</translation>
    </message>
    <message>
        <source>Reduce the per capita environmental impact of cities, incl. air quality and waste</source>
        <translation>Reducir el impacto ambiental negativo per cápita de las ciudades, incluidos la calidad del aire y los desechos</translation>
    </message>
    <message>
        <source>Provide universal access to safe, inclusive and accessible green and public spaces</source>
        <translation>Proporcionar acceso universal a zonas verdes y espacios públicos seguros, inclusivos y accesibles</translation>
    </message>
    <message>
        <source>Support positive economic, social and environmental links between urban and rural areas</source>
        <translation>Apoyar los vínculos económicos, sociales y ambientales positivos entre las zonas urbanas y rurales</translation>
    </message>
    <message>
        <source>Increase cities with integrated policies for inclusion, resilience and disaster risk</source>
        <translation>Aumentar el número de ciudades con políticas integradas de inclusión, resiliencia y reducción del riesgo de desastres</translation>
    </message>
    <message>
        <source>Support LDCs in building sustainable and resilient buildings using local materials</source>
        <translation>Apoyar a los PMA para que construyan edificios sostenibles y resilientes con materiales locales</translation>
    </message>
    <message>
        <source>Implement the 10-Year Framework of Programmes on Sustainable Consumption and Production</source>
        <translation>Aplicar el Marco Decenal de Programas sobre Modalidades de Consumo y Producción Sostenibles</translation>
    </message>
    <message>
        <source>Achieve the sustainable management and efficient use of natural resources</source>
        <translation>Lograr la gestión sostenible y el uso eficiente de los recursos naturales</translation>
    </message>
    <message>
        <source>Halve per capita global food waste and reduce food losses along supply chains</source>
        <translation>Reducir a la mitad el desperdicio de alimentos per cápita mundial y reducir las pérdidas de alimentos en las cadenas de suministro</translation>
    </message>
    <message>
        <source>Environmentally sound management of chemicals and all wastes throughout their life cycle</source>
        <translation>Gestión ecológicamente racional de los productos químicos y de todos los desechos a lo largo de su ciclo de vida</translation>
    </message>
    <message>
        <source>Substantially reduce waste generation through prevention, reduction, recycling and reuse</source>
        <translation>Reducir considerablemente la generación de desechos mediante actividades de prevención, reducción, reciclado y reutilización</translation>
    </message>
    <message>
        <source>Encourage companies to adopt sustainable practices and sustainability reporting</source>
        <translation>Alentar a las empresas a que adopten prácticas sostenibles e incorporen información sobre la sostenibilidad en sus informes</translation>
    </message>
    <message>
        <source>Promote public procurement practices that are sustainable</source>
        <translation>Promover prácticas de adquisición pública que sean sostenibles</translation>
    </message>
    <message>
        <source>Ensure people have information and awareness for sustainable development and lifestyles</source>
        <translation>Asegurar que las personas tengan la información y los conocimientos pertinentes para el desarrollo sostenible y estilos de vida sostenibles</translation>
    </message>
    <message>
        <source>Support developing countries&apos; science and technology for sustainable consumption</source>
        <translation>Ayudar a los países en desarrollo a fortalecer su capacidad científica y tecnológica para lograr un consumo sostenible</translation>
    </message>
    <message>
        <source>Develop tools to monitor sustainable development impacts for sustainable tourism</source>
        <translation>Elaborar instrumentos para vigilar los efectos en el desarrollo sostenible a fin de lograr un turismo sostenible</translation>
    </message>
    <message>
        <source>Rationalize inefficient fossil-fuel subsidies that encourage wasteful consumption</source>
        <translation>Racionalizar los subsidios ineficientes a los combustibles fósiles que fomentan el consumo antieconómico</translation>
    </message>
    <message>
        <source>Strengthen resilience and adaptive capacity to climate hazards and natural disasters</source>
        <translation>Fortalecer la resiliencia y la capacidad de adaptación a los riesgos relacionados con el clima y los desastres naturales</translation>
    </message>
    <message>
        <source>Integrate climate change measures into national policies, strategies and planning</source>
        <translation>Incorporar medidas relativas al cambio climático en las políticas, estrategias y planes nacionales</translation>
    </message>
    <message>
        <source>Improve education, awareness and capacity on climate mitigation, adaptation, early warning</source>
        <translation>Mejorar la educación, la sensibilización y la capacidad respecto de la mitigación del cambio climático, la adaptación y la alerta temprana</translation>
    </message>
    <message>
        <source>Mobilize $100 billion a year under the UNFCCC; capitalize the Green Climate Fund</source>
        <translation>Movilizar 100.000 millones de dólares anuales en el marco de la CMNUCC; capitalizar el Fondo Verde para el Clima</translation>
    </message>
    <message>
        <source>Raise capacity for climate change planning and management in LDCs and SIDS</source>
        <translation>Aumentar la capacidad de planificación y gestión en relación con el cambio climático en los PMA y los PEID</translation>
    </message>
    <message>
        <source>Prevent and significantly reduce marine pollution of all kinds, including marine debris</source>
        <translation>Prevenir y reducir significativamente la contaminación marina de todo tipo, incluidos los detritos marinos</translation>
    </message>
    <message>
        <source>Sustainably manage and protect marine and coastal ecosystems</source>
        <translation>Gestionar y proteger sosteniblemente los ecosistemas marinos y costeros</translation>
    </message>
    <message>
        <source>Minimize and address the impacts of ocean acidification</source>
        <translation>Minimizar y abordar los efectos de la acidificación de los océanos</translation>
    </message>
    <message>
        <source>Regulate harvesting and end overfishing, IUU and destructive fishing; restore fish stocks</source>
        <translation>Reglamentar la explotación pesquera y poner fin a la pesca excesiva, la pesca ilegal, no declarada y no reglamentada y la pesca destructiva; restablecer las poblaciones de peces</translation>
    </message>
    <message>
        <source>Conserve at least 10 per cent of coastal and marine areas</source>
        <translation>Conservar al menos el 10% de las zonas costeras y marinas</translation>
    </message>
    <message>
        <source>Prohibit fisheries subsidies that contribute to overcapacity, overfishing and IUU fishing</source>
        <translation>Prohibir las subvenciones a la pesca que contribuyen a la sobrecapacidad, la pesca excesiva y la pesca ilegal, no declarada y no reglamentada</translation>
    </message>
    <message>
        <source>Increase economic benefits to SIDS and LDCs from the sustainable use of marine resources</source>
        <translation>Aumentar los beneficios económicos que los PEID y los PMA obtienen del uso sostenible de los recursos marinos</translation>
    </message>
    <message>
        <source>Increase scientific knowledge, develop research capacity and transfer marine technology</source>
        <translation>Aumentar los conocimientos científicos, desarrollar la capacidad de investigación y transferir tecnología marina</translation>
    </message>
    <message>
        <source>Provide access for small-scale artisanal fishers to marine resources and markets</source>
        <translation>Facilitar el acceso de los pescadores artesanales en pequeña escala a los recursos marinos y los mercados</translation>
    </message>
    <message>
        <source>Enhance conservation and sustainable use of oceans by implementing UNCLOS</source>
        <translation>Mejorar la conservación y el uso sostenible de los océanos aplicando la Convención de las Naciones Unidas sobre el Derecho del Mar</translation>
    </message>
    <message>
        <source>Conserve, restore and sustainably use terrestrial and inland freshwater ecosystems</source>
        <translation>Conservar, restablecer y usar de forma sostenible los ecosistemas terrestres y los ecosistemas interiores de agua dulce</translation>
    </message>
    <message>
        <source>Sustainably manage forests, halt deforestation, restore forests, increase afforestation</source>
        <translation>Gestionar sosteniblemente los bosques, detener la deforestación, recuperar los bosques y aumentar la forestación</translation>
    </message>
    <message>
        <source>Combat desertification, restore degraded land and soil; land degradation neutrality</source>
        <translation>Luchar contra la desertificación, rehabilitar las tierras y los suelos degradados; neutralidad en la degradación de las tierras</translation>
    </message>
    <message>
        <source>Ensure the conservation of mountain ecosystems, including their biodiversity</source>
        <translation>Asegurar la conservación de los ecosistemas montañosos, incluida su diversidad biológica</translation>
    </message>
    <message>
        <source>Reduce habitat degradation, halt biodiversity loss and prevent extinction of species</source>
        <translation>Reducir la degradación de los hábitats naturales, detener la pérdida de biodiversidad y evitar la extinción de especies</translation>
    </message>
    <message>
        <source>Fair and equitable sharing of benefits from genetic resources and appropriate access</source>
        <translation>Participación justa y equitativa en los beneficios derivados de los recursos genéticos y acceso adecuado a esos recursos</translation>
    </message>
    <message>
        <source>End poaching and trafficking of protected species; address illegal wildlife products</source>
        <translation>Poner fin a la caza furtiva y el tráfico de especies protegidas; abordar los productos ilegales de flora y fauna silvestres</translation>
    </message>
    <message>
        <source>Prevent the introduction and reduce the impact of invasive alien species</source>
        <translation>Prevenir la introducción de especies exóticas invasoras y reducir sus efectos</translation>
    </message>
    <message>
        <source>Integrate ecosystem and biodiversity values into national and local planning</source>
        <translation>Integrar los valores de los ecosistemas y la biodiversidad en la planificación nacional y local</translation>
    </message>
    <message>
        <source>Mobilize and increase financial resources to conserve and sustainably use biodiversity</source>
        <translation>Movilizar y aumentar los recursos financieros para conservar y utilizar de forma sostenible la biodiversidad</translation>
    </message>
    <message>
        <source>Mobilize resources to finance sustainable forest management in developing countries</source>
        <translation>Movilizar recursos para financiar la gestión forestal sostenible en los países en desarrollo</translation>
    </message>
    <message>
        <source>Enhance global support to combat poaching and trafficking of protected species</source>
        <translation>Aumentar el apoyo mundial a la lucha contra la caza furtiva y el tráfico de especies protegidas</translation>
    </message>
    <message>
        <source>Significantly reduce all forms of violence and related death rates everywhere</source>
        <translation>Reducir significativamente todas las formas de violencia y las correspondientes tasas de mortalidad en todo el mundo</translation>
    </message>
    <message>
        <source>End abuse, exploitation, trafficking and all violence against and torture of children</source>
        <translation>Poner fin al maltrato, la explotación, la trata y todas las formas de violencia y tortura contra los niños</translation>
    </message>
    <message>
        <source>Promote the rule of law and ensure equal access to justice for all</source>
        <translation>Promover el estado de derecho y garantizar la igualdad de acceso a la justicia para todos</translation>
    </message>
    <message>
        <source>Reduce illicit financial and arms flows, recover stolen assets and combat organized crime</source>
        <translation>Reducir las corrientes financieras y de armas ilícitas, recuperar los activos robados y luchar contra la delincuencia organizada</translation>
    </message>
    <message>
        <source>Substantially reduce corruption and bribery in all their forms</source>
        <translation>Reducir considerablemente la corrupción y el soborno en todas sus formas</translation>
    </message>
    <message>
        <source>Develop effective, accountable and transparent institutions at all levels</source>
        <translation>Crear a todos los niveles instituciones eficaces y transparentes que rindan cuentas</translation>
    </message>
    <message>
        <source>Responsive, inclusive, participatory and representative decision-making at all levels</source>
        <translation>Adopción a todos los niveles de decisiones inclusivas, participativas y representativas que respondan a las necesidades</translation>
    </message>
    <message>
        <source>Strengthen participation of developing countries in institutions of global governance</source>
        <translation>Fortalecer la participación de los países en desarrollo en las instituciones de gobernanza mundial</translation>
    </message>
    <message>
        <source>Provide legal identity for all, including birth registration</source>
        <translation>Proporcionar acceso a una identidad jurídica para todos, en particular mediante el registro de nacimientos</translation>
    </message>
    <message>
        <source>Ensure public access to information and protect fundamental freedoms</source>
        <translation>Garantizar el acceso público a la información y proteger las libertades fundamentales</translation>
    </message>
    <message>
        <source>Strengthen national institutions to prevent violence and combat terrorism and crime</source>
        <translation>Fortalecer las instituciones nacionales para prevenir la violencia y combatir el terrorismo y la delincuencia</translation>
    </message>
    <message>
        <source>Promote and enforce non-discriminatory laws and policies for sustainable development</source>
        <translation>Promover y aplicar leyes y políticas no discriminatorias en favor del desarrollo sostenible</translation>
    </message>
    <message>
        <source>Strengthen domestic resource mobilization, incl. support for tax and revenue collection</source>
        <translation>Fortalecer la movilización de recursos internos, incluido el apoyo para recaudar ingresos fiscales y de otra índole</translation>
    </message>
    <message>
        <source>Developed countries to fully implement their official development assistance commitments</source>
        <translation>Velar por que los países desarrollados cumplan plenamente sus compromisos de asistencia oficial para el desarrollo</translation>
    </message>
    <message>
        <source>Mobilize additional financial resources for developing countries from multiple sources</source>
        <translation>Movilizar recursos financieros adicionales de múltiples fuentes para los países en desarrollo</translation>
    </message>
    <message>
        <source>Assist developing countries in attaining long-term debt sustainability</source>
        <translation>Ayudar a los países en desarrollo a lograr la sostenibilidad de la deuda a largo plazo</translation>
    </message>
    <message>
        <source>Adopt and implement investment promotion regimes for least developed countries</source>
        <translation>Adoptar y aplicar sistemas de promoción de las inversiones en favor de los países menos adelantados</translation>
    </message>
    <message>
        <source>Enhance North-South, South-South and triangular cooperation on science and technology</source>
        <translation>Mejorar la cooperación Norte-Sur, Sur-Sur y triangular en materia de ciencia y tecnología</translation>
    </message>
    <message>
        <source>Promote environmentally sound technologies to developing countries</source>
        <translation>Promover tecnologías ecológicamente racionales y su transferencia a los países en desarrollo</translation>
    </message>
    <message>
        <source>Operationalize the technology bank for LDCs and enhance the use of ICT</source>
        <translation>Poner en pleno funcionamiento el banco de tecnología para los PMA y aumentar la utilización de las TIC</translation>
    </message>
    <message>
        <source>Enhance international support for targeted capacity-building in developing countries</source>
        <translation>Aumentar el apoyo internacional a actividades de creación de capacidad específicas en los países en desarrollo</translation>
    </message>
    <message>
        <source>Promote a universal, rules-based, open, equitable multilateral trading system (WTO)</source>
        <translation>Promover un sistema de comercio multilateral universal, basado en normas, abierto y equitativo (OMC)</translation>
    </message>
    <message>
        <source>Significantly increase developing country exports; double LDCs&apos; share of global exports</source>
        <translation>Aumentar significativamente las exportaciones de los países en desarrollo; duplicar la participación de los PMA en las exportaciones mundiales</translation>
    </message>
    <message>
        <source>Realize timely implementation of duty-free and quota-free market access for all LDCs</source>
        <translation>Lograr oportunamente el acceso a los mercados libre de derechos y contingentes para todos los PMA</translation>
    </message>
    <message>
        <source>Enhance global macroeconomic stability, incl. through policy coordination and coherence</source>
        <translation>Aumentar la estabilidad macroeconómica mundial, incluso mediante la coordinación y coherencia de las políticas</translation>
    </message>
    <message>
        <source>Enhance policy coherence for sustainable development</source>
        <translation>Mejorar la coherencia de las políticas para el desarrollo sostenible</translation>
    </message>
    <message>
        <source>Respect each country&apos;s policy space and leadership for poverty eradication and development</source>
        <translation>Respetar el margen normativo y el liderazgo de cada país para la erradicación de la pobreza y el desarrollo</translation>
    </message>
    <message>
        <source>Enhance the Global Partnership for Sustainable Development; multi-stakeholder partnerships</source>
        <translation>Mejorar la Alianza Mundial para el Desarrollo Sostenible; alianzas entre múltiples interesados</translation>
    </message>
    <message>
        <source>Encourage and promote effective public, public-private and civil society partnerships</source>
        <translation>Fomentar y promover alianzas eficaces en las esferas pública, público-privada y de la sociedad civil</translation>
    </message>
    <message>
        <source>Enhance capacity-building to increase high-quality, timely, reliable disaggregated data</source>
        <translation>Mejorar la creación de capacidad para aumentar la disponibilidad de datos desglosados oportunos, fiables y de gran calidad</translation>
    </message>
    <message>
        <source>Develop measurements of progress on sustainable development that complement GDP</source>
        <translation>Elaborar indicadores que midan los progresos en materia de desarrollo sostenible y complementen el PIB</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Female</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>Other or unknown</source>
        <translation>Otro o desconocido</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation>Prometidos</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Comprometidos</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Gastados</translation>
    </message>
    <message>
        <source>Children</source>
        <extracomment>Targeted then reached, always in these colours (the Dashboard uses them too). A pie slice under this share gets no percentage label (it would read &quot;0 %&quot;).</extracomment>
        <translation>Niños</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Jóvenes</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adultos</translation>
    </message>
    <message>
        <source>Older persons</source>
        <translation>Personas mayores</translation>
    </message>
    <message>
        <source>How the figures count. People: an initiative reports its people for each period, and the same people are often reported again in the next period, so for each initiative and group only one period counts, the one with the highest figure (of two equal periods, the later one); these are added up across initiatives and groups, so someone counted in two periods is counted once. Targeted and reached are chosen separately. Indirect beneficiaries are never added to direct ones. Money: exact sums of the funding lines in USD at the rate each line used; pledged, committed, received and spent are separate figures.</source>
        <translation>Cómo se cuentan las cifras. Personas: una iniciativa informa sobre sus personas en cada período, y a menudo las mismas personas se vuelven a notificar en el período siguiente; por eso, para cada iniciativa y grupo solo cuenta un período, el de la cifra más alta (entre dos períodos iguales, el más reciente), y esas cifras se suman entre iniciativas y grupos, de modo que quien se contó en dos períodos se cuenta una sola vez. Las personas previstas y las alcanzadas se eligen por separado. Los beneficiarios indirectos nunca se suman a los directos. Dinero: sumas exactas de las líneas de financiación en USD al tipo de cambio que usó cada línea; los fondos prometidos, comprometidos, recibidos y gastados son cifras separadas.</translation>
    </message>
    <message>
        <source>Portfolio KPIs — {scope}</source>
        <translation>Indicadores clave de la cartera — {scope}</translation>
    </message>
    <message>
        <source>Portfolio KPIs</source>
        <translation>Indicadores clave de la cartera</translation>
    </message>
    <message>
        <source>Fieldbook</source>
        <translation>Fieldbook</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Filters: {filters} · generated {generated} by Fieldbook {version}</source>
        <translation>Filtros: {filters} · generado el {generated} por Fieldbook {version}</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Iniciativas</translation>
    </message>
    <message>
        <source>Countries supported</source>
        <translation>Países apoyados</translation>
    </message>
    <message>
        <source>Cities supported</source>
        <translation>Ciudades apoyadas</translation>
    </message>
    <message>
        <source>Beneficiaries reached (direct)</source>
        <translation>Beneficiarios alcanzados (directos)</translation>
    </message>
    <message>
        <source>Beneficiaries targeted (direct)</source>
        <translation>Beneficiarios previstos (directos)</translation>
    </message>
    <message>
        <source>Funds received, USD</source>
        <translation>Fondos recibidos, USD</translation>
    </message>
    <message>
        <source>Funds committed, USD</source>
        <translation>Fondos comprometidos, USD</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Asociados</translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation>Países de los asociados</translation>
    </message>
    <message>
        <source>Knowledge products</source>
        <translation>Productos de conocimiento</translation>
    </message>
    <message>
        <source>SDGs touched (of 17)</source>
        <translation>ODS abordados (de 17)</translation>
    </message>
    <message>
        <source>SDG targets touched (of 169)</source>
        <translation>Metas de los ODS abordadas (de 169)</translation>
    </message>
    <message>
        <source>Initiatives by status</source>
        <translation>Iniciativas por estado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Beneficiarios</translation>
    </message>
    <message>
        <source>By group (direct)</source>
        <translation>Por grupo (beneficiarios directos)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>Previstas</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Alcanzadas</translation>
    </message>
    <message>
        <source>By sex (direct)</source>
        <translation>Por sexo (beneficiarios directos)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>By age band (direct)</source>
        <translation>Por tramo de edad (beneficiarios directos)</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tramo de edad</translation>
    </message>
    <message>
        <source>Other figures</source>
        <translation>Otras cifras</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Persons with disabilities (direct)</source>
        <translation>Personas con discapacidad (beneficiarios directos)</translation>
    </message>
    <message>
        <source>Total (direct)</source>
        <translation>Total (beneficiarios directos)</translation>
    </message>
    <message>
        <source>Indirect beneficiaries</source>
        <translation>Beneficiarios indirectos</translation>
    </message>
    <message>
        <source>Targeted and reached by group (direct)</source>
        <translation>Personas previstas y alcanzadas por grupo (directas)</translation>
    </message>
    <message>
        <source>Targeted and reached by sex (direct)</source>
        <translation>Personas previstas y alcanzadas por sexo (directas)</translation>
    </message>
    <message>
        <source>Targeted and reached by age band (direct)</source>
        <translation>Personas previstas y alcanzadas por tramo de edad (directas)</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>Fondos</translation>
    </message>
    <message>
        <source>USD by transaction type</source>
        <translation>USD por tipo de transacción</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <source>Received by source type</source>
        <translation>Recibidos por tipo de fuente</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>Tipo de fuente</translation>
    </message>
    <message>
        <source>Received by modality</source>
        <translation>Recibidos por modalidad</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Pledged, committed, received, spent (USD)</source>
        <translation>Prometidos, comprometidos, recibidos, gastados (USD)</translation>
    </message>
    <message>
        <source>Partners by type</source>
        <translation>Asociados por tipo</translation>
    </message>
    <message>
        <source>Partner type</source>
        <translation>Tipo de asociado</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Alianzas</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Número</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Record id</source>
        <extracomment>Excel refuses longer cell text; nothing longer may be stored, or a package could not carry it. Fields every exchanged record carries (see db.models.Record).</extracomment>
        <translation>Id. del registro</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Creado (UTC)</translation>
    </message>
    <message>
        <source>Updated (UTC)</source>
        <translation>Actualizado (UTC)</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Targeted: total</source>
        <extracomment>The count fields&apos; labels, written out so that each is a message of its own to translate.</extracomment>
        <translation>Previstas: total</translation>
    </message>
    <message>
        <source>Targeted: female</source>
        <translation>Previstas: mujeres</translation>
    </message>
    <message>
        <source>Targeted: male</source>
        <translation>Previstas: hombres</translation>
    </message>
    <message>
        <source>Targeted: other</source>
        <translation>Previstas: otro</translation>
    </message>
    <message>
        <source>Targeted: children</source>
        <translation>Previstas: niños</translation>
    </message>
    <message>
        <source>Targeted: youth</source>
        <translation>Previstas: jóvenes</translation>
    </message>
    <message>
        <source>Targeted: adults</source>
        <translation>Previstas: adultos</translation>
    </message>
    <message>
        <source>Targeted: older</source>
        <translation>Previstas: personas mayores</translation>
    </message>
    <message>
        <source>Targeted: pwd</source>
        <translation>Previstas: personas con discapacidad</translation>
    </message>
    <message>
        <source>Reached: total</source>
        <translation>Alcanzadas: total</translation>
    </message>
    <message>
        <source>Reached: female</source>
        <translation>Alcanzadas: mujeres</translation>
    </message>
    <message>
        <source>Reached: male</source>
        <translation>Alcanzadas: hombres</translation>
    </message>
    <message>
        <source>Reached: other</source>
        <translation>Alcanzadas: otro</translation>
    </message>
    <message>
        <source>Reached: children</source>
        <translation>Alcanzadas: niños</translation>
    </message>
    <message>
        <source>Reached: youth</source>
        <translation>Alcanzadas: jóvenes</translation>
    </message>
    <message>
        <source>Reached: adults</source>
        <translation>Alcanzadas: adultos</translation>
    </message>
    <message>
        <source>Reached: older</source>
        <translation>Alcanzadas: personas mayores</translation>
    </message>
    <message>
        <source>Reached: pwd</source>
        <translation>Alcanzadas: personas con discapacidad</translation>
    </message>
    <message>
        <source>targeted</source>
        <extracomment>Words a message is made of, besides its template: translated with it.</extracomment>
        <translation>personas previstas</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>personas alcanzadas</translation>
    </message>
    <message>
        <source>sex and age band</source>
        <translation>sexo y tramo de edad</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>finalizada</translation>
    </message>
    <message>
        <source>initiative</source>
        <translation>iniciativa</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>asociado</translation>
    </message>
    <message>
        <source>pledge</source>
        <translation>promesa de contribución</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>compromiso</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>ingreso de fondos</translation>
    </message>
    <message>
        <source>expenditure</source>
        <translation>gasto</translation>
    </message>
    <message>
        <source>Office code</source>
        <extracomment>What each entity holds beyond its identity, in the order people read it.</extracomment>
        <translation>Código de la oficina</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Nombre de la oficina</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Moneda predeterminada</translation>
    </message>
    <message>
        <source>Language of its packages</source>
        <translation>Idioma de sus paquetes</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de finalización</translation>
    </message>
    <message>
        <source>Admin area (level 1)</source>
        <translation>Área administrativa (nivel 1)</translation>
    </message>
    <message>
        <source>City or locality</source>
        <translation>Ciudad o localidad</translation>
    </message>
    <message>
        <source>Flagship programme</source>
        <translation>Programa emblemático</translation>
    </message>
    <message>
        <source>Subprogramme</source>
        <translation>Subprograma</translation>
    </message>
    <message>
        <source>Flagship outcome</source>
        <translation>Resultado del programa emblemático</translation>
    </message>
    <message>
        <source>Crisis context</source>
        <translation>Contexto de crisis</translation>
    </message>
    <message>
        <source>SDG targets</source>
        <translation>Metas de los ODS</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Partner type</source>
        <translation>Tipo de asociado</translation>
    </message>
    <message>
        <source>Initiative id</source>
        <translation>Id. de la iniciativa</translation>
    </message>
    <message>
        <source>Partner id</source>
        <translation>Id. del asociado</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Direct or indirect</source>
        <translation>Directos o indirectos</translation>
    </message>
    <message>
        <source>Funder id</source>
        <translation>Id. del financiador</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>Tipo de fuente</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Transaction type</source>
        <translation>Tipo de transacción</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>USD rate</source>
        <translation>Tipo de cambio a USD</translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation>Importe (USD)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>{value!r} is not a whole number</source>
        <extracomment>Rows that depend on another record: field → the entity it points to. Digits a decimal may have before the point, and after it: what a decimal context of 28 digits writes out exactly. Beyond, writing the number (the digest, the store) fails (1E+300) or needs unbounded memory (1E-999999999999).</extracomment>
        <translation>{value!r} no es un número entero</translation>
    </message>
    <message>
        <source>{value!r} is not a number</source>
        <translation>{value!r} no es un número</translation>
    </message>
    <message>
        <source>{value!r} is out of range: a number has at most 28 digits before and after the decimal point</source>
        <translation>{value!r} está fuera del rango admitido: un número tiene como máximo 28 dígitos antes y después del separador decimal</translation>
    </message>
    <message>
        <source>{value!r} has a time of day; give a date</source>
        <translation>{value!r} incluye una hora del día; indique una fecha</translation>
    </message>
    <message>
        <source>{value!r} is not a date (write YYYY-MM-DD)</source>
        <translation>{value!r} no es una fecha (escriba AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>{value!r} is not a date and time</source>
        <translation>{value!r} no es una fecha y hora</translation>
    </message>
    <message>
        <source>{value!r} is not a record id (UUID)</source>
        <translation>{value!r} no es un id. de registro (UUID)</translation>
    </message>
    <message>
        <source>Revision must be 1 or more</source>
        <translation>La revisión debe ser 1 o más</translation>
    </message>
    <message>
        <source>No {target} with id {value} in this package or store</source>
        <translation>No hay ningún registro de tipo {target} con el id. {value} en este paquete ni en la base de datos</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <extracomment>Fields with an error of their own (set once the field checks are done): rules using them stay silent.</extracomment>
        <translation>El campo “{label}” es obligatorio</translation>
    </message>
    <message>
        <source>{label} has a value of the wrong kind</source>
        <translation>El campo “{label}” tiene un valor de tipo incorrecto</translation>
    </message>
    <message>
        <source>{label} is longer than {limit} characters</source>
        <translation>El campo “{label}” tiene más de {limit} caracteres</translation>
    </message>
    <message>
        <source>Not in the list of {label}: {codes}</source>
        <translation>No figuran en la lista de valores de “{label}”: {codes}</translation>
    </message>
    <message>
        <source>{label} cannot be negative</source>
        <translation>El campo “{label}” no puede ser negativo</translation>
    </message>
    <message>
        <source>a country code</source>
        <extracomment>What one code of each list is, with its article, as a message says it: &quot;&apos;Kenya&apos; is not a country code&quot;.</extracomment>
        <translation>un código de país</translation>
    </message>
    <message>
        <source>a region code</source>
        <translation>un código de región</translation>
    </message>
    <message>
        <source>a currency code</source>
        <translation>un código de moneda</translation>
    </message>
    <message>
        <source>a language code</source>
        <translation>un código de idioma</translation>
    </message>
    <message>
        <source>a flagship programme code</source>
        <translation>un código de programa emblemático</translation>
    </message>
    <message>
        <source>a subprogramme code</source>
        <translation>un código de subprograma</translation>
    </message>
    <message>
        <source>a flagship outcome code</source>
        <translation>un código de resultado del programa emblemático</translation>
    </message>
    <message>
        <source>an initiative status</source>
        <translation>un estado de iniciativa</translation>
    </message>
    <message>
        <source>a crisis context code</source>
        <translation>un código de contexto de crisis</translation>
    </message>
    <message>
        <source>a beneficiary group code</source>
        <translation>un código de grupo de beneficiarios</translation>
    </message>
    <message>
        <source>a reach type</source>
        <translation>un tipo de alcance</translation>
    </message>
    <message>
        <source>a partner type code</source>
        <translation>un código de tipo de asociado</translation>
    </message>
    <message>
        <source>a partner role code</source>
        <translation>un código de función de asociado</translation>
    </message>
    <message>
        <source>a source type code</source>
        <translation>un código de tipo de fuente</translation>
    </message>
    <message>
        <source>a funding modality code</source>
        <translation>un código de modalidad de financiación</translation>
    </message>
    <message>
        <source>a transaction type</source>
        <translation>un tipo de transacción</translation>
    </message>
    <message>
        <source>a knowledge product type code</source>
        <translation>un código de tipo de producto de conocimiento</translation>
    </message>
    <message>
        <source>an SDG target</source>
        <translation>una meta de los ODS</translation>
    </message>
    <message>
        <source>{value!r} is not {noun}</source>
        <translation>{value!r} no es {noun}</translation>
    </message>
    <message>
        <source>{value!r} is not {noun}; did you mean {code} ({meaning})?</source>
        <translation>{value!r} no es {noun}; ¿quiso decir {code} ({meaning})?</translation>
    </message>
    <message>
        <source>The end date {end} is before the start date {start}</source>
        <extracomment>How alike (difflib&apos;s ratio) a value and a code or label must be for the code to be suggested, and how long the value must be: below three characters every code is about as near as any other (is &quot;UK&quot; UKR?). A value longer than this is no code or label mistyped (the longest label has 90 characters): no guess, none kept.</extracomment>
        <translation>La fecha de finalización {end} es anterior a la fecha de inicio {start}</translation>
    </message>
    <message>
        <source>An office code has 2–16 capital letters, digits or hyphens, such as KEN-NBO</source>
        <translation>Un código de oficina tiene entre 2 y 16 letras mayúsculas, dígitos o guiones, por ejemplo KEN-NBO</translation>
    </message>
    <message>
        <source>An {status} initiative should have a start date</source>
        <translation>Una iniciativa {status} debería tener fecha de inicio</translation>
    </message>
    <message>
        <source>A completed initiative should have an end date</source>
        <translation>Una iniciativa finalizada debería tener fecha de finalización</translation>
    </message>
    <message>
        <source>Link the initiative to a flagship programme or a subprogramme so it counts in reports</source>
        <translation>Vincule la iniciativa a un programa emblemático o a un subprograma para que se tenga en cuenta en los informes</translation>
    </message>
    <message>
        <source>sex</source>
        <extracomment>(kind, total field, [(parts&apos; fields, first part&apos;s field, what)], pwd field) for the sum rules.</extracomment>
        <translation>sexo</translation>
    </message>
    <message>
        <source>age band</source>
        <translation>tramo de edad</translation>
    </message>
    <message>
        <source>{value!r} is not a period: write 2023-H2, 2023-Q3 or 2023</source>
        <translation>{value!r} no es un período: escriba 2023-H2, 2023-Q3 o 2023</translation>
    </message>
    <message>
        <source>Write the period as {code}</source>
        <translation>Escriba el período como {code}</translation>
    </message>
    <message>
        <source>Period {period} is outside the initiative&apos;s dates</source>
        <translation>El período {period} está fuera de las fechas de la iniciativa</translation>
    </message>
    <message>
        <source>Persons with disabilities ({pwd}) cannot be more than the {kind} total ({total})</source>
        <translation>Las personas con discapacidad ({pwd}) no pueden superar el total de {kind} ({total})</translation>
    </message>
    <message>
        <source>Give a targeted or a reached total</source>
        <translation>Indique un total de personas previstas o de personas alcanzadas</translation>
    </message>
    <message>
        <source>Reached ({reached}) is more than targeted ({targeted}); check both</source>
        <translation>Las personas alcanzadas ({reached}) superan las previstas ({targeted}); compruebe ambas cifras</translation>
    </message>
    <message>
        <source>Give the {kind} total: its parts by {what} are given</source>
        <translation>Indique el total de {kind}: ya se ha indicado su desglose por {what}</translation>
    </message>
    <message>
        <source>The {kind} total {total} differs from female + male + other = {sum} (and from the age groups, also {sum}): correct the total</source>
        <translation>El total de {kind} ({total}) difiere de mujeres + hombres + otro = {sum} (y de los tramos de edad, también {sum}): corrija el total</translation>
    </message>
    <message>
        <source>The {kind} counts by {what} add up to {sum}, but the total and the counts by {other} are {total}: correct the counts by {what}</source>
        <translation>Los recuentos de {kind} por {what} suman {sum}, pero el total y los recuentos por {other} son {total}: corrija los recuentos por {what}</translation>
    </message>
    <message>
        <source>The {kind} counts by {what} add up to {sum}, more than the total {total}</source>
        <translation>Los recuentos de {kind} por {what} suman {sum}, más que el total ({total})</translation>
    </message>
    <message>
        <source>The {kind} counts by {what} add up to {sum}, not the total {total}</source>
        <translation>Los recuentos de {kind} por {what} suman {sum}, no el total ({total})</translation>
    </message>
    <message>
        <source>{currency} amounts are whole numbers, without decimal places</source>
        <translation>Los importes en {currency} son números enteros, sin decimales</translation>
    </message>
    <message>
        <source>{currency} amounts have 1 decimal place at most</source>
        <translation>Los importes en {currency} tienen como máximo 1 decimal</translation>
    </message>
    <message>
        <source>{currency} amounts have {places} decimal places at most</source>
        <translation>Los importes en {currency} tienen como máximo {places} decimales</translation>
    </message>
    <message>
        <source>The amount is zero</source>
        <translation>El importe es cero</translation>
    </message>
    <message>
        <source>A negative expenditure is a correction; check it</source>
        <translation>Un gasto negativo es una corrección; compruébelo</translation>
    </message>
    <message>
        <source>A pledge, commitment or incoming amount cannot be negative</source>
        <translation>Una promesa de contribución, un compromiso o un ingreso de fondos no puede ser negativo</translation>
    </message>
    <message>
        <source>The USD rate must be more than zero</source>
        <translation>El tipo de cambio a USD debe ser mayor que cero</translation>
    </message>
    <message>
        <source>The USD rate of an amount in USD is 1</source>
        <translation>El tipo de cambio a USD de un importe en USD es 1</translation>
    </message>
    <message>
        <source>USD amounts have 2 decimal places at most</source>
        <translation>Los importes en USD tienen como máximo 2 decimales</translation>
    </message>
    <message>
        <source>Amount × rate is {expected} USD, not {usd}</source>
        <translation>Importe × tipo de cambio = {expected} USD, no {usd}</translation>
    </message>
    <message>
        <source>Name the funder of a {type}</source>
        <translation>Indique el financiador (tipo de transacción: {type})</translation>
    </message>
    <message>
        <source>The date {date} is more than a year ahead</source>
        <translation>La fecha {date} está a más de un año en el futuro</translation>
    </message>
    <message>
        <source>The link should start with https://</source>
        <translation>El enlace debería comenzar por https://</translation>
    </message>
    <message>
        <source>Over {factor}× the office&apos;s usual {currency} rate (1 {currency} = {usual} USD): typed the wrong way round?</source>
        <extracomment>How many times above or below the usual rate of its currency a line&apos;s USD rate may be before it is questioned. A rate typed the wrong way round (63.9 MZN per USD stored as USD per MZN) is off by the rate squared, thousands of times; a real year&apos;s swing, even a devaluation, rarely reaches five. Near parity (EUR, GBP, CHF) the two ways differ by less than this, and no warning can tell them apart.</extracomment>
        <translation>Más de {factor}× el tipo de cambio habitual de la oficina para {currency} (1 {currency} = {usual} USD): ¿se escribió al revés?</translation>
    </message>
    <message>
        <source>Under 1/{factor} of the office&apos;s usual {currency} rate (1 {currency} = {usual} USD): typed the wrong way round?</source>
        <translation>Menos de 1/{factor} del tipo de cambio habitual de la oficina para {currency} (1 {currency} = {usual} USD): ¿se escribió al revés?</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>the disk is full</source>
        <extracomment>Partial files of versions before scratch folders (``.NAME.xlsx.part``) have no owner: removed once this old. What :func:`_disk_problem` finds: kinds of failure that have words of their own (the rest are the system&apos;s words).</extracomment>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>read-only file system</source>
        <translation>sistema de archivos de solo lectura</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>free some space on that disk and try again</source>
        <translation>libere espacio en ese disco y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>choose a folder you can write to</source>
        <translation>elija una carpeta en la que pueda escribir</translation>
    </message>
    <message>
        <source>check the folder and try again</source>
        <translation>compruebe la carpeta y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>{count} rows would break foreign keys, first in table {table}</source>
        <extracomment>The PostgreSQL advisory lock a schema upgrade holds to its commit (&quot;fbschema&quot; in ASCII).</extracomment>
        <translation>{count} filas infringirían las claves foráneas; la primera, en la tabla {table}</translation>
    </message>
    <message>
        <source>{path}: no such data file</source>
        <extracomment>A file of this name beside the executable of a built copy makes it portable (a USB stick). The data folder of a portable copy, beside the executable. Writes are refused: opened read-only, or (PostgreSQL) the database role may not write (:func:`read_only_text`).</extracomment>
        <translation>{path}: no existe ese archivo de datos</translation>
    </message>
    <message>
        <source>{path} is already open in another Fieldbook window or process; close it there first</source>
        <translation>{path} ya está abierto en otra ventana o proceso de Fieldbook; ciérrelo allí primero</translation>
    </message>
    <message>
        <source>empty</source>
        <comment>a store with no schema yet</comment>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>{where} is not at this version&apos;s schema ({schema}); open it once in Fieldbook (or with a command that writes) to bring it up to date</source>
        <translation>{where} no tiene el esquema de esta versión (su esquema: {schema}); ábralo una vez en Fieldbook (o con un comando que escriba en él) para actualizarlo</translation>
    </message>
    <message>
        <source>this store is open read-only: your database role cannot write to it</source>
        <translation>esta base de datos está abierta en modo de solo lectura: su rol de base de datos no puede escribir en ella</translation>
    </message>
    <message>
        <source>this store is open read-only</source>
        <translation>esta base de datos está abierta en modo de solo lectura</translation>
    </message>
    <message>
        <source>{path} is not a readable Fieldbook data file ({reason})</source>
        <translation>{path} no es un archivo de datos de Fieldbook legible ({reason})</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); restore a backup from Settings › Backups</source>
        <translation>{path} está dañado ({problem}); restaure una copia de seguridad desde Configuración › Copias de seguridad</translation>
    </message>
    <message>
        <source>{path} is not a Fieldbook data file (a database with other tables: {tables}); check the path</source>
        <translation>{path} no es un archivo de datos de Fieldbook (es una base de datos con otras tablas: {tables}); compruebe la ruta</translation>
    </message>
    <message>
        <source>{path} holds no Fieldbook store; check the path, or import into it to create one</source>
        <translation>{path} no contiene ninguna base de datos de Fieldbook; compruebe la ruta, o importe paquetes en él para crear una</translation>
    </message>
    <message>
        <source>updating {path} failed ({reason}); the file was restored from {backup}</source>
        <translation>no se pudo actualizar {path} ({reason}); el archivo se restauró a partir de {backup}</translation>
    </message>
    <message>
        <source>creating the store at {where} failed ({reason}); nothing was changed</source>
        <translation>no se pudo crear la base de datos en {where} ({reason}); no se cambió nada</translation>
    </message>
    <message>
        <source>updating the store from schema {schema} at {where} failed ({reason}); nothing was changed</source>
        <translation>no se pudo actualizar la base de datos del esquema {schema} en {where} ({reason}); no se cambió nada</translation>
    </message>
    <message>
        <source>{path}: the snapshot taken before an import could not be written to {folder} ({reason}), so nothing was changed: {todo}</source>
        <translation>{path}: no se pudo escribir en {folder} la instantánea previa a la importación ({reason}), por lo que no se cambió nada: {todo}</translation>
    </message>
    <message>
        <source>{path}: the backup taken before updating it could not be written to {folder} ({reason}), so nothing was changed: {todo}</source>
        <translation>{path}: no se pudo escribir en {folder} la copia de seguridad previa a su actualización ({reason}), por lo que no se cambió nada: {todo}</translation>
    </message>
    <message>
        <source>{path}: the backup could not be written to {folder} ({reason}), so nothing was changed: {todo}</source>
        <translation>{path}: no se pudo escribir la copia de seguridad en {folder} ({reason}), por lo que no se cambió nada: {todo}</translation>
    </message>
    <message>
        <source>make that folder writable and try again</source>
        <translation>permita escribir en esa carpeta y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>{path}: restoring {backup} failed ({reason}); the data file was left as it was</source>
        <translation>{path}: no se pudo restaurar {backup} ({reason}); el archivo de datos quedó como estaba</translation>
    </message>
    <message>
        <source>{path}: the disk is full; free some space on it and try again</source>
        <translation>{path}: el disco está lleno; libere espacio en él y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>{path}: Fieldbook cannot write in its folder {folder} ({reason}); it keeps a lock and a small index beside the data file: copy the file to a folder you can write to, or make this one writable</source>
        <translation>{path}: Fieldbook no puede escribir en su carpeta {folder} ({reason}); guarda un bloqueo y un pequeño índice junto al archivo de datos: copie el archivo en una carpeta en la que pueda escribir, o permita escribir en esta</translation>
    </message>
    <message>
        <source>{path} is not a Fieldbook data file (it is empty); check the path, or restore a backup</source>
        <translation>{path} no es un archivo de datos de Fieldbook (está vacío); compruebe la ruta o restaure una copia de seguridad</translation>
    </message>
    <message>
        <source>{where} was written by a newer version of Fieldbook (schema {schema}); this version knows up to {head}: install the newer version to open it</source>
        <translation>{where} se escribió con una versión más reciente de Fieldbook (esquema {schema}); esta versión admite hasta el {head}: instale la versión más reciente para abrirlo</translation>
    </message>
    <message>
        <source>database {database} does not exist on the PostgreSQL server at {where}; check the name, or create it (createdb {database})</source>
        <translation>la base de datos {database} no existe en el servidor PostgreSQL de {where}; compruebe el nombre o créela (createdb {database})</translation>
    </message>
    <message>
        <source>the PostgreSQL server at {where} refused user {user} ({reason}); check the user name and password</source>
        <translation>el servidor PostgreSQL de {where} rechazó al usuario {user} ({reason}); compruebe el nombre de usuario y la contraseña</translation>
    </message>
    <message>
        <source>cannot reach the PostgreSQL server at {where}: {reason}; check the address and that the server runs</source>
        <translation>no se puede conectar con el servidor PostgreSQL de {where}: {reason}; compruebe la dirección y que el servidor esté en funcionamiento</translation>
    </message>
</context>
</TS>
