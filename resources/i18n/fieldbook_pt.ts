<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Fieldbook {version}</source>
        <extracomment>The help window of no main window (``show_help(None, …)``), kept so it is not collected while shown.</extracomment>
        <translation>Fieldbook {version}</translation>
    </message>
    <message>
        <source>Package format: {format}</source>
        <translation>Formato do pacote: {format}</translation>
    </message>
    <message>
        <source>Store schema: {schema}</source>
        <translation>Esquema da base de dados: {schema}</translation>
    </message>
    <message>
        <source>Data file in use (schema {schema}):</source>
        <translation>Ficheiro de dados em uso (esquema {schema}):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>About Fieldbook</source>
        <translation>Sobre o Fieldbook</translation>
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
        <translation> (alterado, ainda não gravado)</translation>
    </message>
    <message>
        <source>✗ see below</source>
        <translation>✗ ver abaixo</translation>
    </message>
    <message>
        <source>⚠ see below</source>
        <translation>⚠ ver abaixo</translation>
    </message>
    <message>
        <source>✓ sums agree</source>
        <translation>✓ somas corretas</translation>
    </message>
</context>
<context>
    <name>BeneficiaryPage</name>
    <message>
        <source>Beneficiaries</source>
        <extracomment>Unsaved counts appeared or went away (the status bar tells the truth). What the grid shows (initiative, period, reach): where the pickers go back to when a move is cancelled. A record to show once its initiative is chosen: (initiative, period, reach) — a problem opened from the export dialog.</extracomment>
        <translation>Beneficiários</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Período</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Período de relatório</translation>
    </message>
    <message>
        <source>A half-year (2026-H2), a quarter (2026-Q4) or a year; the grid opens on the latest period with counts for the initiative</source>
        <translation>Um semestre (2026-H2), um trimestre (2026-Q4) ou um ano; a tabela abre no período mais recente com contagens para a iniciativa</translation>
    </message>
    <message>
        <source>&amp;Reach</source>
        <translation>&amp;Alcance</translation>
    </message>
    <message>
        <source>Direct or indirect</source>
        <translation>Direto ou indireto</translation>
    </message>
    <message>
        <source>Beneficiary counts by group</source>
        <translation>Contagens de beneficiários por grupo</translation>
    </message>
    <message>
        <source>Problems in the counts</source>
        <translation>Problemas nas contagens</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totais</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;verter</translation>
    </message>
    <message>
        <source>Revert unsaved counts</source>
        <translation>Reverter as contagens não gravadas</translation>
    </message>
    <message>
        <source>&amp;Save counts</source>
        <translation>&amp;Gravar contagens</translation>
    </message>
    <message>
        <source>Save the changed rows (Ctrl+S)</source>
        <translation>Gravar as linhas alteradas (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save counts</source>
        <translation>Gravar contagens</translation>
    </message>
    <message>
        <source>The beneficiary counts of {period}</source>
        <translation>As contagens de beneficiários de {period}</translation>
    </message>
    <message>
        <source>Targeted {targeted} · reached {reached}</source>
        <translation>Alvo {targeted} · alcançado {reached}</translation>
    </message>
    <message>
        <source>Edit beneficiary counts</source>
        <translation>Editar contagens de beneficiários</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Não gravado: {error}</translation>
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
        <translation>Situação</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>City or locality</source>
        <translation>Cidade ou localidade</translation>
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
        <translation>Início</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Partner type</source>
        <translation>Tipo de parceiro</translation>
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
        <translation>Data</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transação</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>Tipo de fonte</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalidade</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montante</translation>
    </message>
    <message>
        <source>USD rate</source>
        <translation>Taxa de câmbio (USD)</translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation>Montante (USD)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <source>{low}–{high} years</source>
        <translation>{low}–{high} anos</translation>
    </message>
    <message>
        <source>{low} years and over</source>
        <translation>{low} anos ou mais</translation>
    </message>
    <message>
        <source>{band}: {years}. The four age bands add up to the total.</source>
        <translation>{band}: {years}. As quatro faixas etárias somam o total.</translation>
    </message>
    <message>
        <source>People of this sex; female, male and other add up to the total.</source>
        <translation>Pessoas deste sexo; feminino, masculino e outro somam o total.</translation>
    </message>
    <message>
        <source>Persons with disabilities, of any age or sex (part of the total).</source>
        <translation>Pessoas com deficiência, de qualquer idade ou sexo (parte do total).</translation>
    </message>
    <message>
        <source>Everyone counted in this group.</source>
        <translation>Todas as pessoas contadas neste grupo.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Feminino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Other sex</source>
        <translation>Outro sexo</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Crianças</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Jovens</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adultos</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Pessoas idosas</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Com deficiência</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>Alvo</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Alcançado</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificação</translation>
    </message>
</context>
<context>
    <name>Consolidate</name>
    <message>
        <source>Unreadable</source>
        <translation>Ilegível</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitado</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Escritório</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequência</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registos</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erros</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
</context>
<context>
    <name>ConsolidatePage</name>
    <message>
        <source>Consolidate packages</source>
        <extracomment>How often the page asks who is importing into a PostgreSQL store, while it is shown.</extracomment>
        <translation>Consolidar pacotes</translation>
    </message>
    <message>
        <source>Drop package files (.xlsx) here, or add them. Each is checked at once: merge the valid ones into one package, or import them into this data file.</source>
        <translation>Arraste para aqui os ficheiros de pacote (.xlsx) ou adicione-os. Cada um é verificado de imediato: os válidos podem ser fundidos num único pacote ou importados para este ficheiro de dados.</translation>
    </message>
    <message>
        <source>Drop package files (.xlsx) here, or add them. Each is checked at once: merge the valid ones into one package, or import them into this store.</source>
        <translation>Arraste para aqui os ficheiros de pacote (.xlsx) ou adicione-os. Cada um é verificado de imediato: os válidos podem ser fundidos num único pacote ou importados para esta base de dados.</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pacotes</translation>
    </message>
    <message>
        <source>Problems of the selected package</source>
        <translation>Problemas do pacote selecionado</translation>
    </message>
    <message>
        <source>Select a package to see its problems here.</source>
        <translation>Selecione um pacote para ver aqui os seus problemas.</translation>
    </message>
    <message>
        <source>&amp;Add packages…</source>
        <translation>&amp;Adicionar pacotes…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Show &amp;problems</source>
        <translation>Mostrar &amp;problemas</translation>
    </message>
    <message>
        <source>&amp;Merge to file…</source>
        <translation>F&amp;undir num ficheiro…</translation>
    </message>
    <message>
        <source>&amp;Import into this data file…</source>
        <translation>&amp;Importar para este ficheiro de dados…</translation>
    </message>
    <message>
        <source>&amp;Import into this store…</source>
        <translation>&amp;Importar para esta base de dados…</translation>
    </message>
    <message>
        <source>&amp;Undo last import…</source>
        <translation>&amp;Desfazer a última importação…</translation>
    </message>
    <message>
        <source>Imports under way</source>
        <translation>Importações em curso</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Último resultado</translation>
    </message>
    <message>
        <source>Add packages</source>
        <translation>Adicionar pacotes</translation>
    </message>
    <message>
        <source>Fieldbook packages (*.xlsx);;All files (*)</source>
        <translation>Pacotes do Fieldbook (*.xlsx);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Checking packages…</source>
        <translation>Verificação dos pacotes em curso…</translation>
    </message>
    <message>
        <source>{file}: {status}, {errors} errors, {warnings} warnings</source>
        <translation>{file}: {status}, {errors} erros, {warnings} avisos</translation>
    </message>
    <message>
        <source>Merge into which folder?</source>
        <translation>Em que pasta gravar o pacote fundido?</translation>
    </message>
    <message>
        <source>Merging packages…</source>
        <translation>Fusão dos pacotes em curso…</translation>
    </message>
    <message>
        <source>Merged into {file}: {records} records, {conflicts} conflicts, {superseded} superseded. Report: merge-report.xlsx beside it.</source>
        <translation>Fundido em {file}: {records} registos, {conflicts} conflitos, {superseded} substituídos. Relatório: merge-report.xlsx, na mesma pasta.</translation>
    </message>
    <message>
        <source>Checking what the import would change…</source>
        <translation>Verificação do que a importação alteraria…</translation>
    </message>
    <message>
        <source>Signing keys new to this data file — confirm each fingerprint with its office (by phone) before you answer Yes:</source>
        <translation>Chaves de assinatura novas para este ficheiro de dados — confirme cada impressão digital com o escritório correspondente (por telefone) antes de responder Sim:</translation>
    </message>
    <message>
        <source>Signing keys new to this store — confirm each fingerprint with its office (by phone) before you answer Yes:</source>
        <translation>Chaves de assinatura novas para esta base de dados — confirme cada impressão digital com o escritório correspondente (por telefone) antes de responder Sim:</translation>
    </message>
    <message>
        <source>Not signed (anyone could have written them); importing records your name in the ledger:</source>
        <translation>Sem assinatura (podem ter sido escritos por qualquer pessoa); ao importar, o seu nome fica inscrito no registo de importações:</translation>
    </message>
    <message>
        <source>A dry run of the import found:

{lines}{trust}

Import for real? The last import can be undone.</source>
        <translation>Uma simulação da importação encontrou:

{lines}{trust}

Importar efetivamente? A última importação pode ser desfeita.</translation>
    </message>
    <message>
        <source>Import packages?</source>
        <translation>Importar os pacotes?</translation>
    </message>
    <message>
        <source>A dry run of the import found:

{lines}{trust}

Import for real? A backup of the data file is taken first, and the last import can be undone.</source>
        <translation>Uma simulação da importação encontrou:

{lines}{trust}

Importar efetivamente? Antes, é feita uma cópia de segurança do ficheiro de dados, e a última importação pode ser desfeita.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importação cancelada; nada foi alterado.</translation>
    </message>
    <message>
        <source>Importing packages…</source>
        <translation>Importação dos pacotes em curso…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>Cancelado; nada foi importado.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>One package was imported before it; the others were not.</source>
        <translation>Um pacote foi importado antes deste; os restantes não.</translation>
    </message>
    <message>
        <source>{n} packages were imported before it; the others were not.</source>
        <translation>{n} pacotes foram importados antes deste; os restantes não.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e mais %n</numerusform>
            <numerusform>e mais %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) imported {when} by {who} — {offices}: {files}</source>
        <translation>
            <numerusform>%n pacote importado em {when} por {who} — {offices}: {files}</numerusform>
            <numerusform>%n pacotes importados em {when} por {who} — {offices}: {files}</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo last import?</source>
        <translation>Desfazer a última importação?</translation>
    </message>
    <message>
        <source>Undo the last import?

{what}

What these packages created is removed and what they changed or deleted comes back as it was; their ledger entries go, so they can be imported again. It is refused, with nothing undone, if records they wrote were edited or imported again since.</source>
        <translation>Desfazer a última importação?

{what}

O que estes pacotes criaram é removido, e o que alteraram ou eliminaram volta a ficar como estava; as suas entradas no registo de importações são retiradas, para que possam ser importados novamente. A operação é recusada, sem nada ser desfeito, se registos que eles escreveram tiverem sido editados ou importados novamente desde então.</translation>
    </message>
    <message>
        <source>Undoing the last import…</source>
        <translation>A desfazer a última importação…</translation>
    </message>
    <message numerus="yes">
        <source>Undid the import of %n package(s): {files}</source>
        <translation>
            <numerusform>Importação de %n pacote desfeita: {files}</numerusform>
            <numerusform>Importação de %n pacotes desfeita: {files}</numerusform>
        </translation>
    </message>
    <message>
        <source>{who} is importing into this store since {time}</source>
        <translation>{who} está a importar para esta base de dados desde as {time}</translation>
    </message>
    <message>
        <source>{who} is importing into this store</source>
        <translation>{who} está a importar para esta base de dados</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelado; nada foi escrito.</translation>
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
        <translation>Como as pessoas são contadas: uma iniciativa informa as suas pessoas em cada período, e as mesmas pessoas são muitas vezes informadas de novo no período seguinte. Por isso, para cada iniciativa e grupo conta apenas um período, o que tem o valor mais alto (de dois períodos com o mesmo valor, o mais recente), e esses valores são somados entre iniciativas e grupos: alguém contado em 2023-H1 e de novo em 2023-H2 é contado uma só vez. Os valores alvo e alcançado são escolhidos separadamente. O Resumo do escritório lista os relatórios de cada período tal como foram feitos; aqui não são somados. Os beneficiários indiretos nunca são somados aos diretos.</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Escritório</translation>
    </message>
    <message>
        <source>From package</source>
        <translation>Pacote de origem</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
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
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montante</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Parceiro</translation>
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
        <translation>Registo</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <extracomment>How often the page asks, while shown, whether an import has committed into the store.</extracomment>
        <translation>Painel</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
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
        <translation>Escritório</translation>
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
        <translation>Exportar relatório…</translation>
    </message>
    <message>
        <source>Export the KPI report as a workbook</source>
        <translation>Exportar o relatório de indicadores-chave (KPI) como ficheiro Excel</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Iniciativas</translation>
    </message>
    <message>
        <source>Countries supported</source>
        <translation>Países apoiados</translation>
    </message>
    <message>
        <source>Cities supported</source>
        <translation>Cidades apoiadas</translation>
    </message>
    <message>
        <source>People reached (direct)</source>
        <translation>Pessoas alcançadas (alcance direto)</translation>
    </message>
    <message>
        <source>People targeted (direct)</source>
        <translation>Pessoas-alvo (alcance direto)</translation>
    </message>
    <message>
        <source>Funds received (USD)</source>
        <translation>Fundos recebidos (USD)</translation>
    </message>
    <message>
        <source>Funds committed (USD)</source>
        <translation>Fundos comprometidos (USD)</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Parceiros</translation>
    </message>
    <message>
        <source>Knowledge products</source>
        <translation>Produtos de conhecimento</translation>
    </message>
    <message>
        <source>SDG targets touched</source>
        <translation>Metas dos ODS abrangidas</translation>
    </message>
    <message>
        <source>Funds pledged (USD)</source>
        <translation>Fundos prometidos (USD)</translation>
    </message>
    <message>
        <source>Funds spent (USD)</source>
        <translation>Fundos gastos (USD)</translation>
    </message>
    <message>
        <source>Each initiative&apos;s group counted once, in its period with the highest figure</source>
        <translation>Cada grupo de cada iniciativa contado uma vez, no período com o valor mais alto</translation>
    </message>
    <message>
        <source>People by group: targeted and reached</source>
        <translation>Pessoas por grupo: alvo e alcançado</translation>
    </message>
    <message>
        <source>Funds by transaction type (USD millions)</source>
        <translation>Fundos por tipo de transação (milhões de USD)</translation>
    </message>
    <message>
        <source>Funds received by source</source>
        <translation>Fundos recebidos por fonte</translation>
    </message>
    <message>
        <source>Initiatives by status</source>
        <translation>Iniciativas por situação</translation>
    </message>
    <message>
        <source>Click a figure to see the records behind it.</source>
        <translation>Clique sobre um valor para ver os registos que o compõem.</translation>
    </message>
    <message>
        <source>{n} reached indirectly</source>
        <translation>{n} alcançadas indiretamente</translation>
    </message>
    <message>
        <source>from {n} countries</source>
        <translation>de {n} países</translation>
    </message>
    <message>
        <source>{n} of 17 goals</source>
        <translation>{n} de 17 objetivos</translation>
    </message>
    <message>
        <source>Dashboard — {filters}</source>
        <translation>Painel — {filters}</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Alcançado</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>Alvo</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation>Prometido</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Comprometido</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Records behind: {figure}</source>
        <translation>Registos subjacentes: {figure}</translation>
    </message>
    <message>
        <source>Export the KPI report</source>
        <translation>Exportar o relatório de indicadores-chave</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Ficheiro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>Relatório criado</translation>
    </message>
    <message>
        <source>The KPI report is in {path}</source>
        <translation>O relatório de indicadores-chave está em {path}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export package</source>
        <extracomment>Problems listed in the dialog; the rest are counted. The person wants to fix a problem: entity, record id (the dialog closes; the window opens the record).</extracomment>
        <translation>Exportar pacote</translation>
    </message>
    <message>
        <source>Checking the records…</source>
        <translation>Verificação dos registos em curso…</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Período de relatório</translation>
    </message>
    <message>
        <source>A half-year (2026-H2), a quarter (2026-Q4) or a year (2026)</source>
        <translation>Um semestre (2026-H2), um trimestre (2026-Q4) ou um ano (2026)</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Período</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Pasta de destino</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Esco&amp;lher…</translation>
    </message>
    <message>
        <source>Choose the destination folder</source>
        <translation>Escolher a pasta de destino</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>P&amp;asta</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>Número sequencial</translation>
    </message>
    <message>
        <source>The office&apos;s packages are numbered 1, 2, 3… across periods: one more than the highest in the folder. Headquarters notices a gap.</source>
        <translation>Os pacotes do escritório são numerados 1, 2, 3… ao longo dos períodos: um a mais do que o número mais alto na pasta. A sede nota qualquer lacuna.</translation>
    </message>
    <message>
        <source>&amp;Sequence</source>
        <translation>&amp;Sequência</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nome do ficheiro</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <source>What will go</source>
        <translation>O que será enviado</translation>
    </message>
    <message>
        <source>What goes</source>
        <translation>O que é enviado</translation>
    </message>
    <message>
        <source>Problems found by the rules; Enter opens the record</source>
        <translation>Problemas encontrados pelas regras; Enter abre o registo</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Resultado da exportação</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Show in f&amp;older</source>
        <translation>Mostrar na pas&amp;ta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>This data file cannot be exported as an office package</source>
        <translation>Este ficheiro de dados não pode ser exportado como pacote de escritório</translation>
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
            <numerusform>%Ln contagem de beneficiários</numerusform>
            <numerusform>%Ln contagens de beneficiários</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln funding line(s)</source>
        <translation>
            <numerusform>%Ln linha de financiamento</numerusform>
            <numerusform>%Ln linhas de financiamento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln parceiro</numerusform>
            <numerusform>%Ln parceiros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner link(s)</source>
        <translation>
            <numerusform>%Ln associação de parceiro</numerusform>
            <numerusform>%Ln associações de parceiros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln knowledge product(s)</source>
        <translation>
            <numerusform>%Ln produto de conhecimento</numerusform>
            <numerusform>%Ln produtos de conhecimento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deletion(s)</source>
        <translation>
            <numerusform>%Ln eliminação</numerusform>
            <numerusform>%Ln eliminações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln erro</numerusform>
            <numerusform>%Ln erros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln aviso</numerusform>
            <numerusform>%Ln avisos</numerusform>
        </translation>
    </message>
    <message>
        <source>The office profile and all its records: {list}.</source>
        <translation>O perfil do escritório e todos os seus registos: {list}.</translation>
    </message>
    <message>
        <source>{errors} to fix first: the regional office&apos;s check would refuse the package. Press Enter on a problem (or double-click it) to open its record.</source>
        <translation>{errors} a corrigir primeiro: a verificação do escritório regional recusaria o pacote. Pressione Enter sobre um problema (ou faça duplo clique nele) para abrir o registo correspondente.</translation>
    </message>
    <message>
        <source>And {warnings}.</source>
        <translation>E {warnings}.</translation>
    </message>
    <message>
        <source>No errors. {warnings} to look at (the package can go as it is); Enter opens the record.</source>
        <translation>Sem erros. {warnings} a analisar (o pacote pode seguir tal como está); Enter abre o registo.</translation>
    </message>
    <message>
        <source>The rules find no problem in the records.</source>
        <translation>As regras não encontram nenhum problema nos registos.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… e mais {n}</translation>
    </message>
    <message>
        <source>The records could not be read</source>
        <translation>Não foi possível ler os registos</translation>
    </message>
    <message>
        <source>Folder for the package</source>
        <translation>Pasta do pacote</translation>
    </message>
    <message>
        <source>“{text}” is not a period: type 2026-H2, 2026-Q4 or 2026</source>
        <translation>“{text}” não é um período: escreva 2026-H2, 2026-Q4 ou 2026</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>Criação do pacote em curso…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Checked as the regional office will check it: valid.</source>
        <translation>Verificado tal como será verificado pelo escritório regional: válido.</translation>
    </message>
    <message>
        <source>Checked as the regional office will check it: {errors}; open the file in Consolidate to see them.</source>
        <translation>Verificado tal como será verificado pelo escritório regional: {errors}; abra o ficheiro em Consolidar para ver os detalhes.</translation>
    </message>
    <message>
        <source>Exported {file} ({records} records) to {folder}.</source>
        <translation>{file} ({records} registos) exportado para {folder}.</translation>
    </message>
    <message>
        <source>Send this file to your regional office.</source>
        <translation>Envie este ficheiro ao seu escritório regional.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportação cancelada; nada foi escrito.</translation>
    </message>
    <message>
        <source>The package was not written: {error}</source>
        <translation>O pacote não foi criado: {error}</translation>
    </message>
</context>
<context>
    <name>FunderField</name>
    <message>
        <source>&amp;New partner…</source>
        <extracomment>Create a partner: the name typed, if it matches none.</extracomment>
        <translation>&amp;Novo parceiro…</translation>
    </message>
    <message>
        <source>Create a new partner as the funder</source>
        <translation>Criar um novo parceiro como financiador</translation>
    </message>
    <message>
        <source>Create a partner that is not in the list yet (Alt+N)</source>
        <translation>Criar um parceiro que ainda não está na lista (Alt+N)</translation>
    </message>
</context>
<context>
    <name>FundingPage</name>
    <message>
        <source>Funding</source>
        <translation>Financiamento</translation>
    </message>
    <message>
        <source>&amp;New line</source>
        <translation>&amp;Nova linha</translation>
    </message>
    <message>
        <source>New funding line (Ctrl+N)</source>
        <translation>Nova linha de financiamento (Ctrl+N)</translation>
    </message>
    <message>
        <source>New funding line</source>
        <translation>Nova linha de financiamento</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Edit the selected funding line</source>
        <translation>Editar a linha de financiamento selecionada</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete the selected funding line</source>
        <translation>Eliminar a linha de financiamento selecionada</translation>
    </message>
    <message>
        <source>Funding lines</source>
        <translation>Linhas de financiamento</translation>
    </message>
    <message>
        <source>Totals in USD</source>
        <translation>Totais em USD</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Fieldbook user guide</source>
        <extracomment>A section&apos;s anchor: a line of its own in the Markdown. What an anchor line becomes for Qt&apos;s Markdown reader (a paragraph of plain text), until load_guide removes it. Pictures wider than this are shown scaled down, so a screenshot fits the window without scrolling sideways.</extracomment>
        <translation>Guia de utilização do Fieldbook</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guia de utilização</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of Fieldbook.</source>
        <translation>O guia de utilização não está instalado nesta cópia do Fieldbook.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>created</source>
        <translation>criado</translation>
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
        <translation>Selecione um registo para ver o seu histórico.</translation>
    </message>
    <message>
        <source>Change history of the selected record</source>
        <translation>Histórico de alterações do registo selecionado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to this record; newest first.</source>
        <translation>
            <numerusform>%Ln alteração a este registo; a mais recente primeiro.</numerusform>
            <numerusform>%Ln alterações a este registo; as mais recentes primeiro.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record is deleted (tombstone kept).</source>
        <translation>O registo está eliminado (marca de eliminação conservada).</translation>
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
        <translation>Pesquisar (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Search {what}</source>
        <translation>Pesquisar em {what}</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Novo</translation>
    </message>
    <message>
        <source>New record (Ctrl+N)</source>
        <translation>Novo registo (Ctrl+N)</translation>
    </message>
    <message>
        <source>New {what}</source>
        <translation>Novo registo em {what}</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Edit the selected record (Enter)</source>
        <translation>Editar o registo selecionado (Enter)</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>Editar o registo selecionado</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete the selected record (Del)</source>
        <translation>Eliminar o registo selecionado (Del)</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>Eliminar o registo selecionado</translation>
    </message>
    <message>
        <source>List of {what}</source>
        <translation>Lista de {what}</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Linhas apresentadas</translation>
    </message>
    <message>
        <source>Loading initiatives…</source>
        <translation>Carregamento das iniciativas em curso…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Carregamento</translation>
    </message>
    <message>
        <source>Loading cancelled; press F5 to load the list.</source>
        <translation>Carregamento cancelado; pressione F5 para carregar a lista.</translation>
    </message>
    <message>
        <source>The list could not be loaded: {error}</source>
        <translation>Não foi possível carregar a lista: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln registo</numerusform>
            <numerusform>%Ln registos</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} records shown</source>
        <translation>{shown} de {total} registos apresentados</translation>
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
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Iniciativas</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Beneficiários</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financiamento</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Parceiros</translation>
    </message>
    <message>
        <source>Knowledge products</source>
        <translation>Produtos de conhecimento</translation>
    </message>
    <message>
        <source>Office summary</source>
        <translation>Resumo do escritório</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>Consolidate</source>
        <translation>Consolidar</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>History of the selected record</source>
        <translation>Histórico do registo selecionado</translation>
    </message>
    <message>
        <source>Record counts</source>
        <translation>Número de registos</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Todas as alterações gravadas</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Estado da gravação</translation>
    </message>
    <message>
        <source>Data file in use</source>
        <translation>Ficheiro de dados em uso</translation>
    </message>
    <message>
        <source>Data file in use: {path}</source>
        <translation>Ficheiro de dados em uso: {path}</translation>
    </message>
    <message>
        <source>{store} (read-only)</source>
        <translation>{store} (só de leitura)</translation>
    </message>
    <message>
        <source>Fieldbook — headquarters store {store}</source>
        <translation>Fieldbook — base de dados da sede {store}</translation>
    </message>
    <message>
        <source>Headquarters store: {store}</source>
        <translation>Base de dados da sede: {store}</translation>
    </message>
    <message>
        <source>Headquarters store in use: {store}</source>
        <translation>Base de dados da sede em uso: {store}</translation>
    </message>
    <message>
        <source>Headquarters store in use</source>
        <translation>Base de dados da sede em uso</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>&amp;Open headquarters store…</source>
        <translation>&amp;Abrir a base de dados da sede…</translation>
    </message>
    <message>
        <source>Read every office&apos;s records in a headquarters store: a SQLite file or a PostgreSQL database</source>
        <translation>Consultar os registos de todos os escritórios numa base de dados da sede: um ficheiro SQLite ou uma base de dados PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Recent stores</source>
        <translation>Bases de dados &amp;recentes</translation>
    </message>
    <message>
        <source>&amp;Back to my office data file</source>
        <translation>&amp;Voltar ao ficheiro de dados do meu escritório</translation>
    </message>
    <message>
        <source>Close the headquarters store and open this office&apos;s own data file again</source>
        <translation>Fechar a base de dados da sede e voltar a abrir o ficheiro de dados do próprio escritório</translation>
    </message>
    <message>
        <source>&amp;Export package…</source>
        <translation>&amp;Exportar pacote…</translation>
    </message>
    <message>
        <source>Write this period&apos;s package for the regional office</source>
        <translation>Criar o pacote deste período para o escritório regional</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;Novo registo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gravar</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Procurar</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Re&amp;carregar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guia de utilização</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;About Fieldbook</source>
        <translation>&amp;Sobre o Fieldbook</translation>
    </message>
    <message>
        <source>Fieldbook — {name} ({code})</source>
        <translation>Fieldbook — {name} ({code})</translation>
    </message>
    <message>
        <source>No recent stores</source>
        <translation>Nenhuma base de dados recente</translation>
    </message>
    <message>
        <source>Back to my office data file</source>
        <translation>Voltar ao ficheiro de dados do meu escritório</translation>
    </message>
    <message>
        <source>Building the demo office…</source>
        <translation>Criação do escritório de demonstração em curso…</translation>
    </message>
    <message>
        <source>Demo office</source>
        <translation>Escritório de demonstração</translation>
    </message>
    <message>
        <source>{initiative} initiatives · {beneficiary_count} beneficiary counts · {funding_line} funding lines · {partner} partners · {knowledge_product} knowledge products</source>
        <translation>{initiative} iniciativas · {beneficiary_count} contagens de beneficiários · {funding_line} linhas de financiamento · {partner} parceiros · {knowledge_product} produtos de conhecimento</translation>
    </message>
    <message>
        <source>Saved with a warning: {message}</source>
        <translation>Gravado com um aviso: {message}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete this {what}? It can be undone with Ctrl+Z; a tombstone is kept so the deletion travels in the next package.</source>
        <translation>Eliminar este registo ({what})? É possível desfazer com Ctrl+Z; é conservada uma marca de eliminação para que a eliminação siga no próximo pacote.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Manter</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Gravação em curso…</translation>
    </message>
    <message>
        <source>Unsaved beneficiary counts (Ctrl+S saves)</source>
        <translation>Contagens de beneficiários não gravadas (Ctrl+S grava)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Não gravado</translation>
    </message>
    <message>
        <source>Something went wrong: {message}</source>
        <translation>Ocorreu um erro: {message}</translation>
    </message>
    <message>
        <source>Undo or redo could not be applied: {message}</source>
        <translation>Não foi possível desfazer ou refazer: {message}</translation>
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
        <translation>Configurar o meu escritório</translation>
    </message>
    <message>
        <source>&amp;Start recording</source>
        <translation>&amp;Começar a trabalhar</translation>
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
        <translation>Adicionar</translation>
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
        <translation>perfil do escritório</translation>
    </message>
    <message>
        <source>initiative</source>
        <translation>iniciativa</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>parceiro</translation>
    </message>
    <message>
        <source>beneficiary counts</source>
        <translation>contagens de beneficiários</translation>
    </message>
    <message>
        <source>funding line</source>
        <translation>linha de financiamento</translation>
    </message>
    <message>
        <source>knowledge product</source>
        <translation>produto de conhecimento</translation>
    </message>
    <message>
        <source>partner link</source>
        <translation>associação de parceiro</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Calendar</source>
        <translation>Calendário</translation>
    </message>
    <message>
        <source>Type the date as 2024-03-01 or {short}; Alt+Down opens the calendar, Up and Down move it a day</source>
        <translation>Escreva a data como 2024-03-01 ou {short}; Alt+Down abre o calendário, as setas Up e Down mudam a data um dia</translation>
    </message>
    <message>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>Escolher a data num calendário (Alt+Down)</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Abrir o calendário</translation>
    </message>
    <message>
        <source>Leave the date empty (Ctrl+Delete)</source>
        <translation>Deixar a data em branco (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Clear date</source>
        <translation>Limpar a data</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Não definida</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Records are entered in the office&apos;s own data file; this is a headquarters store</source>
        <translation>Os registos são introduzidos no ficheiro de dados do próprio escritório; esta é uma base de dados da sede</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não gravadas</translation>
    </message>
    <message>
        <source>{what} have changes that are not saved yet.</source>
        <translation>{what} têm alterações ainda não gravadas.</translation>
    </message>
    <message>
        <source>Save them, discard them, or go back to them?</source>
        <translation>Gravá-las, descartá-las ou voltar a elas?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gravar</translation>
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
        <translation>Parceiros</translation>
    </message>
    <message>
        <source>Knowledge products</source>
        <translation>Produtos de conhecimento</translation>
    </message>
</context>
<context>
    <name>PartnerLinksEditor</name>
    <message>
        <source>Partner to link</source>
        <extracomment>Add was pressed on a name that matches no partner: the typed name.</extracomment>
        <translation>Parceiro a associar</translation>
    </message>
    <message>
        <source>Role of the partner</source>
        <translation>Função do parceiro</translation>
    </message>
    <message>
        <source>&amp;Add partner</source>
        <translation>&amp;Adicionar parceiro</translation>
    </message>
    <message>
        <source>Add the partner with this role</source>
        <translation>Adicionar o parceiro com esta função</translation>
    </message>
    <message>
        <source>Add the partner with this role (Enter in the partner box); a name that is not in the list creates a new partner</source>
        <translation>Adicionar o parceiro com esta função (Enter na caixa do parceiro); um nome que não está na lista cria um novo parceiro</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Parceiro</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Linked partners</source>
        <translation>Parceiros associados</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Remover selecionado</translation>
    </message>
    <message>
        <source>Remove the selected partner link</source>
        <translation>Remover a associação de parceiro selecionada</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Problems in {file}</source>
        <translation>Problemas em {file}</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Sem problemas.</translation>
    </message>
</context>
<context>
    <name>RateField</name>
    <message>
        <source>Which way the rate goes</source>
        <extracomment>Which way a typed rate goes: USD for one unit of the currency (how the store keeps it), or units for one USD. Currencies quoted as USD for one unit (EUR/USD 1.08); every other one is quoted as units for one USD (63.9 MZN). The places FundingLine.usd_rate keeps (DecimalText(24, 10)).</extracomment>
        <translation>Sentido da taxa de câmbio</translation>
    </message>
    <message>
        <source>How the rate you type is read: units of the currency for one US dollar, or US dollars for one unit of the currency</source>
        <translation>Como é lida a taxa escrita: unidades da moeda por um dólar dos EUA, ou dólares dos EUA por uma unidade da moeda</translation>
    </message>
    <message>
        <source>The rate both ways</source>
        <translation>A taxa nos dois sentidos</translation>
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
        <translation>Criar {what}</translation>
    </message>
    <message>
        <source>Edit {what}</source>
        <translation>Editar {what}</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado da gravação</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gravar</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Gravar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalhes</translation>
    </message>
    <message>
        <source>SD&amp;G targets</source>
        <translation>&amp;Metas dos ODS</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Parceiros</translation>
    </message>
    <message>
        <source>Save the changes to this {what}?</source>
        <translation>Gravar as alterações deste registo ({what})?</translation>
    </message>
    <message>
        <source>Discard closes the editor and loses what was typed; Cancel goes back to it.</source>
        <translation>Descartar fecha o editor e perde o que foi escrito; Cancelar volta ao editor.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Fill in the fields marked * to save.</source>
        <translation>Preencha os campos marcados com * para gravar.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) to fix before saving.</source>
        <translation>
            <numerusform>%Ln problema a corrigir antes de gravar.</numerusform>
            <numerusform>%Ln problemas a corrigir antes de gravar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Can be saved; %Ln warning(s) to check.</source>
        <translation>
            <numerusform>Pode ser gravado; %Ln aviso a verificar.</numerusform>
            <numerusform>Pode ser gravado; %Ln avisos a verificar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Gravação em curso…</translation>
    </message>
    <message>
        <source>Not saved: another record already has this code or these keys.</source>
        <translation>Não gravado: outro registo já tem este código ou estas chaves.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Não gravado: {error}</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Parts of the record</source>
        <translation>Partes do registo</translation>
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
        <translation>Problema no campo {field}</translation>
    </message>
    <message>
        <source>“{text}” is not in the list; type part of a name and pick one</source>
        <translation>“{text}” não está na lista; escreva parte de um nome e escolha uma opção</translation>
    </message>
    <message>
        <source>2024-03-01 or {short}</source>
        <translation>2024-03-01 ou {short}</translation>
    </message>
    <message>
        <source>“{text}” is not a date; type it as {ways}</source>
        <translation>“{text}” não é uma data; escreva a data como {ways}</translation>
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
        <translation>{n} registos. “Pacote de origem” indica o pacote de onde veio cada registo, ou que este foi introduzido nesta base de dados.</translation>
    </message>
    <message>
        <source>Each row is the period that counts for one initiative and group: the one with the highest figure (of two equal periods, the later one). The other periods&apos; reports are left out, so that people reported again are counted once; these rows add up to the figure.</source>
        <translation>Cada linha é o período que conta para uma iniciativa e um grupo: o que tem o valor mais alto (de dois períodos com o mesmo valor, o mais recente). Os relatórios dos outros períodos ficam de fora, para que as pessoas informadas de novo sejam contadas uma só vez; a soma destas linhas dá o valor apresentado.</translation>
    </message>
</context>
<context>
    <name>SdgPicker</name>
    <message>
        <source>Find a target: 11.1, housing, slum…</source>
        <translation>Procurar uma meta: 11.1, habitação, assentamento…</translation>
    </message>
    <message>
        <source>Find an SDG target</source>
        <translation>Procurar uma meta dos ODS</translation>
    </message>
    <message>
        <source>Goal {goal}: {label}</source>
        <translation>Objetivo {goal}: {label}</translation>
    </message>
    <message>
        <source>SDG targets</source>
        <translation>Metas dos ODS</translation>
    </message>
    <message>
        <source>Selected: {codes}</source>
        <translation>Selecionadas: {codes}</translation>
    </message>
    <message>
        <source>No target selected</source>
        <translation>Nenhuma meta selecionada</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Áreas das configurações</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Gravar perfil</translation>
    </message>
    <message>
        <source>Save the office profile</source>
        <translation>Gravar o perfil do escritório</translation>
    </message>
    <message>
        <source>The office code is in every record and package of the office, so it cannot be changed once the office is set up.</source>
        <translation>O código do escritório consta de todos os registos e pacotes do escritório, por isso não pode ser alterado após a configuração do escritório.</translation>
    </message>
    <message>
        <source>Office profile</source>
        <translation>Perfil do escritório</translation>
    </message>
    <message>
        <source>&amp;Language of Fieldbook&apos;s windows and messages:</source>
        <translation>&amp;Idioma das janelas e mensagens do Fieldbook:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Predefinição do sistema ({language})</translation>
    </message>
    <message>
        <source>Kept for you on this computer. The window is rebuilt in the new language at once; counts you typed and did not save yet stay as they are. The language of the packages your office exports is the office profile&apos;s.</source>
        <translation>Esta escolha fica memorizada para si neste computador. A janela é reconstruída de imediato no novo idioma; as contagens que escreveu e ainda não gravou ficam como estão. O idioma dos pacotes que o seu escritório exporta é o definido no perfil do escritório.</translation>
    </message>
    <message>
        <source>&amp;Apply language</source>
        <translation>A&amp;plicar idioma</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data folder&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pasta de dados&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Pasta de dados</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data file&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ficheiro de dados&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The data file, its backups and these settings live in this folder. To keep them somewhere else — a shared drive or a USB stick — start Fieldbook with &lt;code&gt;fieldbook --data-dir FOLDER&lt;/code&gt;.</source>
        <translation>O ficheiro de dados, as suas cópias de segurança e estas configurações ficam nesta pasta. Para usar outro local — uma unidade de rede ou uma memória USB — inicie o Fieldbook com &lt;code&gt;fieldbook --data-dir PASTA&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signing key&lt;/b&gt;</source>
        <translation>&lt;b&gt;Chave de assinatura&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Chave de assinatura</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>&amp;Abrir a pasta de dados</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Abrir a pasta de dados</translation>
    </message>
    <message>
        <source>Fieldbook backs the data file up before every update of its format and every import. Restoring a backup replaces all the data in the file; the current data is backed up first.</source>
        <translation>O Fieldbook faz uma cópia de segurança do ficheiro de dados antes de cada atualização do seu formato e de cada importação. Restaurar uma cópia de segurança substitui todos os dados do ficheiro; antes disso, é feita uma cópia de segurança dos dados atuais.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Cópias de segurança, as mais recentes primeiro</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Fazer cópia de segurança agora</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Fazer cópia de segurança agora</translation>
    </message>
    <message>
        <source>Open backups &amp;folder</source>
        <translation>Abrir a pasta das &amp;cópias de segurança</translation>
    </message>
    <message>
        <source>Open the backups folder</source>
        <translation>Abrir a pasta das cópias de segurança</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>&amp;Restaurar a cópia selecionada…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restaurar a cópia de segurança selecionada</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cópias de segurança</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Made when the office is set up: it signs every package the office exports.</source>
        <translation>Criada quando o escritório é configurado: assina todos os pacotes que o escritório exporta.</translation>
    </message>
    <message>
        <source>{fingerprint}
{path}
It signs every package this office exports, so headquarters knows the package is yours and unchanged. Back it up with the data file, and copy it with the data file to a new computer; read this fingerprint out to headquarters when it asks.</source>
        <translation>{fingerprint}
{path}
Assina todos os pacotes que este escritório exporta, para que a sede saiba que o pacote é seu e não foi alterado. Faça uma cópia de segurança desta chave juntamente com o ficheiro de dados e copie-a com o ficheiro de dados para um computador novo; leia esta impressão digital à sede quando esta a pedir.</translation>
    </message>
    <message>
        <source>{name}  ({size} KB)</source>
        <translation>{name}  ({size} KB)</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Ainda não há cópias de segurança.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Gravação em curso…</translation>
    </message>
    <message>
        <source>Office profile saved.</source>
        <translation>Perfil do escritório gravado.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Não gravado: {error}</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Cópia de segurança em curso…</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Cópia de segurança criada em {path}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar uma cópia de segurança</translation>
    </message>
    <message>
        <source>Replace all the data in the data file with the backup {name}?

The current data is backed up first, and the undo history is cleared.</source>
        <translation>Substituir todos os dados do ficheiro de dados pela cópia de segurança {name}?

Antes, é feita uma cópia de segurança dos dados atuais, e deixa de ser possível desfazer as alterações anteriores.</translation>
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
        <translation>Restauro em curso…</translation>
    </message>
    <message>
        <source>Not restored: {error}</source>
        <translation>Não restaurado: {error}</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>A cópia de segurança foi restaurada.</translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <source>Open headquarters store</source>
        <extracomment>The keyring service a server&apos;s password is kept under. The settings key of the recent stores (URLs or paths, never a password), most recent first. Seconds to wait for a server that does not answer: an address mistyped says so instead of hanging. The store is open: the store, and the target it was opened from (with any password).</extracomment>
        <translation>Abrir a base de dados da sede</translation>
    </message>
    <message>
        <source>Headquarters reads every office&apos;s records in one store: a SQLite file, or a PostgreSQL database that several officers share. Records are still entered in each office&apos;s own data file.</source>
        <translation>A sede consulta os registos de todos os escritórios numa única base de dados: um ficheiro SQLite ou uma base de dados PostgreSQL partilhada por vários funcionários. Os registos continuam a ser introduzidos no ficheiro de dados de cada escritório.</translation>
    </message>
    <message>
        <source>&amp;SQLite file</source>
        <translation>Ficheiro &amp;SQLite</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server</source>
        <translation>Servidor &amp;PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>SQLite file of the store</source>
        <translation>Ficheiro SQLite da base de dados</translation>
    </message>
    <message>
        <source>/path/to/headquarters.sqlite</source>
        <translation>/path/to/headquarters.sqlite</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pro&amp;curar…</translation>
    </message>
    <message>
        <source>Choose the SQLite file</source>
        <translation>Escolher o ficheiro SQLite</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>Ser&amp;vidor</translation>
    </message>
    <message>
        <source>Server host name or address</source>
        <translation>Nome ou endereço do servidor</translation>
    </message>
    <message>
        <source>Por&amp;t</source>
        <translation>Por&amp;ta</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Porta do servidor</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Base de dados</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Nome da base de dados</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utilizador</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de utilizador</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pa&amp;lavra-passe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Palavra-passe</translation>
    </message>
    <message>
        <source>&amp;Remember the password (in the system keyring, not in Fieldbook&apos;s settings)</source>
        <translation>&amp;Memorizar a palavra-passe (no porta-chaves do sistema, não nas configurações do Fieldbook)</translation>
    </message>
    <message>
        <source>This computer has no system keyring: the password cannot be remembered and is asked for each time.</source>
        <translation>Este computador não tem porta-chaves do sistema: não é possível memorizar a palavra-passe, que é pedida de cada vez.</translation>
    </message>
    <message>
        <source>Why the store did not open</source>
        <translation>Motivo pelo qual a base de dados não abriu</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Choose the headquarters store</source>
        <translation>Escolher a base de dados da sede</translation>
    </message>
    <message>
        <source>Fieldbook stores (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de dados do Fieldbook (*.sqlite *.db);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Choose the SQLite file of the store.</source>
        <translation>Escolha o ficheiro SQLite da base de dados.</translation>
    </message>
    <message>
        <source>Fill in the host, the database and the user of the PostgreSQL server.</source>
        <translation>Preencha os campos Servidor, Base de dados e Utilizador do servidor PostgreSQL.</translation>
    </message>
    <message>
        <source>Opening {store}…</source>
        <translation>Abertura de {store} em curso…</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Office summary</source>
        <translation>Resumo do escritório</translation>
    </message>
    <message>
        <source>E&amp;xport package… (Ctrl+E)</source>
        <translation>E&amp;xportar pacote… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export this period&apos;s package for the regional office</source>
        <translation>Exportar o pacote deste período para o escritório regional</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Iniciativas</translation>
    </message>
    <message>
        <source>People (direct)</source>
        <translation>Pessoas (alcance direto)</translation>
    </message>
    <message>
        <source>Funding (USD)</source>
        <translation>Financiamento (USD)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registos</translation>
    </message>
    <message>
        <source>Initiatives by status</source>
        <translation>Iniciativas por situação</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Registos eliminados</translation>
    </message>
    <message>
        <source>Office summary — {name} ({code})</source>
        <translation>Resumo do escritório — {name} ({code})</translation>
    </message>
    <message>
        <source>{active} active · {pipeline} in the pipeline</source>
        <translation>{active} ativas · {pipeline} em preparação</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Parceiros</translation>
    </message>
    <message>
        <source>Beneficiary counts</source>
        <translation>Contagens de beneficiários</translation>
    </message>
    <message>
        <source>Funding lines</source>
        <translation>Linhas de financiamento</translation>
    </message>
    <message>
        <source>Knowledge products</source>
        <translation>Produtos de conhecimento</translation>
    </message>
    <message>
        <source>Deletions are kept as tombstones so that they travel in the next package.</source>
        <translation>As eliminações são conservadas como marcas de eliminação, para seguirem no próximo pacote.</translation>
    </message>
    <message>
        <source>No counts yet</source>
        <translation>Ainda sem contagens</translation>
    </message>
    <message>
        <source>reached of {targeted} targeted, each initiative&apos;s group counted once (as on the Dashboard)</source>
        <translation>alcançadas de {targeted} pessoas-alvo, cada grupo de cada iniciativa contado uma vez (como no Painel)</translation>
    </message>
    <message>
        <source>As reported, per period</source>
        <translation>Tal como informado, por período</translation>
    </message>
    <message>
        <source>{period}: {reached} reached of {targeted} targeted</source>
        <translation>{period}: {reached} alcançadas de {targeted} pessoas-alvo</translation>
    </message>
    <message>
        <source>The periods are not added up: the same people are often reported again in the next period (added up, the periods would give {added}). The figure above takes, for each initiative and group, the period with the highest figure (of two equal periods, the later one) and adds those up, so a person counted in two periods is counted once.</source>
        <translation>Os períodos não são somados: as mesmas pessoas são muitas vezes informadas de novo no período seguinte (somados, os períodos dariam {added}). O valor acima toma, para cada iniciativa e grupo, o período com o valor mais alto (de dois períodos com o mesmo valor, o mais recente) e soma esses valores, de modo que uma pessoa contada em dois períodos é contada uma só vez.</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>Click to list the records behind this figure</source>
        <translation>Clique para listar os registos subjacentes a este valor</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Fieldbook</source>
        <translation>Bem-vindo ao Fieldbook</translation>
    </message>
    <message>
        <source>Fieldbook keeps your office&apos;s portfolio — initiatives, beneficiaries, funding, partners and knowledge products — on this computer, and works without a connection. Each reporting period you send one package to your regional office.</source>
        <translation>O Fieldbook mantém a carteira do seu escritório — iniciativas, beneficiários, financiamento, parceiros e produtos de conhecimento — neste computador e funciona sem acesso à Internet. Em cada período de relatório, é enviado um pacote ao seu escritório regional.</translation>
    </message>
    <message>
        <source>Set up my office</source>
        <translation>Configurar o meu escritório</translation>
    </message>
    <message>
        <source>Enter your office&apos;s code, name, country, region, currency and language, then start recording.</source>
        <translation>Indique o código, o nome, o país, a região, a moeda e o idioma do seu escritório e comece a trabalhar.</translation>
    </message>
    <message>
        <source>Explore the demo office</source>
        <translation>Explorar o escritório de demonstração</translation>
    </message>
    <message>
        <source>Open the Nairobi demo office, filled with initiatives from the Executive Board report, to try Fieldbook out. You can set up your own office later in a new data folder.</source>
        <translation>Abra o escritório de demonstração de Nairobi, preenchido com iniciativas do relatório do Conselho Executivo, para experimentar o Fieldbook. Poderá configurar o seu próprio escritório mais tarde, numa nova pasta de dados.</translation>
    </message>
    <message>
        <source>Data file: {path}</source>
        <translation>Ficheiro de dados: {path}</translation>
    </message>
</context>
<context>
    <name>_OfficePage</name>
    <message>
        <source>Your office</source>
        <translation>O seu escritório</translation>
    </message>
    <message>
        <source>These details go into every package the office sends. Fields marked * are required.</source>
        <translation>Estes dados constam de todos os pacotes que o escritório envia. Os campos marcados com * são obrigatórios.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilização: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionais</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opções</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta mensagem de ajuda e sair</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: erro: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>os seguintes argumentos são obrigatórios: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos não reconhecidos: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>escolha inválida: %(value)r (valores possíveis: %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s inválido: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>era esperado um argumento</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>era esperado pelo menos um argumento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>era esperado no máximo um argumento</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opção ambígua: %(option)s pode corresponder a %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>não permitido com o argumento %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>um dos argumentos %s é obrigatório</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>opção inesperada: %s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>não é possível abrir &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>era esperado %s argumento</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>eram esperados %s argumentos</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Fieldbook: record a country office&apos;s portfolio offline and exchange it as an Excel package. Without a command, opens the desktop app.</source>
        <translation>Fieldbook: registar a carteira de um escritório nacional sem acesso à Internet e trocá-la como pacote Excel. Sem comando, abre a aplicação de ambiente de trabalho.</translation>
    </message>
    <message>
        <source>show the version, the package format and the store schema it writes, and exit</source>
        <translation>mostrar a versão, o formato de pacote e o esquema da base de dados que escreve, e sair</translation>
    </message>
    <message>
        <source>folder for the data file, backups and settings (default: the per-user data folder)</source>
        <translation>pasta do ficheiro de dados, das cópias de segurança e das configurações (predefinição: a pasta de dados de cada utilizador)</translation>
    </message>
    <message>
        <source>the language of the window and of every message: {codes} (default: the app&apos;s setting, else the system&apos;s)</source>
        <translation>o idioma da janela e de todas as mensagens: {codes} (predefinição: a configuração da aplicação ou, na sua falta, a do sistema)</translation>
    </message>
    <message>
        <source>without a command: open the app on this store, a SQLite file or a PostgreSQL URL (a headquarters store; records are entered only in the office&apos;s own data file)</source>
        <translation>sem comando: abrir a aplicação nesta base de dados, um ficheiro SQLite ou um URL PostgreSQL (uma base de dados da sede; os registos só são introduzidos no ficheiro de dados do próprio escritório)</translation>
    </message>
    <message>
        <source>a SQLite file or a SQLAlchemy URL (default: the data folder&apos;s store)</source>
        <translation>um ficheiro SQLite ou um URL SQLAlchemy (predefinição: a base de dados da pasta de dados)</translation>
    </message>
    <message>
        <source>a SQLite file or a SQLAlchemy URL</source>
        <translation>um ficheiro SQLite ou um URL SQLAlchemy</translation>
    </message>
    <message>
        <source>package files (.xlsx)</source>
        <translation>ficheiros de pacote (.xlsx)</translation>
    </message>
    <message>
        <source>who made the hand edits found in these packages (default: &apos;spreadsheet edit&apos;)</source>
        <translation>quem fez as edições manuais encontradas nestes pacotes (predefinição: &apos;spreadsheet edit&apos;)</translation>
    </message>
    <message>
        <source>create a demo office store</source>
        <translation>criar a base de dados de um escritório de demonstração</translation>
    </message>
    <message>
        <source>the SQLite file to create (default: the data folder&apos;s store)</source>
        <translation>o ficheiro SQLite a criar (predefinição: a base de dados da pasta de dados)</translation>
    </message>
    <message>
        <source>which demo office (default KEN-NBO); see --list</source>
        <translation>o escritório de demonstração (predefinição: KEN-NBO); ver --list</translation>
    </message>
    <message>
        <source>list the demo offices and exit</source>
        <translation>listar os escritórios de demonstração e sair</translation>
    </message>
    <message>
        <source>instead, a headquarters store with this many synthetic office portfolios (e.g. 150), as after importing their packages</source>
        <translation>em alternativa, uma base de dados da sede com este número de carteiras sintéticas de escritórios (p. ex., 150), como após a importação dos seus pacotes</translation>
    </message>
    <message>
        <source>show what a store holds</source>
        <translation>mostrar o conteúdo de uma base de dados</translation>
    </message>
    <message>
        <source>write the office&apos;s package (.xlsx)</source>
        <translation>criar o pacote do escritório (.xlsx)</translation>
    </message>
    <message>
        <source>the package file, or a folder: then it is named OFFICE_PERIOD_SEQ.xlsx</source>
        <translation>o ficheiro do pacote, ou uma pasta: nesse caso, o nome do ficheiro é OFFICE_PERIOD_SEQ.xlsx</translation>
    </message>
    <message>
        <source>reporting period, such as 2023-H2 (default: the current half-year)</source>
        <translation>período de relatório, como 2023-H2 (predefinição: o semestre em curso)</translation>
    </message>
    <message>
        <source>sequence number (default: 1 + the highest of this office&apos;s packages in the folder)</source>
        <translation>número sequencial (predefinição: 1 + o número mais alto dos pacotes deste escritório na pasta)</translation>
    </message>
    <message>
        <source>the office&apos;s signing key (default: the one beside the data file, made on first use)</source>
        <translation>a chave de assinatura do escritório (predefinição: a que está ao lado do ficheiro de dados, criada na primeira utilização)</translation>
    </message>
    <message>
        <source>check packages; exit 0 valid, 1 rejected</source>
        <translation>verificar pacotes; código de saída 0 se forem válidos, 1 se forem rejeitados</translation>
    </message>
    <message>
        <source>write an annotated copy (one FILE: OUT.xlsx; several: a folder)</source>
        <translation>criar uma cópia anotada (um só FILE: OUT.xlsx; vários: uma pasta)</translation>
    </message>
    <message>
        <source>print the reports as JSON</source>
        <translation>apresentar os relatórios em JSON</translation>
    </message>
    <message>
        <source>merge packages into one package, with a report of what was merged</source>
        <translation>fundir pacotes num único pacote, com um relatório do que foi fundido</translation>
    </message>
    <message>
        <source>the merged package, or a folder for it</source>
        <translation>o pacote fundido, ou uma pasta para ele</translation>
    </message>
    <message>
        <source>write the merge report: sources, packages left out, conflicts field by field, superseded versions</source>
        <translation>criar o relatório de fusão: origens, pacotes deixados de fora, conflitos campo a campo, versões substituídas</translation>
    </message>
    <message>
        <source>what the merged package is named for, e.g. a region (default MERGED)</source>
        <translation>o nome que identifica o pacote fundido, p. ex., uma região (predefinição: MERGED)</translation>
    </message>
    <message>
        <source>the merged package&apos;s period (default: the latest of the inputs)</source>
        <translation>o período do pacote fundido (predefinição: o mais recente dos pacotes de entrada)</translation>
    </message>
    <message>
        <source>fail the whole merge if any package is invalid</source>
        <translation>fazer falhar toda a fusão se algum pacote for inválido</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>apresentar o resultado em JSON</translation>
    </message>
    <message>
        <source>the region&apos;s signing key (default: the one in the data folder, made on first use)</source>
        <translation>a chave de assinatura da região (predefinição: a que está na pasta de dados, criada na primeira utilização)</translation>
    </message>
    <message>
        <source>import packages into a store, each all-or-nothing</source>
        <translation>importar pacotes para uma base de dados, cada um por inteiro ou nada dele</translation>
    </message>
    <message>
        <source>a SQLite file or a SQLAlchemy URL (postgresql+psycopg://…)</source>
        <translation>um ficheiro SQLite ou um URL SQLAlchemy (postgresql+psycopg://…)</translation>
    </message>
    <message>
        <source>count what would change; change nothing</source>
        <translation>contar o que mudaria, sem alterar nada</translation>
    </message>
    <message>
        <source>undo the last import (every package of its run), on SQLite or PostgreSQL</source>
        <translation>desfazer a última importação (todos os pacotes dessa execução), em SQLite ou PostgreSQL</translation>
    </message>
    <message>
        <source>print the summaries as JSON (and no progress)</source>
        <translation>apresentar os resumos em JSON (sem indicação do progresso)</translation>
    </message>
    <message>
        <source>trust the key of an office (or region) this store has no key for yet, once you have confirmed its fingerprint with them (trust on first use)</source>
        <translation>confiar na chave de um escritório (ou região) para o qual esta base de dados ainda não tem chave, depois de confirmar a sua impressão digital com ele (confiança na primeira utilização)</translation>
    </message>
    <message>
        <source>let in packages without a signature (format 1, or unsigned); each one is recorded in the ledger with your name</source>
        <translation>aceitar pacotes sem assinatura (formato 1, ou não assinados); cada um fica inscrito no registo de importações com o seu nome</translation>
    </message>
    <message>
        <source>the key file (default: the one beside the data file)</source>
        <translation>o ficheiro da chave (predefinição: o que está ao lado do ficheiro de dados)</translation>
    </message>
    <message>
        <source>the data file the key is beside (default: the data folder&apos;s store)</source>
        <translation>o ficheiro de dados ao lado do qual está a chave (predefinição: a base de dados da pasta de dados)</translation>
    </message>
    <message>
        <source>signing keys: this data folder&apos;s own, and the ones a store trusts</source>
        <translation>chaves de assinatura: a desta pasta de dados e aquelas em que uma base de dados confia</translation>
    </message>
    <message>
        <source>this data folder&apos;s signing key: its fingerprint, to read out to headquarters</source>
        <translation>a chave de assinatura desta pasta de dados: a sua impressão digital, para ler à sede</translation>
    </message>
    <message>
        <source>the keys a store knows: trusted, retired, revoked</source>
        <translation>as chaves que uma base de dados conhece: de confiança, retiradas, revogadas</translation>
    </message>
    <message>
        <source>trust the key that signed a package, after confirming its fingerprint with the office</source>
        <translation>confiar na chave que assinou um pacote, depois de confirmar a sua impressão digital com o escritório</translation>
    </message>
    <message>
        <source>a package signed with the key</source>
        <translation>um pacote assinado com a chave</translation>
    </message>
    <message>
        <source>the fingerprint the office read out (checked against the package&apos;s key)</source>
        <translation>a impressão digital lida pelo escritório (comparada com a chave do pacote)</translation>
    </message>
    <message>
        <source>stop trusting a key (lost laptop, departed staff)</source>
        <translation>deixar de confiar numa chave (computador portátil perdido, saída de um funcionário)</translation>
    </message>
    <message>
        <source>the office or region code</source>
        <translation>o código do escritório ou da região</translation>
    </message>
    <message>
        <source>the key&apos;s fingerprint, or its first 8 or more hex digits</source>
        <translation>a impressão digital da chave, ou os seus primeiros 8 ou mais dígitos hexadecimais</translation>
    </message>
    <message>
        <source>why, for the record</source>
        <translation>o motivo, para ficar registado</translation>
    </message>
    <message>
        <source>replace this data folder&apos;s key; the next packages carry the change, signed by the old key</source>
        <translation>substituir a chave desta pasta de dados; os próximos pacotes levam a alteração, assinada pela chave antiga</translation>
    </message>
    <message>
        <source>the office (or region) code the key signs for (default: the store&apos;s office)</source>
        <translation>o código do escritório (ou da região) em nome do qual a chave assina (predefinição: o escritório da base de dados)</translation>
    </message>
    <message>
        <source>portfolio KPIs of a store, on screen, as JSON or as a workbook</source>
        <translation>indicadores-chave (KPI) da carteira de uma base de dados, no ecrã, em JSON ou num ficheiro Excel</translation>
    </message>
    <message>
        <source>2023-H2, 2023-Q3 or 2023 (default: all periods)</source>
        <translation>2023-H2, 2023-Q3 ou 2023 (predefinição: todos os períodos)</translation>
    </message>
    <message>
        <source>only this region (a code)</source>
        <translation>apenas esta região (um código)</translation>
    </message>
    <message>
        <source>only this country (a code)</source>
        <translation>apenas este país (um código)</translation>
    </message>
    <message>
        <source>only this flagship (a code)</source>
        <translation>apenas este programa emblemático (um código)</translation>
    </message>
    <message>
        <source>only this subprogramme (a code)</source>
        <translation>apenas este subprograma (um código)</translation>
    </message>
    <message>
        <source>only this office (a code)</source>
        <translation>apenas este escritório (um código)</translation>
    </message>
    <message>
        <source>write the KPI workbook with charts</source>
        <translation>criar o ficheiro Excel de indicadores-chave, com gráficos</translation>
    </message>
    <message>
        <source>print the figures as JSON</source>
        <translation>apresentar os valores em JSON</translation>
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
        <translation>--headquarters requer um número de escritórios, 1 ou mais</translation>
    </message>
    <message numerus="yes">
        <source>{target}: headquarters demo: %n office(s), {records} records</source>
        <translation>
            <numerusform>{target}: demonstração da sede: %n escritório, {records} registos</numerusform>
            <numerusform>{target}: demonstração da sede: %n escritórios, {records} registos</numerusform>
        </translation>
    </message>
    <message>
        <source>{target}: demo office {code} ({name}): {counts}</source>
        <translation>{target}: escritório de demonstração {code} ({name}): {counts}</translation>
    </message>
    <message>
        <source>--seq must be 1 or more</source>
        <translation>--seq deve ser 1 ou superior</translation>
    </message>
    <message numerus="yes">
        <source>{path}: %n record(s) ({counts}); sha256 {digest}</source>
        <translation>
            <numerusform>{path}: %n registo ({counts}); sha256 {digest}</numerusform>
            <numerusform>{path}: %n registos ({counts}); sha256 {digest}</numerusform>
        </translation>
    </message>
    <message>
        <source>with several files, --report must be an existing folder</source>
        <extracomment>Problems listed per file on the terminal; --report or --json give them all.</extracomment>
        <translation>com vários ficheiros, --report tem de ser uma pasta existente</translation>
    </message>
    <message>
        <source>{path}: the annotated report {out} could not be written ({reason})</source>
        <translation>{path}: não foi possível criar o relatório anotado {out} ({reason})</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see --report or --json)</source>
        <translation>
            <numerusform>… e mais %n (ver --report ou --json)</numerusform>
            <numerusform>… e mais %n (ver --report ou --json)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>merging %n package(s)</source>
        <translation>
            <numerusform>fusão de %n pacote</numerusform>
            <numerusform>fusão de %n pacotes</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid</source>
        <comment>a package left out of a merge</comment>
        <translation>inválido</translation>
    </message>
    <message>
        <source>left out {file}: {problem}</source>
        <translation>{file} deixado de fora: {problem}</translation>
    </message>
    <message>
        <source>--undo-last takes no files and no --dry-run</source>
        <translation>--undo-last não aceita ficheiros nem --dry-run</translation>
    </message>
    <message>
        <source>{db}: undid the import of {file}: {office} #{sequence}, imported {when} UTC</source>
        <translation>{db}: importação de {file} desfeita: {office} #{sequence}, importado em {when} UTC</translation>
    </message>
    <message numerus="yes">
        <source>{db}: undid the import of %n packages ({file} the last of them): {office} #{sequence}, imported {when} UTC</source>
        <translation>
            <numerusform>{db}: importação de %n pacote desfeita ({file}): {office} #{sequence}, importado em {when} UTC</numerusform>
            <numerusform>{db}: importação de %n pacotes desfeita ({file} foi o último): {office} #{sequence}, importado em {when} UTC</numerusform>
        </translation>
    </message>
    <message>
        <source>name the packages to import</source>
        <translation>indique os pacotes a importar</translation>
    </message>
    <message>
        <source>importing {file}</source>
        <translation>importação de {file}</translation>
    </message>
    <message numerus="yes">
        <source>importing %n packages</source>
        <translation>
            <numerusform>importação de %n pacote</numerusform>
            <numerusform>importação de %n pacotes</numerusform>
        </translation>
    </message>
    <message>
        <source>hand edit: {edit}</source>
        <translation>edição manual: {edit}</translation>
    </message>
    <message>
        <source>{file}: {holder} signs with key {fingerprint}, new to this store: trusted (--trust-new-keys)</source>
        <translation>{file}: {holder} assina com a chave {fingerprint}, nova para esta base de dados: considerada de confiança (--trust-new-keys)</translation>
    </message>
    <message>
        <source>initiatives</source>
        <translation>iniciativas</translation>
    </message>
    <message>
        <source>countries, cities</source>
        <translation>países, cidades</translation>
    </message>
    <message>
        <source>beneficiaries</source>
        <translation>beneficiários</translation>
    </message>
    <message>
        <source>{reached} reached of {targeted} targeted (direct); {indirect} reached indirectly</source>
        <translation>{reached} alcançadas de {targeted} pessoas-alvo (alcance direto); {indirect} alcançadas indiretamente</translation>
    </message>
    <message>
        <source>funds (USD)</source>
        <translation>fundos (USD)</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>parceiros</translation>
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
        <translation>produtos de conhecimento</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ODS</translation>
    </message>
    <message>
        <source>{goals} of 17 goals, {targets} of 169 targets</source>
        <translation>{goals} de 17 objetivos, {targets} de 169 metas</translation>
    </message>
    <message>
        <source>workbook</source>
        <translation>ficheiro Excel</translation>
    </message>
    <message>
        <source>KPIs of {target} ({filters})</source>
        <translation>Indicadores-chave de {target} ({filters})</translation>
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
        <translation>recebidos</translation>
    </message>
    <message>
        <source>spent</source>
        <comment>funds</comment>
        <translation>gastos</translation>
    </message>
    <message>
        <source>{path}: new key {fingerprint} for {holder}; the previous key was kept beside it, and the next packages carry the change signed by it</source>
        <translation>{path}: nova chave {fingerprint} para {holder}; a chave anterior foi conservada ao lado dela, e os próximos pacotes levam a alteração, assinada pela chave anterior</translation>
    </message>
    <message>
        <source>{package}: not signed; there is no key to trust</source>
        <translation>{package}: sem assinatura; não há nenhuma chave em que confiar</translation>
    </message>
    <message>
        <source>{package}: signed by key {fingerprint}, not {given}: do not trust it; ask the office which key it uses (fieldbook keys mine)</source>
        <translation>{package}: assinado com a chave {fingerprint}, e não {given}: não confie nela; pergunte ao escritório que chave utiliza (fieldbook keys mine)</translation>
    </message>
    <message>
        <source>{db}: no keys yet (the first package of each office asks to confirm its key)</source>
        <translation>{db}: ainda não há chaves (o primeiro pacote de cada escritório pede a confirmação da sua chave)</translation>
    </message>
    <message numerus="yes">
        <source>{target}: name the holder of the key with --holder (the store holds %n offices)</source>
        <translation>
            <numerusform>{target}: indique o titular da chave com --holder (a base de dados contém %n escritório)</numerusform>
            <numerusform>{target}: indique o titular da chave com --holder (a base de dados contém %n escritórios)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n office(s)</source>
        <translation>
            <numerusform>%n escritório</numerusform>
            <numerusform>%n escritórios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n parceiro</numerusform>
            <numerusform>%n parceiros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner link(s)</source>
        <translation>
            <numerusform>%n associação de parceiro</numerusform>
            <numerusform>%n associações de parceiros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n beneficiary count(s)</source>
        <translation>
            <numerusform>%n contagem de beneficiários</numerusform>
            <numerusform>%n contagens de beneficiários</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n funding line(s)</source>
        <translation>
            <numerusform>%n linha de financiamento</numerusform>
            <numerusform>%n linhas de financiamento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n knowledge product(s)</source>
        <translation>
            <numerusform>%n produto de conhecimento</numerusform>
            <numerusform>%n produtos de conhecimento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tombstone(s)</source>
        <translation>
            <numerusform>%n marca de eliminação</numerusform>
            <numerusform>%n marcas de eliminação</numerusform>
        </translation>
    </message>
    <message>
        <source>the desktop app is not available in this build ({reason}); use a command, see --help</source>
        <translation>a aplicação de ambiente de trabalho não está disponível nesta versão ({reason}); utilize um comando, ver --help</translation>
    </message>
    <message>
        <source>error: --db goes after the command&apos;s name (fieldbook {command} --db …); before it, --db opens the app</source>
        <translation>erro: --db vem depois do nome do comando (fieldbook {command} --db …); antes dele, --db abre a aplicação</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>erro: {message}</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompido</translation>
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
            <numerusform>Sede: %n escritório</numerusform>
            <numerusform>Sede: %n escritórios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>contains macros (vbaProject.bin); a Fieldbook package never does</source>
        <extracomment>Real packages compress their XML 5–30 times; zip bombs compress hundreds to millions of times. Columns and cells (first to last, as a rectangle) a worksheet may span: 100,000 records need about 3.5 million. The compression methods Open Packaging Conventions allow (ECMA-376 Part 2, annex C): stored and deflated.</extracomment>
        <translation>contém macros (vbaProject.bin); um pacote do Fieldbook nunca as contém</translation>
    </message>
    <message>
        <source>links to other workbooks (externalLinks); a Fieldbook package never does</source>
        <translation>contém ligações a outros ficheiros Excel (externalLinks); um pacote do Fieldbook nunca as contém</translation>
    </message>
    <message>
        <source>contains embedded objects (OLE); a Fieldbook package never does</source>
        <translation>contém objetos incorporados (OLE); um pacote do Fieldbook nunca os contém</translation>
    </message>
    <message>
        <source>contains ActiveX controls; a Fieldbook package never does</source>
        <translation>contém controlos ActiveX; um pacote do Fieldbook nunca os contém</translation>
    </message>
    <message>
        <source>no such file</source>
        <extracomment>Worksheet part → (rows, columns) it may span: exact, or an upper bound that is well within the limits.</extracomment>
        <translation>ficheiro inexistente</translation>
    </message>
    <message>
        <source>is not a file</source>
        <translation>não é um ficheiro</translation>
    </message>
    <message>
        <source>is empty (0 bytes)</source>
        <translation>está vazio (0 bytes)</translation>
    </message>
    <message>
        <source>is too large for a package ({size} MB; at most {limit} MB)</source>
        <translation>é demasiado grande para um pacote ({size} MB; no máximo {limit} MB)</translation>
    </message>
    <message>
        <source>is an old .xls workbook or a password-protected one; a package is a plain .xlsx</source>
        <translation>é um ficheiro Excel antigo (.xls) ou protegido por palavra-passe; um pacote é um simples ficheiro .xlsx</translation>
    </message>
    <message>
        <source>is not an Excel .xlsx file (not a zip archive)</source>
        <translation>não é um ficheiro Excel .xlsx (não é um arquivo zip)</translation>
    </message>
    <message>
        <source>is damaged or incomplete (the zip archive is truncated)</source>
        <translation>está danificado ou incompleto (o arquivo zip está truncado)</translation>
    </message>
    <message>
        <source>cannot be opened as a zip archive ({reason})</source>
        <translation>não pode ser aberto como arquivo zip ({reason})</translation>
    </message>
    <message>
        <source>has {count} parts; a package has a few dozen (possible zip bomb)</source>
        <translation>tem {count} partes; um pacote tem algumas dezenas (possível bomba zip)</translation>
    </message>
    <message>
        <source>is a zip archive but not an Excel workbook</source>
        <translation>é um arquivo zip, mas não um ficheiro Excel</translation>
    </message>
    <message>
        <source>is encrypted; a package is a plain .xlsx</source>
        <translation>está encriptado; um pacote é um simples ficheiro .xlsx</translation>
    </message>
    <message>
        <source>{part} is compressed with method {method}; an .xlsx stores its parts plain or deflated</source>
        <translation>{part} está comprimido com o método {method}; um ficheiro .xlsx guarda as suas partes sem compressão ou com o método deflate</translation>
    </message>
    <message>
        <source>would expand to {size} MB (possible zip bomb)</source>
        <translation>ocuparia {size} MB depois de descomprimido (possível bomba zip)</translation>
    </message>
    <message>
        <source>is a macro-enabled workbook (.xlsm); a package never has macros</source>
        <translation>é um ficheiro Excel com macros (.xlsm); um pacote nunca tem macros</translation>
    </message>
    <message>
        <source>is damaged ({part}: {reason})</source>
        <translation>está danificado ({part}: {reason})</translation>
    </message>
    <message>
        <source>{part} expands far beyond its compressed size (possible zip bomb)</source>
        <translation>{part} descomprimido excede em muito o seu tamanho comprimido (possível bomba zip)</translation>
    </message>
    <message>
        <source>{part} is written in UTF-16 or UTF-32, not UTF-8 as Excel writes every XML part; another encoding could hide a DTD from this check</source>
        <translation>{part} está escrito em UTF-16 ou UTF-32 e não em UTF-8, a codificação em que o Excel escreve todas as partes XML; outra codificação poderia ocultar uma DTD a esta verificação</translation>
    </message>
    <message>
        <source>{part} declares a DTD or entities (&lt;!DOCTYPE&gt;); Excel never writes one, it is how XML entity attacks work</source>
        <translation>{part} declara uma DTD ou entidades (&lt;!DOCTYPE&gt;); o Excel nunca as escreve: é assim que funcionam os ataques de entidades XML</translation>
    </message>
    <message>
        <source>{part} claims a range beyond Excel&apos;s last column</source>
        <translation>{part} declara um intervalo para além da última coluna do Excel</translation>
    </message>
    <message>
        <source>{part} has a cell beyond Excel&apos;s last column</source>
        <translation>{part} tem uma célula para além da última coluna do Excel</translation>
    </message>
    <message>
        <source>is damaged or incomplete ({part}: {reason})</source>
        <translation>está danificado ou incompleto ({part}: {reason})</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>não pode ser lido ({reason})</translation>
    </message>
    <message>
        <source>{part} claims cells up to row {row}, column {column}; a package sheet has at most {limit} columns</source>
        <translation>{part} declara células até à linha {row}, coluna {column}; uma folha de pacote tem no máximo {limit} colunas</translation>
    </message>
    <message>
        <source>{part} spans {rows} rows × {columns} columns, more than a package may ({limit} cells)</source>
        <translation>{part} abrange {rows} linhas × {columns} colunas, mais do que um pacote permite ({limit} células)</translation>
    </message>
    <message>
        <source>sheet {name}</source>
        <translation>folha {name}</translation>
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
        <translation>erro</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>(file)</source>
        <translation>(ficheiro)</translation>
    </message>
    <message>
        <source>{rows} and {count} more</source>
        <translation>{rows} e mais {count}</translation>
    </message>
    <message numerus="yes">
        <source>{sheet} row(s) {rows}</source>
        <translation>
            <numerusform>{sheet}, linha {rows}</numerusform>
            <numerusform>{sheet}, linhas {rows}</numerusform>
        </translation>
    </message>
    <message>
        <source>{out}: merged {packages}: {records}, {deletions}, {conflicts}, {superseded}, {duplicates}</source>
        <extracomment>What a merged package keeps of each source&apos;s manifest: its signature and what it signed, so headquarters can check each source against the office that made it (desktop.exchange.trust.check_sources). The winners the report names — of records with a superseded version, and the hand edits found by this merge — not every winner (those are in the package), by record, in the order the records first came.</extracomment>
        <translation>{out}: fusão de {packages}: {records}, {deletions}, {conflicts}, {superseded}, {duplicates}</translation>
    </message>
    <message numerus="yes">
        <source>{count} package(s)</source>
        <translation>
            <numerusform>{count} pacote</numerusform>
            <numerusform>{count} pacotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} record(s)</source>
        <translation>
            <numerusform>{count} registo</numerusform>
            <numerusform>{count} registos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} deletion(s)</source>
        <translation>
            <numerusform>{count} eliminação</numerusform>
            <numerusform>{count} eliminações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} conflict(s)</source>
        <translation>
            <numerusform>{count} conflito</numerusform>
            <numerusform>{count} conflitos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} superseded</source>
        <translation>
            <numerusform>{count} substituído</numerusform>
            <numerusform>{count} substituídos</numerusform>
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
            <numerusform>%n linha editada manualmente aceite como nova versão</numerusform>
            <numerusform>%n linhas editadas manualmente aceites como novas versões</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} is the same package as {first} (one file given twice)</source>
        <translation>{file} é o mesmo pacote que {first} (um ficheiro indicado duas vezes)</translation>
    </message>
    <message numerus="yes">
        <source>left out %n invalid: {files}</source>
        <translation>
            <numerusform>%n pacote inválido deixado de fora: {files}</numerusform>
            <numerusform>%n pacotes inválidos deixados de fora: {files}</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem} (--strict: nothing merged)</source>
        <translation>{problem} (--strict: nada foi fundido)</translation>
    </message>
    <message>
        <source>no valid package to merge ({problem})</source>
        <translation>nenhum pacote válido para fundir ({problem})</translation>
    </message>
    <message>
        <source>no valid package to merge</source>
        <translation>nenhum pacote válido para fundir</translation>
    </message>
    <message numerus="yes">
        <source>{path}: %n errors, first: {problem} (--strict: nothing merged)</source>
        <translation>
            <numerusform>{path}: %n erro: {problem} (--strict: nada foi fundido)</numerusform>
            <numerusform>{path}: %n erros, o primeiro: {problem} (--strict: nada foi fundido)</numerusform>
        </translation>
    </message>
    <message>
        <source>the disk is full</source>
        <extracomment>The page cache of the merged store (a store&apos;s own is 64 MiB): it is written once, in the order of its indexes&apos; first columns mostly, and read once, by the export.</extracomment>
        <translation>o disco está cheio</translation>
    </message>
    <message>
        <source>free some space on that disk and try again</source>
        <translation>liberte espaço nesse disco e tente novamente</translation>
    </message>
    <message>
        <source>check the folder and try again</source>
        <translation>verifique a pasta e tente novamente</translation>
    </message>
    <message>
        <source>the merged package could not be written in {folder} ({reason}); nothing was written: {todo}</source>
        <translation>não foi possível criar o pacote fundido em {folder} ({reason}); nada foi escrito: {todo}</translation>
    </message>
    <message>
        <source>the merge report {path} could not be written ({reason}); the merged package {out} was written; {todo}</source>
        <extracomment>Winning versions written to the merged store at a time (importer.apply_versions): what a merge holds in memory of the records it writes, whatever the number of packages. The page cache of the file of kept versions: enough for its index, which is what adding a version searches. The values a version&apos;s own fields are, for a record: Version.record_id is values[&quot;id&quot;], and so on.</extracomment>
        <translation>não foi possível criar o relatório de fusão {path} ({reason}); o pacote fundido {out} foi criado; {todo}</translation>
    </message>
    <message>
        <source>Merged into {file} · {time} · Fieldbook {version}</source>
        <translation>Fundido em {file} · {time} · Fieldbook {version}</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Escritório</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequência</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registos</translation>
    </message>
    <message>
        <source>Digest (SHA-256)</source>
        <translation>Resumo criptográfico (SHA-256)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fundido</translation>
    </message>
    <message>
        <source>LEFT OUT: invalid (sheet Left out)</source>
        <translation>DEIXADO DE FORA: inválido (folha Left out)</translation>
    </message>
    <message>
        <source>{records} records and {deletions} deletions in the output; {conflicts} conflicts, {superseded} superseded versions, {duplicates} identical copies merged, {left_out} packages left out.</source>
        <translation>Resultado: {records} registos e {deletions} eliminações; {conflicts} conflitos, {superseded} versões substituídas, {duplicates} cópias idênticas fundidas, {left_out} pacotes deixados de fora.</translation>
    </message>
    <message>
        <source>Packages left out of the merge, and why</source>
        <translation>Pacotes deixados de fora da fusão, e porquê</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>inválido</translation>
    </message>
    <message>
        <source>Same revision, different content: the winner is in the output, the loser only here</source>
        <translation>Mesma revisão, conteúdo diferente: a versão mantida está no resultado; a preterida, apenas aqui</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entidade</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registo</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Valor mantido</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Outro valor</translation>
    </message>
    <message>
        <source>Kept from</source>
        <translation>Origem da versão mantida</translation>
    </message>
    <message>
        <source>Other from</source>
        <translation>Origem da outra versão</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(eliminado)</translation>
    </message>
    <message>
        <source>Older revisions replaced by a newer one (kept out of the output)</source>
        <translation>Revisões mais antigas substituídas por uma mais recente (excluídas do resultado)</translation>
    </message>
    <message>
        <source>From package</source>
        <translation>Pacote de origem</translation>
    </message>
    <message>
        <source>Kept revision</source>
        <translation>Revisão mantida</translation>
    </message>
    <message>
        <source>{package} (hand-edited)</source>
        <translation>{package} (editado manualmente)</translation>
    </message>
    <message numerus="yes">
        <source>{count} error(s)</source>
        <translation>
            <numerusform>{count} erro</numerusform>
            <numerusform>{count} erros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} warning(s)</source>
        <translation>
            <numerusform>{count} aviso</numerusform>
            <numerusform>{count} avisos</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: valid: {records}, {errors}, {warnings}</source>
        <translation>{file}: válido: {records}, {errors}, {warnings}</translation>
    </message>
    <message>
        <source>{file}: rejected: {records}, {errors}, {warnings}</source>
        <translation>{file}: rejeitado: {records}, {errors}, {warnings}</translation>
    </message>
    <message>
        <source> (more problems not listed)</source>
        <translation> (há mais problemas não listados)</translation>
    </message>
    <message>
        <source>cannot be read as a workbook ({reason}); the file is damaged or was changed by another program: ask for the package to be exported again</source>
        <extracomment>Signed lines by source package (data digest): a signed office package&apos;s own, a merged package&apos;s Provenance.</extracomment>
        <translation>não pode ser lido como ficheiro Excel ({reason}); o ficheiro está danificado ou foi alterado por outro programa: peça que o pacote seja exportado novamente</translation>
    </message>
    <message>
        <source>sheet {name} cannot be read ({reason}); the file is damaged or was changed by another program: ask for the package to be exported again</source>
        <extracomment>Sheet name → its rows of cell values, streamed, from row 1 and column A. Kinds whose cell text, when already canonical, the digest takes as it is instead of writing the typed value out again (an import spends a tenth of its reading on that otherwise); tests/exchange/test_read_canonical.py checks that text taken so is exactly what the typed value would have been written as. The same, asked of a whole column at once.</extracomment>
        <translation>a folha {name} não pode ser lida ({reason}); o ficheiro está danificado ou foi alterado por outro programa: peça que o pacote seja exportado novamente</translation>
    </message>
    <message>
        <source>is not a Fieldbook package (it has no Manifest sheet)</source>
        <translation>não é um pacote do Fieldbook (não tem a folha Manifest)</translation>
    </message>
    <message>
        <source>The sheet {sheet} is missing</source>
        <translation>Falta a folha {sheet}</translation>
    </message>
    <message>
        <source>The data differs from what was exported (digest mismatch): edited by hand: {rows} (merge and import take each edit as a new version, attributed to the editor)</source>
        <translation>Os dados diferem dos exportados (o resumo criptográfico não coincide): editado manualmente: {rows} (a fusão e a importação tomam cada edição como uma nova versão, atribuída a quem a fez)</translation>
    </message>
    <message>
        <source>The data differs from what was exported (digest mismatch): it was changed by hand or damaged</source>
        <translation>Os dados diferem dos exportados (o resumo criptográfico não coincide): foram alterados manualmente ou estão danificados</translation>
    </message>
    <message numerus="yes">
        <source>The manifest says {rows} row(s) in {sheet}; the sheet has {count}</source>
        <translation>
            <numerusform>O Manifest indica {rows} linha em {sheet}; a folha tem {count}</numerusform>
            <numerusform>O Manifest indica {rows} linhas em {sheet}; a folha tem {count}</numerusform>
        </translation>
    </message>
    <message>
        <source>is not a Fieldbook package (its Manifest does not name the format {format})</source>
        <translation>não é um pacote do Fieldbook (o seu Manifest não indica o formato {format})</translation>
    </message>
    <message>
        <source>has an unreadable format version ({version!r}) in its Manifest</source>
        <translation>tem uma versão de formato ilegível ({version!r}) no seu Manifest</translation>
    </message>
    <message>
        <source>was written by a newer Fieldbook (package format {version}; this Fieldbook reads up to {newest}); update Fieldbook to read it</source>
        <translation>foi escrito por uma versão mais recente do Fieldbook (formato de pacote {version}; este Fieldbook lê até ao {newest}); atualize o Fieldbook para o ler</translation>
    </message>
    <message>
        <source>has package format {version}, which this Fieldbook cannot read</source>
        <translation>tem o formato de pacote {version}, que este Fieldbook não consegue ler</translation>
    </message>
    <message>
        <source>The sheet {sheet} has lost its three header rows (keys, labels, HXL tags)</source>
        <translation>A folha {sheet} perdeu as suas três linhas de cabeçalho (chaves, nomes, etiquetas HXL)</translation>
    </message>
    <message>
        <source>The column {key} appears twice (also column {column})</source>
        <translation>A coluna {key} aparece duas vezes (também na coluna {column})</translation>
    </message>
    <message>
        <source>The column {key} is not part of the package format; it is ignored</source>
        <translation>A coluna {key} não faz parte do formato de pacote; é ignorada</translation>
    </message>
    <message>
        <source>Columns missing from row 1 of {sheet}: {columns}</source>
        <translation>Colunas em falta na linha 1 de {sheet}: {columns}</translation>
    </message>
    <message>
        <source>The record id {id} is also on row {row}</source>
        <translation>O ID de registo {id} também está na linha {row}</translation>
    </message>
    <message>
        <source>The Manifest names {offices}, but every row belongs to {owner}: the Manifest was changed, or this is {owner}&apos;s package; ask {owner} for its own package</source>
        <translation>O Manifest indica {offices}, mas todas as linhas pertencem a {owner}: o Manifest foi alterado, ou este é o pacote de {owner}; peça a {owner} o seu próprio pacote</translation>
    </message>
    <message>
        <source>This row belongs to office {owner}; a package of {offices} may carry only its own records: remove the row, or ask that office for its own package</source>
        <translation>Esta linha pertence ao escritório {owner}; um pacote de {offices} só pode conter os seus próprios registos: remova a linha, ou peça a esse escritório o seu próprio pacote</translation>
    </message>
    <message>
        <source>The profile of office {office} cannot travel in a package of {offices}</source>
        <translation>O perfil do escritório {office} não pode seguir num pacote de {offices}</translation>
    </message>
    <message>
        <source>This deletion is of a record of office {owner}; a package of {offices} may delete only its own records</source>
        <translation>Esta eliminação é de um registo do escritório {owner}; um pacote de {offices} só pode eliminar os seus próprios registos</translation>
    </message>
    <message>
        <source>This hand edit names no valid record id and revision; it was changed after export</source>
        <translation>Esta edição manual não indica um ID de registo e uma revisão válidos; foi alterada após a exportação</translation>
    </message>
    <message>
        <source>This row&apos;s {key} says {text!r}, but its {of} is {expected!r}; Fieldbook goes by the id: correct {of} if the row belongs to {text!r}</source>
        <translation>O campo {key} desta linha indica {text!r}, mas o seu campo {of} é {expected!r}; o Fieldbook segue o ID: corrija {of} se a linha pertencer a {text!r}</translation>
    </message>
    <message>
        <source>The deletion&apos;s {key} is required</source>
        <translation>O campo {key} da eliminação é obrigatório</translation>
    </message>
    <message>
        <source>{entity!r} is not an entity of the package</source>
        <translation>{entity!r} não é uma entidade do pacote</translation>
    </message>
    <message>
        <source>Severity</source>
        <extracomment>The Problems sheet&apos;s headings (translated where they are written) and column widths.</extracomment>
        <translation>Gravidade</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Folha</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Célula</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>ID do registo</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Nenhum problema encontrado.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>Parents before children: the order rows are written in.</extracomment>
        <translation>
            <numerusform>e mais %n</numerusform>
            <numerusform>e mais %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) would change records another office owns ({rows})</source>
        <translation>
            <numerusform>%n linha alteraria registos de outro escritório ({rows})</numerusform>
            <numerusform>%n linhas alterariam registos de outro escritório ({rows})</numerusform>
        </translation>
    </message>
    <message>
        <source>imported</source>
        <extracomment>Child entities and the parents their rows point at (a row whose parent was deleted is stale, not a failure). What the database deletes with a parent (ON DELETE CASCADE): each of these leaves a tombstone too. What each status of an import summary says to a person (the status itself is a code: JSON, tests, the app).</extracomment>
        <translation>importado</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>já importado</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeitado</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>simulação</translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n criado</numerusform>
            <numerusform>%n criados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n atualizado</numerusform>
            <numerusform>%n atualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inalterado</numerusform>
            <numerusform>%n inalterados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <translation>
            <numerusform>%n desatualizado</numerusform>
            <numerusform>%n desatualizados</numerusform>
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
            <numerusform>%n conflito</numerusform>
            <numerusform>%n conflitos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejeitado</numerusform>
            <numerusform>%n rejeitados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hand-edited row(s) accepted</source>
        <translation>
            <numerusform>%n linha editada manualmente aceite</numerusform>
            <numerusform>%n linhas editadas manualmente aceites</numerusform>
        </translation>
    </message>
    <message>
        <source>gap: {office} sequence {numbers} never imported</source>
        <translation>lacuna: {office}, número sequencial {numbers} nunca importado</translation>
    </message>
    <message>
        <source>{reason}; nothing was imported from it</source>
        <extracomment>An import run commits its packages in batches: one transaction holds up to this many records (each package still all-or-nothing, in a savepoint of its own), so the index pages a batch touches are written out once per batch and not once per package — at headquarters scale that is most of an import&apos;s cost. The batch also ends after BATCH_SECONDS, so a power cut loses at most that much work (and nothing is reported imported before its commit). ... and at most this many packages: PostgreSQL keeps the savepoints of an open transaction that wrote in a cache of 64 per connection; past it, every other session&apos;s snapshot must look them up on disk (a known slowdown), so a batch of many small packages ends before it. The SQLite page cache while a batch is open (taken only as pages are used): the pages a batch dirties stay in memory until its commit instead of spilling to the write-ahead log one package at a time.</extracomment>
        <translation>{reason}; nada foi importado deste pacote</translation>
    </message>
    <message>
        <source>{path}: the process reading it stopped abruptly (a damaged or hostile file?)</source>
        <translation>{path}: o processo que o lia parou abruptamente (ficheiro danificado ou malicioso?)</translation>
    </message>
    <message>
        <source>another import</source>
        <extracomment>The PostgreSQL advisory lock every import into a store takes per batch (&quot;fieldbk&quot; in ASCII). What an import&apos;s connection calls itself while it holds the lock (``application_name``): who, and since when (the run&apos;s start, in seconds since 1970, so that a run of several batches shows one time).</extracomment>
        <translation>outra importação</translation>
    </message>
    <message>
        <source>waiting: {who} is writing to this store since {time}; this import goes on when it has committed</source>
        <translation>em espera: {who} escreve nesta base de dados desde {time}; esta importação continua quando essa escrita estiver concluída</translation>
    </message>
    <message>
        <source>waiting: {who} is writing to this store; this import goes on when it has committed</source>
        <translation>em espera: {who} escreve nesta base de dados; esta importação continua quando essa escrita estiver concluída</translation>
    </message>
    <message>
        <source>{reason}; nothing was imported</source>
        <translation>{reason}; nada foi importado</translation>
    </message>
    <message>
        <source>the store refused the package ({reason}); nothing was imported</source>
        <translation>a base de dados recusou o pacote ({reason}); nada foi importado</translation>
    </message>
    <message>
        <source>{sheet} row {row} ({label})</source>
        <translation>{sheet}, linha {row} ({label})</translation>
    </message>
    <message>
        <source>{sheet} row {row}</source>
        <translation>{sheet}, linha {row}</translation>
    </message>
    <message>
        <source>{row}: owned by {owner}, not {office}</source>
        <extracomment>prctl(2) option: the signal a process gets when its parent dies. Who a hand edit is attributed to when no editor is named (``--editor``).</extracomment>
        <translation>{row}: pertence a {owner}, não a {office}</translation>
    </message>
    <message numerus="yes">
        <source>%n {entity} record(s) changed in the store while this package was imported; import it again</source>
        <translation>
            <numerusform>%n registo do tipo {entity} foi alterado na base de dados durante a importação deste pacote; importe-o novamente</numerusform>
            <numerusform>%n registos do tipo {entity} foram alterados na base de dados durante a importação deste pacote; importe-o novamente</numerusform>
        </translation>
    </message>
    <message>
        <source>{row}: deletes a record of {owner}, not of {office}</source>
        <translation>{row}: elimina um registo de {owner}, não de {office}</translation>
    </message>
    <message>
        <source>the {entity} {id} changed in the store while this package was imported; import it again</source>
        <translation>o registo {id} do tipo {entity} foi alterado na base de dados durante a importação deste pacote; importe-o novamente</translation>
    </message>
    <message>
        <source>added</source>
        <translation>adicionado</translation>
    </message>
    <message>
        <source>no value changed</source>
        <translation>nenhum valor alterado</translation>
    </message>
    <message>
        <source>{sheet} {id}: {what} (edited by {editor} in {file}; now revision {revision})</source>
        <translation>{sheet} {id}: {what} (editado por {editor} em {file}; passa a ser a revisão {revision})</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>{path}: {file} was imported by a version of Fieldbook that did not record how to undo an import, so it cannot be undone here</source>
        <translation>{path}: {file} foi importado por uma versão do Fieldbook que não registava como desfazer uma importação, pelo que a sua importação não pode ser desfeita aqui</translation>
    </message>
    <message>
        <source>the snapshot taken before it is {snapshot}</source>
        <translation>a cópia instantânea feita antes dessa importação é {snapshot}</translation>
    </message>
    <message>
        <source>{path}: no import to undo</source>
        <translation>{path}: nenhuma importação a desfazer</translation>
    </message>
    <message>
        <source>trusted</source>
        <extracomment>A fingerprint typed by a person must name at least this many hex digits (32 bits: no accidental match). A key&apos;s status as a person reads it in a sentence (the status itself is stored data).</extracomment>
        <translation>de confiança</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retirada</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revogada</translation>
    </message>
    <message>
        <source>{holder} is not an office code or region label (1 to {most} characters)</source>
        <extracomment>The holder&apos;s current key. No key at all is registered for this holder: a first contact (trust on first use may apply). The holder has other keys, and not this one: refuse, unless a valid rotation from its trusted key comes along. The holder&apos;s key before a signed rotation: what it signed before the rotation is still the holder&apos;s. Revoked (for this holder or any other): never accepted.</extracomment>
        <translation>{holder} não é um código de escritório nem um nome de região (1 a {most} caracteres)</translation>
    </message>
    <message>
        <source>key {fingerprint} was revoked for {holder} on {date}: it is not trusted again unless forced</source>
        <translation>a chave {fingerprint} foi revogada para {holder} em {date}: não volta a ser de confiança, salvo se isso for forçado</translation>
    </message>
    <message>
        <source>key {fingerprint} was revoked for {holder}: it is not trusted again unless forced</source>
        <translation>a chave {fingerprint} foi revogada para {holder}: não volta a ser de confiança, salvo se isso for forçado</translation>
    </message>
    <message>
        <source>the key rotation for {holder} gives no UTC time ({time})</source>
        <translation>a rotação da chave de {holder} não indica uma hora UTC ({time})</translation>
    </message>
    <message>
        <source>the key rotation statement for {holder} does not verify: its signature or its fields are wrong</source>
        <translation>a declaração de rotação da chave de {holder} não passa na verificação: a sua assinatura ou os seus campos estão errados</translation>
    </message>
    <message>
        <source>the key rotation statement does not verify: its signature or its fields are wrong</source>
        <translation>a declaração de rotação da chave não passa na verificação: a sua assinatura ou os seus campos estão errados</translation>
    </message>
    <message>
        <source>the key rotation for {holder} is signed by {old}, a key not registered for {holder}: confirm the new key {new} with the office</source>
        <translation>a rotação da chave de {holder} está assinada com {old}, uma chave não registada para {holder}: confirme a nova chave {new} com o escritório</translation>
    </message>
    <message>
        <source>the key rotation for {holder} is signed by {old}, which is {status}: confirm the new key {new} with the office</source>
        <translation>a rotação da chave de {holder} está assinada com {old}, uma chave cujo estado é “{status}”: confirme a nova chave {new} com o escritório</translation>
    </message>
    <message>
        <source>the key rotation for {holder} names key {new}, which was revoked for {other} on {date}</source>
        <translation>a rotação da chave de {holder} indica a chave {new}, que foi revogada para {other} em {date}</translation>
    </message>
    <message>
        <source>the key rotation for {holder} names key {new}, which was revoked for {other}</source>
        <translation>a rotação da chave de {holder} indica a chave {new}, que foi revogada para {other}</translation>
    </message>
    <message>
        <source>{text} is not a key fingerprint: type at least {least} of its hex digits, as `SHA256:ab12 cd34` or `ab12cd34`</source>
        <translation>{text} não é uma impressão digital de chave: escreva pelo menos {least} dos seus dígitos hexadecimais, como `SHA256:ab12 cd34` ou `ab12cd34`</translation>
    </message>
    <message>
        <source>{holder} has no key whose fingerprint starts with {prefix}: list the keys to see theirs</source>
        <translation>{holder} não tem nenhuma chave cuja impressão digital comece por {prefix}: liste as chaves para ver as respetivas impressões digitais</translation>
    </message>
    <message numerus="yes">
        <source>%n keys of {holder} start with {prefix}: type more of the fingerprint</source>
        <translation>
            <numerusform>%n chave de {holder} começa por {prefix}: escreva mais dígitos da impressão digital</numerusform>
            <numerusform>%n chaves de {holder} começam por {prefix}: escreva mais dígitos da impressão digital</numerusform>
        </translation>
    </message>
    <message>
        <source>REVOKED {date}</source>
        <translation>REVOGADA em {date}</translation>
    </message>
    <message>
        <source>REVOKED</source>
        <translation>REVOGADA</translation>
    </message>
    <message>
        <source>retired {date}</source>
        <translation>retirada em {date}</translation>
    </message>
    <message>
        <source>trusted {date} by {user} ({how})</source>
        <translation>considerada de confiança em {date} por {user} ({how})</translation>
    </message>
    <message>
        <source>restore it from your backup, or move it out of the folder to start a new key (headquarters must then confirm the new key by hand)</source>
        <extracomment>A PEM of an Ed25519 key is about 120 bytes; anything far larger is not one (and is not read into memory whole). Bytes of sha256 shown in a fingerprint: 160 bits, 40 hex digits in ten groups — short enough to read aloud. The fields of a rotation statement; the signature covers the others. What to do about a key file that cannot be read (translated where it is said).</extracomment>
        <translation>restaure-o a partir da sua cópia de segurança, ou retire-o da pasta para começar com uma nova chave (a sede terá então de confirmar a nova chave manualmente)</translation>
    </message>
    <message>
        <source>{text} is not a public key (not base64 text)</source>
        <translation>{text} não é uma chave pública (não é texto base64)</translation>
    </message>
    <message>
        <source>{text} is not a public key ({count} bytes, an Ed25519 key has 32)</source>
        <translation>{text} não é uma chave pública ({count} bytes; uma chave Ed25519 tem 32)</translation>
    </message>
    <message>
        <source>{path}: there is no signing key file here: restore it from your backup (the next export makes a new key, which headquarters must then confirm by hand)</source>
        <translation>{path}: não há aqui nenhum ficheiro de chave de assinatura: restaure-o a partir da sua cópia de segurança (a próxima exportação cria uma nova chave, que a sede terá então de confirmar manualmente)</translation>
    </message>
    <message>
        <source>larger than {size} bytes</source>
        <translation>maior do que {size} bytes</translation>
    </message>
    <message>
        <source>{path} cannot be read as a signing key ({reason}): {advice}</source>
        <translation>{path} não pode ser lido como chave de assinatura ({reason}): {advice}</translation>
    </message>
    <message>
        <source>it is protected by a password</source>
        <translation>está protegido por palavra-passe</translation>
    </message>
    <message>
        <source>a kind of key Fieldbook does not use</source>
        <translation>um tipo de chave que o Fieldbook não utiliza</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>o ficheiro está vazio</translation>
    </message>
    <message>
        <source>damaged, or not a PEM private key</source>
        <translation>danificado, ou não é uma chave privada PEM</translation>
    </message>
    <message>
        <source>a {kind}, not an Ed25519 key</source>
        <translation>{kind}, e não uma chave Ed25519</translation>
    </message>
    <message>
        <source>{path}: the key rotation statement cannot be read ({reason}); restore it from your backup, or rotate the key again</source>
        <translation>{path}: a declaração de rotação da chave não pode ser lida ({reason}); restaure-a a partir da sua cópia de segurança, ou faça de novo a rotação da chave</translation>
    </message>
    <message>
        <source>not a statement</source>
        <translation>não é uma declaração</translation>
    </message>
    <message>
        <source>{path}: too many retired keys named {name}: move some away</source>
        <translation>{path}: demasiadas chaves retiradas com o nome {name}: mova algumas para outro local</translation>
    </message>
    <message>
        <source>(unreadable key)</source>
        <translation>(chave ilegível)</translation>
    </message>
    <message>
        <source>The signed statement in the Manifest is unreadable: the Manifest was changed after signing; ask the office to export the package again</source>
        <translation>A declaração assinada no Manifest está ilegível: o Manifest foi alterado após a assinatura; peça ao escritório que exporte novamente o pacote</translation>
    </message>
    <message>
        <source>The signature does not match: the Manifest was changed after signing, or the package was not made by the key it names; ask the office to export the package again</source>
        <translation>A assinatura não coincide: o Manifest foi alterado após a assinatura, ou o pacote não foi criado com a chave que indica; peça ao escritório que exporte novamente o pacote</translation>
    </message>
    <message>
        <source>The Manifest&apos;s {name} ({value!r}) is not what was signed ({signed!r}): it was changed after signing</source>
        <translation>O campo {name} do Manifest ({value!r}) não corresponde ao que foi assinado ({signed!r}): foi alterado após a assinatura</translation>
    </message>
    <message>
        <source>The Manifest&apos;s list of sources is not what was signed: it was changed after signing</source>
        <translation>A lista de origens do Manifest não corresponde à que foi assinada: foi alterada após a assinatura</translation>
    </message>
    <message>
        <source>Rows were added or removed, a grey fingerprint changed, or a deletion or hand edit changed after the package was signed (values may be edited; those columns not): ask for the package again</source>
        <translation>Foram adicionadas ou removidas linhas, foi alterada uma impressão digital (coluna cinzenta), ou foi alterada uma eliminação ou uma edição manual depois de o pacote ser assinado (os valores podem ser editados; essas colunas não): peça novamente o pacote</translation>
    </message>
    <message>
        <source>it was written by a Fieldbook before signed packages</source>
        <translation>foi escrito por uma versão do Fieldbook anterior aos pacotes assinados</translation>
    </message>
    <message>
        <source>it carries no signature</source>
        <translation>não tem assinatura</translation>
    </message>
    <message>
        <source>{file}: not signed ({reason}); ask the office to export it again with this Fieldbook, or import it with --accept-unsigned (recorded in the ledger)</source>
        <translation>{file}: sem assinatura ({reason}); peça ao escritório que o exporte novamente com este Fieldbook, ou importe-o com --accept-unsigned (fica inscrito no registo de importações)</translation>
    </message>
    <message>
        <source>{file}: signed on {date} with {holder}&apos;s key {fingerprint}, which its rotation replaced on {retired}: refused; ask the office for a package signed with its new key</source>
        <translation>{file}: assinado em {date} com a chave {fingerprint} de {holder}, que a rotação de chave substituiu em {retired}: recusado; peça ao escritório um pacote assinado com a sua nova chave</translation>
    </message>
    <message>
        <source>{file}: signed by {holder}&apos;s key {fingerprint}, which was revoked: refused; ask the office for a package signed with its new key</source>
        <translation>{file}: assinado com a chave {fingerprint} de {holder}, que foi revogada: recusado; peça ao escritório um pacote assinado com a sua nova chave</translation>
    </message>
    <message>
        <source>{file}: signed by a key ({fingerprint}) that is not the one on record for {holder}; if the office changed its key, confirm the new fingerprint with it by phone and add it: fieldbook keys trust --db … {holder} &quot;{fingerprint}&quot; (see fieldbook keys list)</source>
        <translation>{file}: assinado com uma chave ({fingerprint}) que não é a registada para {holder}; se o escritório mudou de chave, confirme a nova impressão digital com ele por telefone e adicione-a: fieldbook keys trust --db … {holder} &quot;{fingerprint}&quot; (ver fieldbook keys list)</translation>
    </message>
    <message>
        <source>{file}: signed by {holder} key {fingerprint}, which this store does not know yet: confirm the fingerprint with the office (by phone), then import with --trust-new-keys, or add it first with fieldbook keys trust</source>
        <translation>{file}: assinado com a chave {fingerprint} de {holder}, que esta base de dados ainda não conhece: confirme a impressão digital com o escritório (por telefone) e depois importe com --trust-new-keys, ou adicione-a primeiro com fieldbook keys trust</translation>
    </message>
    <message>
        <source>{file} (source {office} #{sequence})</source>
        <translation>{file} (origem: {office} #{sequence})</translation>
    </message>
    <message>
        <source>its signature does not match what the source package signed</source>
        <translation>a sua assinatura não corresponde ao que o pacote de origem assinou</translation>
    </message>
    <message>
        <source>What {office} signed in its package no. {sequence} is not carried whole (sheet Provenance): its records cannot be checked against its signature; merge again from the office&apos;s own packages</source>
        <translation>O que {office} assinou no seu pacote n.º {sequence} não vem completo (folha Provenance): os seus registos não podem ser verificados face à sua assinatura; volte a fundir a partir dos pacotes do próprio escritório</translation>
    </message>
    <message>
        <source>This row of {owner} is not one {owner} signed, and it is not an attributed hand edit: ask {owner} for its own package</source>
        <translation>Esta linha de {owner} não foi assinada por {owner} nem é uma edição manual atribuída: peça a {owner} o seu próprio pacote</translation>
    </message>
    <message>
        <source>This deletion of a record of {owner} is not one {owner} signed: ask {owner} for its own package</source>
        <translation>Esta eliminação de um registo de {owner} não foi assinada por {owner}: peça a {owner} o seu próprio pacote</translation>
    </message>
    <message numerus="yes">
        <source>cannot undo {file}: %n record(s) it brought in changed by a later import since; nothing was undone</source>
        <extracomment>Parents before children, as an import writes them (the importer&apos;s order too). How each non-JSON type of a row is written (looked up by exact type: an update of many records encodes many rows).</extracomment>
        <translation>
            <numerusform>não é possível desfazer a importação de {file}: %n registo que trouxe foi alterado entretanto por uma importação posterior; nada foi desfeito</numerusform>
            <numerusform>não é possível desfazer a importação de {file}: %n registos que trouxe foram alterados entretanto por uma importação posterior; nada foi desfeito</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot undo {file}: the {entity} {id} it wrote has changed since it was imported; nothing was undone</source>
        <translation>não é possível desfazer a importação de {file}: o registo {id} do tipo {entity} que escreveu foi alterado desde a importação; nada foi desfeito</translation>
    </message>
    <message numerus="yes">
        <source>cannot undo {file}: %n record(s) it wrote edited since it was imported; nothing was undone</source>
        <translation>
            <numerusform>não é possível desfazer a importação de {file}: %n registo que escreveu foi editado desde a importação; nada foi desfeito</numerusform>
            <numerusform>não é possível desfazer a importação de {file}: %n registos que escreveu foram editados desde a importação; nada foi desfeito</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot undo {file}: %n {entity} record(s) it updated changed since it was imported; nothing was undone</source>
        <translation>
            <numerusform>não é possível desfazer a importação de {file}: %n registo do tipo {entity} que atualizou foi alterado desde a importação; nada foi desfeito</numerusform>
            <numerusform>não é possível desfazer a importação de {file}: %n registos do tipo {entity} que atualizou foram alterados desde a importação; nada foi desfeito</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot undo {file}: records it created have %n {child} record(s) added since under them; nothing was undone</source>
        <translation>
            <numerusform>não é possível desfazer a importação de {file}: foi adicionado entretanto %n registo do tipo {child} sob os registos que criou; nada foi desfeito</numerusform>
            <numerusform>não é possível desfazer a importação de {file}: foram adicionados entretanto %n registos do tipo {child} sob os registos que criou; nada foi desfeito</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot undo {file}: %n record(s) it created no longer in the store; nothing was undone</source>
        <translation>
            <numerusform>não é possível desfazer a importação de {file}: %n registo que criou já não está na base de dados; nada foi desfeito</numerusform>
            <numerusform>não é possível desfazer a importação de {file}: %n registos que criou já não estão na base de dados; nada foi desfeito</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>form</name>
    <message>
        <source>The language of the packages this office exports: their README sheet and the row of column names are written in it, with English beside. The language of Fieldbook&apos;s windows is chosen in Settings ▸ Language.</source>
        <translation>O idioma dos pacotes que este escritório exporta: a sua folha README e a linha dos nomes das colunas são escritas nesse idioma, com o inglês ao lado. O idioma das janelas do Fieldbook escolhe-se em Configurações ▸ Idioma.</translation>
    </message>
</context>
<context>
    <name>package</name>
    <message>
        <source>This workbook is a Fieldbook package: one country office&apos;s portfolio for one reporting period.</source>
        <extracomment>Rows between two progress reports (and cancel checks). Data validation and unlocked cells reach down to Excel&apos;s last row, so people can add rows. Let go of each data row&apos;s height once xlsxwriter has written the row out (see _write_entity); off only in tests, to show the package is the same without. Printed pages: A4 (landscape, but for the Manifest) with narrow margins, in inches; text on paper is never smaller than _SMALLEST_PRINTED_PT. A page is reckoned to hold 8 % less than it does: LibreOffice draws a column some 6 % wider than Excel&apos;s 7 pixels a character, and a column that does not fit moves whole to the next page. Across a landscape page at 100 %, in pixels (96 dpi). The README sheet, in the package&apos;s language with English beside (translated in the &quot;package&quot; context).</extracomment>
        <translation>Este ficheiro Excel é um pacote do Fieldbook: a carteira de um escritório nacional num período de relatório.</translation>
    </message>
    <message>
        <source>Each data sheet has three header rows: row 1 the machine keys (do not change them), row 2 the column names, row 3 the HXL hashtags. Records start on row 4. Header rows are protected; data cells are not (Review › Unprotect Sheet, no password, to change the layout).</source>
        <translation>Cada folha de dados tem três linhas de cabeçalho: a linha 1 contém as chaves técnicas (não as altere), a linha 2 os nomes das colunas e a linha 3 as hashtags HXL. Os registos começam na linha 4. As linhas de cabeçalho estão protegidas; as células de dados não (para alterar a disposição, use Rever › Desproteger Folha, sem palavra-passe).</translation>
    </message>
    <message>
        <source>Every row carries its record id (a UUID that never changes), its revision, when it was created and last updated (UTC) and the office that owns it. Keep those columns as they are: they are how packages from many offices are merged. Add new records in Fieldbook itself: a package row without a valid id is refused.</source>
        <translation>Cada linha contém o ID do seu registo (um UUID que nunca muda), a sua revisão, a data de criação e da última atualização (UTC) e o escritório a que pertence. Mantenha essas colunas tal como estão: é através delas que os pacotes de muitos escritórios são fundidos. Adicione novos registos no próprio Fieldbook: uma linha de pacote sem ID válido é recusada.</translation>
    </message>
    <message>
        <source>Coded columns offer a list of codes (sheet CodeLists). Dates are real dates; amounts are numbers unless too long to stay exact in Excel, then they are text. Times are text in ISO 8601, UTC.</source>
        <translation>As colunas codificadas oferecem uma lista de códigos (folha CodeLists). As datas são datas verdadeiras; os montantes são números, exceto quando são demasiado longos para se manterem exatos no Excel, caso em que são texto. As horas são texto no formato ISO 8601, em UTC.</translation>
    </message>
    <message>
        <source>An empty cell in a text column is empty text; in any other column it means not known.</source>
        <translation>Uma célula vazia numa coluna de texto é texto vazio; em qualquer outra coluna, significa valor desconhecido.</translation>
    </message>
    <message>
        <source>Text that contains invisible control characters shows them as ␛ and four hex digits (␛000B).</source>
        <translation>Num texto que contém caracteres de controlo invisíveis, estes aparecem como ␛ seguido de quatro dígitos hexadecimais (␛000B).</translation>
    </message>
    <message>
        <source>Sheet Deletions lists records deleted in the office. Sheet Manifest describes the package and holds a digest of its data: if the data was changed by hand, Fieldbook says so when it checks the package.</source>
        <translation>A folha Deletions lista os registos eliminados no escritório. A folha Manifest descreve o pacote e contém um resumo criptográfico dos seus dados: se os dados tiverem sido alterados manualmente, o Fieldbook indica-o ao verificar o pacote.</translation>
    </message>
    <message>
        <source>Check a package with: fieldbook validate FILE.xlsx --report checked.xlsx</source>
        <translation>Verifique um pacote com: fieldbook validate FILE.xlsx --report checked.xlsx</translation>
    </message>
    <message>
        <source>Printed, each sheet is A4 landscape (Manifest portrait) with its column names on every page. A sheet too wide for one page at a readable size prints on several pages across, in order (across, then down), its first column repeated on each. CodeLists prints only a note: clear its print area to print the lists.</source>
        <translation>Na impressão, cada folha sai em A4 horizontal (Manifest na vertical), com os nomes das colunas em todas as páginas. Uma folha demasiado larga para caber numa página num tamanho legível é impressa em várias páginas lado a lado, por ordem (primeiro na horizontal, depois na vertical), com a primeira coluna repetida em cada uma. A folha CodeLists imprime apenas uma nota: limpe a sua área de impressão para imprimir as listas.</translation>
    </message>
    <message>
        <source>Fieldbook package — {office} ({code}), period {period}, no. {sequence}</source>
        <translation>Pacote do Fieldbook — {office} ({code}), período {period}, n.º {sequence}</translation>
    </message>
    <message numerus="yes">
        <source>{sheet}: %n row(s)</source>
        <translation>
            <numerusform>{sheet}: %n linha</numerusform>
            <numerusform>{sheet}: %n linhas</numerusform>
        </translation>
    </message>
    <message>
        <source>Row fingerprint (Fieldbook; do not change)</source>
        <extracomment>Every version this Fieldbook reads. A later Fieldbook reads every earlier version (docs/package-format.md). Version 2 added each row&apos;s fingerprint, the readable link columns, the HandEdits sheet and the signature. Row layout of an entity sheet (1-based, as Excel shows them). Entity → sheet name (≤ 31 characters, stable; never translated: the reader finds sheets by these names). Rows of an entity sheet are written in this order (the digest does not depend on it). HXL hashtag of every column (https://hxlstandard.org/standard/dictionary/), so humanitarian tools can read a sheet. Column widths in characters, by kind; text columns get their own below.</extracomment>
        <translation>Impressão digital da linha (Fieldbook; não alterar)</translation>
    </message>
    <message>
        <source>Initiative (code — title)</source>
        <extracomment>Hex digits of a row fingerprint: 128 bits of sha256, enough that no edit keeps it. Link column → (its readable column&apos;s key, label, HXL tag).</extracomment>
        <translation>Iniciativa (código — título)</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Parceiro</translation>
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
        <translation>Situação</translation>
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
        <translation>Ásia e Pacífico</translation>
    </message>
    <message>
        <source>Latin America and the Caribbean</source>
        <translation>América Latina e Caribe</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>Inclusive communities, thriving cities (urban regeneration)</source>
        <translation>Comunidades inclusivas, cidades prósperas (regeneração urbana)</translation>
    </message>
    <message>
        <source>RISE-UP: resilient settlements for the urban poor</source>
        <translation>RISE-UP: assentamentos resilientes para a população urbana pobre</translation>
    </message>
    <message>
        <source>Inclusive cities: enhancing the positive impact of urban migration</source>
        <translation>Cidades inclusivas: reforçar o impacto positivo da migração urbana</translation>
    </message>
    <message>
        <source>SDG Cities</source>
        <translation>Cidades ODS</translation>
    </message>
    <message>
        <source>People-centred smart cities</source>
        <translation>Cidades inteligentes centradas nas pessoas</translation>
    </message>
    <message>
        <source>Reduced spatial inequality and poverty</source>
        <translation>Redução da desigualdade espacial e da pobreza</translation>
    </message>
    <message>
        <source>Enhanced shared prosperity of cities and regions</source>
        <translation>Maior prosperidade partilhada das cidades e regiões</translation>
    </message>
    <message>
        <source>Strengthened climate action and improved urban environment</source>
        <translation>Ação climática reforçada e melhor ambiente urbano</translation>
    </message>
    <message>
        <source>Effective urban crisis prevention and response</source>
        <translation>Prevenção e resposta eficazes às crises urbanas</translation>
    </message>
    <message>
        <source>Knowledge and evidence</source>
        <translation>Conhecimento e evidências</translation>
    </message>
    <message>
        <source>Global and regional collaboration and capacity</source>
        <translation>Colaboração e capacidade mundiais e regionais</translation>
    </message>
    <message>
        <source>Initiatives and solutions implemented</source>
        <translation>Iniciativas e soluções implementadas</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Em preparação</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativa</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspensa</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>No crisis context</source>
        <translation>Sem contexto de crise</translation>
    </message>
    <message>
        <source>Natural disaster (flood, earthquake, storm)</source>
        <translation>Desastre natural (inundação, sismo, tempestade)</translation>
    </message>
    <message>
        <source>Armed conflict</source>
        <translation>Conflito armado</translation>
    </message>
    <message>
        <source>Protracted displacement</source>
        <translation>Situação prolongada de pessoas deslocadas</translation>
    </message>
    <message>
        <source>Post-crisis recovery and reconstruction</source>
        <translation>Recuperação e reconstrução pós-crise</translation>
    </message>
    <message>
        <source>Residents of neighbourhoods</source>
        <translation>Residentes de bairros</translation>
    </message>
    <message>
        <source>Vulnerable communities</source>
        <translation>Comunidades vulneráveis</translation>
    </message>
    <message>
        <source>Refugees</source>
        <translation>Refugiados</translation>
    </message>
    <message>
        <source>Host communities</source>
        <translation>Comunidades de acolhimento</translation>
    </message>
    <message>
        <source>Internally displaced persons</source>
        <translation>Pessoas deslocadas internamente</translation>
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
        <translation>Funcionários e técnicos governamentais capacitados</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direto</translation>
    </message>
    <message>
        <source>Indirect</source>
        <translation>Indireto</translation>
    </message>
    <message>
        <source>National government</source>
        <translation>Governo nacional</translation>
    </message>
    <message>
        <source>Regional government</source>
        <translation>Governo regional</translation>
    </message>
    <message>
        <source>Local government</source>
        <translation>Governo local</translation>
    </message>
    <message>
        <source>Bilateral cooperation agency</source>
        <translation>Agência de cooperação bilateral</translation>
    </message>
    <message>
        <source>Multilateral organization</source>
        <translation>Organização multilateral</translation>
    </message>
    <message>
        <source>UN entity</source>
        <translation>Entidade das Nações Unidas</translation>
    </message>
    <message>
        <source>Private sector and investors</source>
        <translation>Setor privado e investidores</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Fundação</translation>
    </message>
    <message>
        <source>Vertical climate fund</source>
        <translation>Fundo vertical para o clima</translation>
    </message>
    <message>
        <source>Non-governmental organization</source>
        <translation>Organização não governamental</translation>
    </message>
    <message>
        <source>Academic or research institution</source>
        <translation>Instituição académica ou de investigação</translation>
    </message>
    <message>
        <source>Community-based organization</source>
        <translation>Organização de base comunitária</translation>
    </message>
    <message>
        <source>Implementing partner</source>
        <translation>Parceiro de implementação</translation>
    </message>
    <message>
        <source>Funding partner</source>
        <translation>Parceiro de financiamento</translation>
    </message>
    <message>
        <source>Government counterpart</source>
        <translation>Contraparte governamental</translation>
    </message>
    <message>
        <source>Academic partner</source>
        <translation>Parceiro académico</translation>
    </message>
    <message>
        <source>Private sector partner</source>
        <translation>Parceiro do setor privado</translation>
    </message>
    <message>
        <source>Community partner</source>
        <translation>Parceiro comunitário</translation>
    </message>
    <message>
        <source>Bilateral cooperation</source>
        <translation>Cooperação bilateral</translation>
    </message>
    <message>
        <source>Multilateral</source>
        <translation>Multilateral</translation>
    </message>
    <message>
        <source>UN entities</source>
        <translation>Entidades das Nações Unidas</translation>
    </message>
    <message>
        <source>Foundations</source>
        <translation>Fundações</translation>
    </message>
    <message>
        <source>Vertical climate funds</source>
        <translation>Fundos verticais para o clima</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Recursos de base</translation>
    </message>
    <message>
        <source>Softly earmarked</source>
        <translation>Recursos com destinação flexível</translation>
    </message>
    <message>
        <source>Earmarked</source>
        <translation>Recursos com destinação específica</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>Promessa de contribuição</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromisso</translation>
    </message>
    <message>
        <source>Incoming funds (received)</source>
        <translation>Fundos recebidos</translation>
    </message>
    <message>
        <source>Expenditure</source>
        <translation>Despesa</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Relatório</translation>
    </message>
    <message>
        <source>Guide or handbook</source>
        <translation>Guia ou manual</translation>
    </message>
    <message>
        <source>Policy brief</source>
        <translation>Nota de orientação política</translation>
    </message>
    <message>
        <source>Tool or methodology</source>
        <translation>Ferramenta ou metodologia</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de dados</translation>
    </message>
    <message>
        <source>Training material</source>
        <translation>Material de capacitação</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>Estudo de caso</translation>
    </message>
    <message>
        <source>Video or multimedia</source>
        <translation>Vídeo ou multimédia</translation>
    </message>
    <message>
        <source>No poverty</source>
        <translation>Erradicar a pobreza</translation>
    </message>
    <message>
        <source>Zero hunger</source>
        <translation>Erradicar a fome</translation>
    </message>
    <message>
        <source>Good health and well-being</source>
        <translation>Saúde de qualidade</translation>
    </message>
    <message>
        <source>Quality education</source>
        <translation>Educação de qualidade</translation>
    </message>
    <message>
        <source>Gender equality</source>
        <translation>Igualdade de género</translation>
    </message>
    <message>
        <source>Clean water and sanitation</source>
        <translation>Água potável e saneamento</translation>
    </message>
    <message>
        <source>Affordable and clean energy</source>
        <translation>Energias renováveis e acessíveis</translation>
    </message>
    <message>
        <source>Decent work and economic growth</source>
        <translation>Trabalho digno e crescimento económico</translation>
    </message>
    <message>
        <source>Industry, innovation and infrastructure</source>
        <translation>Indústria, inovação e infraestruturas</translation>
    </message>
    <message>
        <source>Reduced inequalities</source>
        <translation>Reduzir as desigualdades</translation>
    </message>
    <message>
        <source>Sustainable cities and communities</source>
        <translation>Cidades e comunidades sustentáveis</translation>
    </message>
    <message>
        <source>Responsible consumption and production</source>
        <translation>Produção e consumo sustentáveis</translation>
    </message>
    <message>
        <source>Climate action</source>
        <translation>Ação climática</translation>
    </message>
    <message>
        <source>Life below water</source>
        <translation>Proteger a vida marinha</translation>
    </message>
    <message>
        <source>Life on land</source>
        <translation>Proteger a vida terrestre</translation>
    </message>
    <message>
        <source>Peace, justice and strong institutions</source>
        <translation>Paz, justiça e instituições eficazes</translation>
    </message>
    <message>
        <source>Partnerships for the goals</source>
        <translation>Parcerias para a implementação dos objetivos</translation>
    </message>
    <message>
        <source>Eradicate extreme poverty (people living on less than $1.25 a day) everywhere</source>
        <translation>Erradicar a pobreza extrema (pessoas que vivem com menos de 1,25 dólares por dia) em todos os lugares</translation>
    </message>
    <message>
        <source>Reduce at least by half the proportion of people living in poverty in all its dimensions</source>
        <translation>Reduzir pelo menos para metade a proporção de pessoas que vivem na pobreza, em todas as suas dimensões</translation>
    </message>
    <message>
        <source>Implement social protection systems and measures for all, including floors</source>
        <translation>Implementar sistemas e medidas de proteção social para todos, incluindo pisos de proteção social</translation>
    </message>
    <message>
        <source>Equal rights to economic resources, basic services, land, property and financial services</source>
        <translation>Direitos iguais aos recursos económicos, serviços básicos, terra, propriedade e serviços financeiros</translation>
    </message>
    <message>
        <source>Build resilience of the poor and vulnerable to climate-related extremes and disasters</source>
        <translation>Aumentar a resiliência dos mais pobres e vulneráveis a fenómenos extremos relacionados com o clima e a desastres</translation>
    </message>
    <message>
        <source>Mobilize resources for programmes and policies to end poverty in all its dimensions</source>
        <translation>Mobilizar recursos para programas e políticas que acabem com a pobreza em todas as suas dimensões</translation>
    </message>
    <message>
        <source>Create sound policy frameworks based on pro-poor, gender-sensitive development strategies</source>
        <translation>Criar quadros políticos sólidos, baseados em estratégias de desenvolvimento a favor dos pobres e sensíveis ao género</translation>
    </message>
    <message>
        <source>End hunger and ensure access to safe, nutritious and sufficient food all year round</source>
        <translation>Acabar com a fome e garantir o acesso a alimentos seguros, nutritivos e suficientes durante todo o ano</translation>
    </message>
    <message>
        <source>End all forms of malnutrition, including stunting and wasting in children under 5</source>
        <translation>Acabar com todas as formas de malnutrição, incluindo o nanismo e a caquexia em crianças menores de 5 anos</translation>
    </message>
    <message>
        <source>Double the agricultural productivity and incomes of small-scale food producers</source>
        <translation>Duplicar a produtividade agrícola e o rendimento dos pequenos produtores de alimentos</translation>
    </message>
    <message>
        <source>Ensure sustainable food production systems and implement resilient agricultural practices</source>
        <translation>Garantir sistemas sustentáveis de produção de alimentos e implementar práticas agrícolas resilientes</translation>
    </message>
    <message>
        <source>Maintain genetic diversity of seeds, plants and animals; share genetic resource benefits</source>
        <translation>Manter a diversidade genética de sementes, plantas e animais; repartir os benefícios dos recursos genéticos</translation>
    </message>
    <message>
        <source>Increase investment in rural infrastructure, agricultural research, technology, gene banks</source>
        <translation>Aumentar o investimento em infraestruturas rurais, investigação agrícola, tecnologia e bancos de genes</translation>
    </message>
    <message>
        <source>Correct and prevent trade restrictions and distortions in world agricultural markets</source>
        <translation>Corrigir e prevenir as restrições e distorções comerciais nos mercados agrícolas mundiais</translation>
    </message>
    <message>
        <source>Ensure proper functioning of food commodity markets and access to market information</source>
        <translation>Garantir o bom funcionamento dos mercados de produtos alimentares e o acesso à informação sobre os mercados</translation>
    </message>
    <message>
        <source>Reduce the global maternal mortality ratio to less than 70 per 100,000 live births</source>
        <translation>Reduzir a taxa de mortalidade materna mundial para menos de 70 por 100 000 nascidos vivos</translation>
    </message>
    <message>
        <source>End preventable deaths of newborns and children under 5 years of age</source>
        <translation>Acabar com as mortes evitáveis de recém-nascidos e de crianças menores de 5 anos</translation>
    </message>
    <message>
        <source>End epidemics of AIDS, TB, malaria and neglected tropical diseases; combat hepatitis</source>
        <translation>Acabar com as epidemias de SIDA, tuberculose, malária e doenças tropicais negligenciadas; combater a hepatite</translation>
    </message>
    <message>
        <source>Reduce premature mortality from non-communicable diseases by 1/3; promote mental health</source>
        <translation>Reduzir em um terço a mortalidade prematura por doenças não transmissíveis; promover a saúde mental</translation>
    </message>
    <message>
        <source>Strengthen prevention and treatment of substance abuse, including drugs and alcohol</source>
        <translation>Reforçar a prevenção e o tratamento do abuso de substâncias, incluindo drogas e álcool</translation>
    </message>
    <message>
        <source>Halve global deaths and injuries from road traffic accidents</source>
        <translation>Reduzir para metade o número mundial de mortos e feridos em acidentes rodoviários</translation>
    </message>
    <message>
        <source>Ensure universal access to sexual and reproductive health-care services</source>
        <translation>Garantir o acesso universal aos serviços de saúde sexual e reprodutiva</translation>
    </message>
    <message>
        <source>Achieve universal health coverage, including financial risk protection</source>
        <translation>Atingir a cobertura universal de saúde, incluindo a proteção contra riscos financeiros</translation>
    </message>
    <message>
        <source>Reduce deaths and illnesses from hazardous chemicals and air, water and soil pollution</source>
        <translation>Reduzir as mortes e doenças causadas por produtos químicos perigosos e pela poluição do ar, da água e do solo</translation>
    </message>
    <message>
        <source>Strengthen implementation of the WHO Framework Convention on Tobacco Control</source>
        <translation>Reforçar a aplicação da Convenção-Quadro da OMS para o Controlo do Tabaco</translation>
    </message>
    <message>
        <source>Support research and development of vaccines and medicines; access to affordable medicines</source>
        <translation>Apoiar a investigação e o desenvolvimento de vacinas e medicamentos; acesso a medicamentos a preços acessíveis</translation>
    </message>
    <message>
        <source>Increase health financing and the health workforce in developing countries</source>
        <translation>Aumentar o financiamento da saúde e os profissionais de saúde nos países em desenvolvimento</translation>
    </message>
    <message>
        <source>Strengthen capacity for early warning, risk reduction and management of health risks</source>
        <translation>Reforçar a capacidade de alerta precoce, redução e gestão de riscos para a saúde</translation>
    </message>
    <message>
        <source>All girls and boys complete free, equitable, quality primary and secondary education</source>
        <translation>Todas as meninas e meninos concluem um ensino primário e secundário gratuito, equitativo e de qualidade</translation>
    </message>
    <message>
        <source>Ensure access to quality early childhood development, care and pre-primary education</source>
        <translation>Garantir o acesso a um desenvolvimento de qualidade na primeira infância, a cuidados e ao ensino pré-escolar</translation>
    </message>
    <message>
        <source>Equal access to affordable technical, vocational and tertiary education, incl. university</source>
        <translation>Igualdade de acesso a ensino técnico, profissional e superior a preços acessíveis, incluindo a universidade</translation>
    </message>
    <message>
        <source>Increase youth and adults with relevant skills for employment and entrepreneurship</source>
        <translation>Aumentar o número de jovens e adultos com competências relevantes para o emprego e o empreendedorismo</translation>
    </message>
    <message>
        <source>Eliminate gender disparities in education and ensure equal access for the vulnerable</source>
        <translation>Eliminar as disparidades de género na educação e garantir a igualdade de acesso às pessoas vulneráveis</translation>
    </message>
    <message>
        <source>Ensure all youth and a substantial proportion of adults achieve literacy and numeracy</source>
        <translation>Garantir que todos os jovens e uma proporção substancial dos adultos saibam ler, escrever e contar</translation>
    </message>
    <message>
        <source>All learners acquire knowledge and skills needed to promote sustainable development</source>
        <translation>Todos os alunos adquirem os conhecimentos e as competências necessários para promover o desenvolvimento sustentável</translation>
    </message>
    <message>
        <source>Build and upgrade education facilities that are child, disability and gender sensitive</source>
        <translation>Construir e melhorar instalações de ensino adequadas às crianças, às pessoas com deficiência e às questões de género</translation>
    </message>
    <message>
        <source>Expand scholarships available to developing countries for enrolment in higher education</source>
        <translation>Aumentar as bolsas de estudo disponíveis para os países em desenvolvimento para a frequência do ensino superior</translation>
    </message>
    <message>
        <source>Increase the supply of qualified teachers, including through international cooperation</source>
        <translation>Aumentar a oferta de professores qualificados, incluindo através da cooperação internacional</translation>
    </message>
    <message>
        <source>End all forms of discrimination against all women and girls everywhere</source>
        <translation>Acabar com todas as formas de discriminação contra todas as mulheres e meninas, em todos os lugares</translation>
    </message>
    <message>
        <source>Eliminate all violence against women and girls, including trafficking and exploitation</source>
        <translation>Eliminar todas as formas de violência contra mulheres e meninas, incluindo o tráfico e a exploração</translation>
    </message>
    <message>
        <source>Eliminate harmful practices such as child, early and forced marriage and FGM</source>
        <translation>Eliminar práticas nocivas como o casamento infantil, precoce e forçado e a mutilação genital feminina</translation>
    </message>
    <message>
        <source>Recognize and value unpaid care and domestic work</source>
        <translation>Reconhecer e valorizar o trabalho de cuidado e doméstico não remunerado</translation>
    </message>
    <message>
        <source>Ensure women&apos;s full participation and equal opportunities for leadership</source>
        <translation>Garantir a participação plena das mulheres e a igualdade de oportunidades de liderança</translation>
    </message>
    <message>
        <source>Ensure universal access to sexual and reproductive health and reproductive rights</source>
        <translation>Garantir o acesso universal à saúde sexual e reprodutiva e aos direitos reprodutivos</translation>
    </message>
    <message>
        <source>Give women equal rights to economic resources, ownership of land and property, and finance</source>
        <translation>Dar às mulheres direitos iguais aos recursos económicos, à propriedade da terra e de outros bens e aos serviços financeiros</translation>
    </message>
    <message>
        <source>Enhance the use of enabling technology, in particular ICT, to promote women&apos;s empowerment</source>
        <translation>Aumentar o uso de tecnologias de base, em particular as TIC, para promover o empoderamento das mulheres</translation>
    </message>
    <message>
        <source>Adopt and strengthen sound policies and enforceable legislation for gender equality</source>
        <translation>Adotar e reforçar políticas sólidas e legislação aplicável para a igualdade de género</translation>
    </message>
    <message>
        <source>Achieve universal and equitable access to safe and affordable drinking water for all</source>
        <translation>Alcançar o acesso universal e equitativo a água potável segura e a preço acessível para todos</translation>
    </message>
    <message>
        <source>Achieve adequate and equitable sanitation and hygiene for all; end open defecation</source>
        <translation>Alcançar o acesso a saneamento e higiene adequados e equitativos para todos; acabar com a defecação a céu aberto</translation>
    </message>
    <message>
        <source>Improve water quality: reduce pollution, halve untreated wastewater, increase reuse</source>
        <translation>Melhorar a qualidade da água: reduzir a poluição, reduzir para metade as águas residuais não tratadas, aumentar a reutilização</translation>
    </message>
    <message>
        <source>Increase water-use efficiency and ensure sustainable withdrawals to address water scarcity</source>
        <translation>Aumentar a eficiência no uso da água e garantir captações sustentáveis para enfrentar a escassez de água</translation>
    </message>
    <message>
        <source>Implement integrated water resources management, including transboundary cooperation</source>
        <translation>Implementar a gestão integrada dos recursos hídricos, incluindo através da cooperação transfronteiriça</translation>
    </message>
    <message>
        <source>Protect and restore water-related ecosystems (mountains, forests, wetlands, rivers, lakes)</source>
        <translation>Proteger e restaurar os ecossistemas relacionados com a água (montanhas, florestas, zonas húmidas, rios, lagos)</translation>
    </message>
    <message>
        <source>Expand international cooperation and capacity-building for water and sanitation programmes</source>
        <translation>Ampliar a cooperação internacional e o reforço de capacidades para programas de água e saneamento</translation>
    </message>
    <message>
        <source>Support participation of local communities in water and sanitation management</source>
        <translation>Apoiar a participação das comunidades locais na gestão da água e do saneamento</translation>
    </message>
    <message>
        <source>Ensure universal access to affordable, reliable and modern energy services</source>
        <translation>Garantir o acesso universal a serviços de energia modernos, confiáveis e a preços acessíveis</translation>
    </message>
    <message>
        <source>Increase substantially the share of renewable energy in the global energy mix</source>
        <translation>Aumentar substancialmente a participação das energias renováveis na matriz energética mundial</translation>
    </message>
    <message>
        <source>Double the global rate of improvement in energy efficiency</source>
        <translation>Duplicar a taxa mundial de melhoria da eficiência energética</translation>
    </message>
    <message>
        <source>Enhance international cooperation on clean energy research, technology and investment</source>
        <translation>Reforçar a cooperação internacional em investigação, tecnologia e investimento em energia limpa</translation>
    </message>
    <message>
        <source>Expand infrastructure and upgrade technology for modern energy in developing countries</source>
        <translation>Expandir as infraestruturas e modernizar a tecnologia para energia moderna nos países em desenvolvimento</translation>
    </message>
    <message>
        <source>Sustain per capita economic growth; at least 7% annual GDP growth in LDCs</source>
        <translation>Sustentar o crescimento económico per capita; pelo menos 7% de crescimento anual do PIB nos PMA</translation>
    </message>
    <message>
        <source>Higher economic productivity through diversification, technological upgrading, innovation</source>
        <translation>Maior produtividade económica através da diversificação, da modernização tecnológica e da inovação</translation>
    </message>
    <message>
        <source>Promote policies supporting productive activities, decent jobs, entrepreneurship and SMEs</source>
        <translation>Promover políticas que apoiem as atividades produtivas, o emprego digno, o empreendedorismo e as PME</translation>
    </message>
    <message>
        <source>Improve resource efficiency and decouple economic growth from environmental degradation</source>
        <translation>Melhorar a eficiência dos recursos e dissociar o crescimento económico da degradação ambiental</translation>
    </message>
    <message>
        <source>Full and productive employment and decent work for all; equal pay for work of equal value</source>
        <translation>Emprego pleno e produtivo e trabalho digno para todos; remuneração igual por trabalho de igual valor</translation>
    </message>
    <message>
        <source>Substantially reduce the proportion of youth not in employment, education or training</source>
        <translation>Reduzir substancialmente a proporção de jovens sem emprego, educação ou formação</translation>
    </message>
    <message>
        <source>Eradicate forced labour, modern slavery, human trafficking and all forms of child labour</source>
        <translation>Erradicar o trabalho forçado, a escravidão moderna, o tráfico de seres humanos e todas as formas de trabalho infantil</translation>
    </message>
    <message>
        <source>Protect labour rights and promote safe and secure working environments for all workers</source>
        <translation>Proteger os direitos laborais e promover ambientes de trabalho seguros e protegidos para todos os trabalhadores</translation>
    </message>
    <message>
        <source>Devise and implement policies to promote sustainable tourism that creates jobs</source>
        <translation>Conceber e implementar políticas para promover um turismo sustentável que crie emprego</translation>
    </message>
    <message>
        <source>Strengthen domestic financial institutions to expand access to banking and insurance</source>
        <translation>Reforçar as instituições financeiras nacionais para alargar o acesso aos serviços bancários e de seguros</translation>
    </message>
    <message>
        <source>Increase Aid for Trade support for developing countries, in particular LDCs</source>
        <translation>Aumentar o apoio da Ajuda ao Comércio aos países em desenvolvimento, em particular aos PMA</translation>
    </message>
    <message>
        <source>Develop a global strategy for youth employment and implement the ILO Global Jobs Pact</source>
        <translation>Desenvolver uma estratégia global para o emprego dos jovens e implementar o Pacto Mundial para o Emprego da OIT</translation>
    </message>
    <message>
        <source>Develop quality, reliable, sustainable and resilient infrastructure</source>
        <translation>Desenvolver infraestruturas de qualidade, confiáveis, sustentáveis e resilientes</translation>
    </message>
    <message>
        <source>Promote inclusive, sustainable industrialization; raise industry&apos;s share of jobs and GDP</source>
        <translation>Promover a industrialização inclusiva e sustentável; aumentar a participação da indústria no emprego e no PIB</translation>
    </message>
    <message>
        <source>Increase small-scale enterprises&apos; access to financial services and value chains</source>
        <translation>Aumentar o acesso das pequenas empresas aos serviços financeiros e às cadeias de valor</translation>
    </message>
    <message>
        <source>Upgrade infrastructure and retrofit industries to make them sustainable</source>
        <translation>Modernizar as infraestruturas e reabilitar as indústrias para que sejam sustentáveis</translation>
    </message>
    <message>
        <source>Enhance scientific research and upgrade technological capabilities of industrial sectors</source>
        <translation>Reforçar a investigação científica e melhorar as capacidades tecnológicas dos setores industriais</translation>
    </message>
    <message>
        <source>Facilitate sustainable and resilient infrastructure development in developing countries</source>
        <translation>Facilitar o desenvolvimento de infraestruturas sustentáveis e resilientes nos países em desenvolvimento</translation>
    </message>
    <message>
        <source>Support domestic technology development, research and innovation in developing countries</source>
        <translation>Apoiar o desenvolvimento tecnológico, a investigação e a inovação nacionais nos países em desenvolvimento</translation>
    </message>
    <message>
        <source>Increase access to ICT; universal, affordable Internet access in least developed countries</source>
        <translation>Aumentar o acesso às TIC; acesso universal e a preços acessíveis à Internet nos países menos avançados</translation>
    </message>
    <message>
        <source>Achieve and sustain income growth of the bottom 40 per cent above the national average</source>
        <translation>Alcançar e sustentar o crescimento do rendimento dos 40% mais pobres acima da média nacional</translation>
    </message>
    <message>
        <source>Empower and promote the social, economic and political inclusion of all</source>
        <translation>Capacitar e promover a inclusão social, económica e política de todos</translation>
    </message>
    <message>
        <source>Ensure equal opportunity and reduce inequalities of outcome; end discriminatory laws</source>
        <translation>Garantir a igualdade de oportunidades e reduzir as desigualdades de resultados; eliminar as leis discriminatórias</translation>
    </message>
    <message>
        <source>Adopt fiscal, wage and social protection policies to achieve greater equality</source>
        <translation>Adotar políticas orçamentais, salariais e de proteção social para alcançar uma maior igualdade</translation>
    </message>
    <message>
        <source>Improve the regulation and monitoring of global financial markets and institutions</source>
        <translation>Melhorar a regulamentação e o acompanhamento dos mercados e instituições financeiras mundiais</translation>
    </message>
    <message>
        <source>Enhanced voice of developing countries in global economic and financial institutions</source>
        <translation>Maior representação dos países em desenvolvimento nas instituições económicas e financeiras mundiais</translation>
    </message>
    <message>
        <source>Facilitate orderly, safe, regular and responsible migration and mobility of people</source>
        <translation>Facilitar a migração e a mobilidade das pessoas de forma ordenada, segura, regular e responsável</translation>
    </message>
    <message>
        <source>Implement special and differential treatment for developing countries under WTO agreements</source>
        <translation>Aplicar o tratamento especial e diferenciado aos países em desenvolvimento no âmbito dos acordos da OMC</translation>
    </message>
    <message>
        <source>Encourage development assistance and financial flows to States where the need is greatest</source>
        <translation>Incentivar a assistência ao desenvolvimento e os fluxos financeiros para os Estados onde as necessidades são maiores</translation>
    </message>
    <message>
        <source>Reduce transaction costs of migrant remittances to less than 3 per cent</source>
        <translation>Reduzir os custos de transação das remessas dos migrantes para menos de 3%</translation>
    </message>
    <message>
        <source>Adequate, safe and affordable housing and basic services for all; upgrade slums</source>
        <translation>Habitação adequada, segura e a preço acessível e serviços básicos para todos; melhorar os assentamentos precários</translation>
    </message>
    <message>
        <source>Provide access to safe, affordable, accessible and sustainable transport systems for all</source>
        <translation>Proporcionar o acesso a sistemas de transporte seguros, a preço acessível, acessíveis e sustentáveis para todos</translation>
    </message>
    <message>
        <source>Enhance inclusive and sustainable urbanization and participatory settlement planning</source>
        <translation>Reforçar a urbanização inclusiva e sustentável e o planeamento participativo dos assentamentos humanos</translation>
    </message>
    <message>
        <source>Strengthen efforts to protect and safeguard the world&apos;s cultural and natural heritage</source>
        <translation>Reforçar os esforços para proteger e salvaguardar o património cultural e natural do mundo</translation>
    </message>
    <message>
        <source>Reduce deaths, people affected and economic losses caused by disasters</source>
        <translation>Reduzir as mortes, o número de pessoas afetadas e as perdas económicas causadas por desastres</translation>
    </message>
    <message>
        <source>Reduce the per capita environmental impact of cities, incl. air quality and waste</source>
        <translation>Reduzir o impacto ambiental negativo per capita das cidades, incluindo a qualidade do ar e os resíduos</translation>
    </message>
    <message>
        <source>Provide universal access to safe, inclusive and accessible green and public spaces</source>
        <translation>Proporcionar o acesso universal a espaços verdes e públicos seguros, inclusivos e acessíveis</translation>
    </message>
    <message>
        <source>Support positive economic, social and environmental links between urban and rural areas</source>
        <translation>Apoiar relações económicas, sociais e ambientais positivas entre áreas urbanas e rurais</translation>
    </message>
    <message>
        <source>Increase cities with integrated policies for inclusion, resilience and disaster risk</source>
        <translation>Aumentar o número de cidades com políticas integradas de inclusão, resiliência e gestão do risco de desastres</translation>
    </message>
    <message>
        <source>Support LDCs in building sustainable and resilient buildings using local materials</source>
        <translation>Apoiar os PMA na construção de edifícios sustentáveis e resilientes com materiais locais</translation>
    </message>
    <message>
        <source>Implement the 10-Year Framework of Programmes on Sustainable Consumption and Production</source>
        <translation>Implementar o Quadro Decenal de Programas sobre Produção e Consumo Sustentáveis</translation>
    </message>
    <message>
        <source>Achieve the sustainable management and efficient use of natural resources</source>
        <translation>Alcançar a gestão sustentável e o uso eficiente dos recursos naturais</translation>
    </message>
    <message>
        <source>Halve per capita global food waste and reduce food losses along supply chains</source>
        <translation>Reduzir para metade o desperdício mundial de alimentos per capita e reduzir as perdas ao longo das cadeias de abastecimento</translation>
    </message>
    <message>
        <source>Environmentally sound management of chemicals and all wastes throughout their life cycle</source>
        <translation>Gestão ambientalmente racional dos produtos químicos e de todos os resíduos ao longo do seu ciclo de vida</translation>
    </message>
    <message>
        <source>Substantially reduce waste generation through prevention, reduction, recycling and reuse</source>
        <translation>Reduzir substancialmente a produção de resíduos através da prevenção, redução, reciclagem e reutilização</translation>
    </message>
    <message>
        <source>Encourage companies to adopt sustainable practices and sustainability reporting</source>
        <translation>Incentivar as empresas a adotar práticas sustentáveis e a elaborar relatórios de sustentabilidade</translation>
    </message>
    <message>
        <source>Promote public procurement practices that are sustainable</source>
        <translation>Promover práticas de contratação pública sustentáveis</translation>
    </message>
    <message>
        <source>Ensure people have information and awareness for sustainable development and lifestyles</source>
        <translation>Garantir que as pessoas tenham informação e consciência para o desenvolvimento sustentável e estilos de vida sustentáveis</translation>
    </message>
    <message>
        <source>Support developing countries&apos; science and technology for sustainable consumption</source>
        <translation>Apoiar a ciência e a tecnologia dos países em desenvolvimento para um consumo sustentável</translation>
    </message>
    <message>
        <source>Develop tools to monitor sustainable development impacts for sustainable tourism</source>
        <translation>Desenvolver instrumentos para acompanhar os impactos do turismo sustentável no desenvolvimento sustentável</translation>
    </message>
    <message>
        <source>Rationalize inefficient fossil-fuel subsidies that encourage wasteful consumption</source>
        <translation>Racionalizar os subsídios ineficientes aos combustíveis fósseis que incentivam o desperdício</translation>
    </message>
    <message>
        <source>Strengthen resilience and adaptive capacity to climate hazards and natural disasters</source>
        <translation>Reforçar a resiliência e a capacidade de adaptação a riscos relacionados com o clima e a desastres naturais</translation>
    </message>
    <message>
        <source>Integrate climate change measures into national policies, strategies and planning</source>
        <translation>Integrar medidas relativas às mudanças climáticas nas políticas, estratégias e planeamento nacionais</translation>
    </message>
    <message>
        <source>Improve education, awareness and capacity on climate mitigation, adaptation, early warning</source>
        <translation>Melhorar a educação, a sensibilização e a capacidade em matéria de mitigação, adaptação e alerta precoce sobre o clima</translation>
    </message>
    <message>
        <source>Mobilize $100 billion a year under the UNFCCC; capitalize the Green Climate Fund</source>
        <translation>Mobilizar 100 000 milhões de dólares por ano no âmbito da UNFCCC; capitalizar o Fundo Verde para o Clima</translation>
    </message>
    <message>
        <source>Raise capacity for climate change planning and management in LDCs and SIDS</source>
        <translation>Aumentar a capacidade de planeamento e gestão relacionados com as mudanças climáticas nos PMA e nos PEID</translation>
    </message>
    <message>
        <source>Prevent and significantly reduce marine pollution of all kinds, including marine debris</source>
        <translation>Prevenir e reduzir significativamente a poluição marinha de todos os tipos, incluindo o lixo marinho</translation>
    </message>
    <message>
        <source>Sustainably manage and protect marine and coastal ecosystems</source>
        <translation>Gerir e proteger de forma sustentável os ecossistemas marinhos e costeiros</translation>
    </message>
    <message>
        <source>Minimize and address the impacts of ocean acidification</source>
        <translation>Minimizar e enfrentar os impactos da acidificação dos oceanos</translation>
    </message>
    <message>
        <source>Regulate harvesting and end overfishing, IUU and destructive fishing; restore fish stocks</source>
        <translation>Regular a pesca e acabar com a sobrepesca, a pesca ilegal, não declarada e não regulamentada e a pesca destrutiva; restaurar as populações de peixes</translation>
    </message>
    <message>
        <source>Conserve at least 10 per cent of coastal and marine areas</source>
        <translation>Conservar pelo menos 10% das zonas costeiras e marinhas</translation>
    </message>
    <message>
        <source>Prohibit fisheries subsidies that contribute to overcapacity, overfishing and IUU fishing</source>
        <translation>Proibir os subsídios à pesca que contribuem para a sobrecapacidade, a sobrepesca e a pesca ilegal, não declarada e não regulamentada</translation>
    </message>
    <message>
        <source>Increase economic benefits to SIDS and LDCs from the sustainable use of marine resources</source>
        <translation>Aumentar os benefícios económicos para os PEID e os PMA decorrentes do uso sustentável dos recursos marinhos</translation>
    </message>
    <message>
        <source>Increase scientific knowledge, develop research capacity and transfer marine technology</source>
        <translation>Aumentar o conhecimento científico, desenvolver capacidades de investigação e transferir tecnologia marinha</translation>
    </message>
    <message>
        <source>Provide access for small-scale artisanal fishers to marine resources and markets</source>
        <translation>Proporcionar o acesso dos pescadores artesanais de pequena escala aos recursos marinhos e aos mercados</translation>
    </message>
    <message>
        <source>Enhance conservation and sustainable use of oceans by implementing UNCLOS</source>
        <translation>Reforçar a conservação e o uso sustentável dos oceanos através da aplicação da CNUDM</translation>
    </message>
    <message>
        <source>Conserve, restore and sustainably use terrestrial and inland freshwater ecosystems</source>
        <translation>Conservar, restaurar e usar de forma sustentável os ecossistemas terrestres e de água doce interiores</translation>
    </message>
    <message>
        <source>Sustainably manage forests, halt deforestation, restore forests, increase afforestation</source>
        <translation>Gerir as florestas de forma sustentável, deter o desmatamento, restaurar as florestas e aumentar a plantação de novas florestas</translation>
    </message>
    <message>
        <source>Combat desertification, restore degraded land and soil; land degradation neutrality</source>
        <translation>Combater a desertificação, restaurar as terras e os solos degradados; neutralidade da degradação das terras</translation>
    </message>
    <message>
        <source>Ensure the conservation of mountain ecosystems, including their biodiversity</source>
        <translation>Garantir a conservação dos ecossistemas de montanha, incluindo a sua biodiversidade</translation>
    </message>
    <message>
        <source>Reduce habitat degradation, halt biodiversity loss and prevent extinction of species</source>
        <translation>Reduzir a degradação dos habitats, deter a perda de biodiversidade e evitar a extinção de espécies</translation>
    </message>
    <message>
        <source>Fair and equitable sharing of benefits from genetic resources and appropriate access</source>
        <translation>Repartição justa e equitativa dos benefícios dos recursos genéticos e acesso adequado a esses recursos</translation>
    </message>
    <message>
        <source>End poaching and trafficking of protected species; address illegal wildlife products</source>
        <translation>Acabar com a caça ilegal e o tráfico de espécies protegidas; combater os produtos ilegais da vida selvagem</translation>
    </message>
    <message>
        <source>Prevent the introduction and reduce the impact of invasive alien species</source>
        <translation>Impedir a introdução e reduzir o impacto das espécies exóticas invasoras</translation>
    </message>
    <message>
        <source>Integrate ecosystem and biodiversity values into national and local planning</source>
        <translation>Integrar os valores dos ecossistemas e da biodiversidade no planeamento nacional e local</translation>
    </message>
    <message>
        <source>Mobilize and increase financial resources to conserve and sustainably use biodiversity</source>
        <translation>Mobilizar e aumentar os recursos financeiros para conservar e usar de forma sustentável a biodiversidade</translation>
    </message>
    <message>
        <source>Mobilize resources to finance sustainable forest management in developing countries</source>
        <translation>Mobilizar recursos para financiar a gestão florestal sustentável nos países em desenvolvimento</translation>
    </message>
    <message>
        <source>Enhance global support to combat poaching and trafficking of protected species</source>
        <translation>Reforçar o apoio mundial ao combate à caça ilegal e ao tráfico de espécies protegidas</translation>
    </message>
    <message>
        <source>Significantly reduce all forms of violence and related death rates everywhere</source>
        <translation>Reduzir significativamente todas as formas de violência e as taxas de mortalidade relacionadas, em todos os lugares</translation>
    </message>
    <message>
        <source>End abuse, exploitation, trafficking and all violence against and torture of children</source>
        <translation>Acabar com o abuso, a exploração, o tráfico e todas as formas de violência e tortura contra crianças</translation>
    </message>
    <message>
        <source>Promote the rule of law and ensure equal access to justice for all</source>
        <translation>Promover o Estado de direito e garantir a igualdade de acesso à justiça para todos</translation>
    </message>
    <message>
        <source>Reduce illicit financial and arms flows, recover stolen assets and combat organized crime</source>
        <translation>Reduzir os fluxos financeiros e de armas ilegais, recuperar os ativos roubados e combater o crime organizado</translation>
    </message>
    <message>
        <source>Substantially reduce corruption and bribery in all their forms</source>
        <translation>Reduzir substancialmente a corrupção e o suborno em todas as suas formas</translation>
    </message>
    <message>
        <source>Develop effective, accountable and transparent institutions at all levels</source>
        <translation>Desenvolver instituições eficazes, responsáveis e transparentes a todos os níveis</translation>
    </message>
    <message>
        <source>Responsive, inclusive, participatory and representative decision-making at all levels</source>
        <translation>Tomada de decisão responsiva, inclusiva, participativa e representativa a todos os níveis</translation>
    </message>
    <message>
        <source>Strengthen participation of developing countries in institutions of global governance</source>
        <translation>Reforçar a participação dos países em desenvolvimento nas instituições de governação global</translation>
    </message>
    <message>
        <source>Provide legal identity for all, including birth registration</source>
        <translation>Proporcionar identidade legal para todos, incluindo o registo de nascimento</translation>
    </message>
    <message>
        <source>Ensure public access to information and protect fundamental freedoms</source>
        <translation>Garantir o acesso público à informação e proteger as liberdades fundamentais</translation>
    </message>
    <message>
        <source>Strengthen national institutions to prevent violence and combat terrorism and crime</source>
        <translation>Reforçar as instituições nacionais para prevenir a violência e combater o terrorismo e o crime</translation>
    </message>
    <message>
        <source>Promote and enforce non-discriminatory laws and policies for sustainable development</source>
        <translation>Promover e fazer cumprir leis e políticas não discriminatórias para o desenvolvimento sustentável</translation>
    </message>
    <message>
        <source>Strengthen domestic resource mobilization, incl. support for tax and revenue collection</source>
        <translation>Reforçar a mobilização de recursos internos, incluindo o apoio à cobrança de impostos e outras receitas</translation>
    </message>
    <message>
        <source>Developed countries to fully implement their official development assistance commitments</source>
        <translation>Os países desenvolvidos devem cumprir plenamente os seus compromissos de ajuda pública ao desenvolvimento</translation>
    </message>
    <message>
        <source>Mobilize additional financial resources for developing countries from multiple sources</source>
        <translation>Mobilizar recursos financeiros adicionais para os países em desenvolvimento a partir de múltiplas fontes</translation>
    </message>
    <message>
        <source>Assist developing countries in attaining long-term debt sustainability</source>
        <translation>Ajudar os países em desenvolvimento a alcançar a sustentabilidade da dívida a longo prazo</translation>
    </message>
    <message>
        <source>Adopt and implement investment promotion regimes for least developed countries</source>
        <translation>Adotar e implementar regimes de promoção de investimentos para os países menos avançados</translation>
    </message>
    <message>
        <source>Enhance North-South, South-South and triangular cooperation on science and technology</source>
        <translation>Reforçar a cooperação Norte-Sul, Sul-Sul e triangular em ciência e tecnologia</translation>
    </message>
    <message>
        <source>Promote environmentally sound technologies to developing countries</source>
        <translation>Promover tecnologias ambientalmente racionais para os países em desenvolvimento</translation>
    </message>
    <message>
        <source>Operationalize the technology bank for LDCs and enhance the use of ICT</source>
        <translation>Operacionalizar o banco de tecnologia para os PMA e aumentar o uso das TIC</translation>
    </message>
    <message>
        <source>Enhance international support for targeted capacity-building in developing countries</source>
        <translation>Reforçar o apoio internacional à capacitação orientada nos países em desenvolvimento</translation>
    </message>
    <message>
        <source>Promote a universal, rules-based, open, equitable multilateral trading system (WTO)</source>
        <translation>Promover um sistema multilateral de comércio universal, baseado em regras, aberto e equitativo (OMC)</translation>
    </message>
    <message>
        <source>Significantly increase developing country exports; double LDCs&apos; share of global exports</source>
        <translation>Aumentar significativamente as exportações dos países em desenvolvimento; duplicar a participação dos PMA nas exportações mundiais</translation>
    </message>
    <message>
        <source>Realize timely implementation of duty-free and quota-free market access for all LDCs</source>
        <translation>Aplicar sem demora o acesso aos mercados isento de direitos aduaneiros e sem limites quantitativos para todos os PMA</translation>
    </message>
    <message>
        <source>Enhance global macroeconomic stability, incl. through policy coordination and coherence</source>
        <translation>Reforçar a estabilidade macroeconómica mundial, incluindo através da coordenação e coerência das políticas</translation>
    </message>
    <message>
        <source>Enhance policy coherence for sustainable development</source>
        <translation>Reforçar a coerência das políticas para o desenvolvimento sustentável</translation>
    </message>
    <message>
        <source>Respect each country&apos;s policy space and leadership for poverty eradication and development</source>
        <translation>Respeitar o espaço político e a liderança de cada país na erradicação da pobreza e no desenvolvimento</translation>
    </message>
    <message>
        <source>Enhance the Global Partnership for Sustainable Development; multi-stakeholder partnerships</source>
        <translation>Reforçar a Parceria Global para o Desenvolvimento Sustentável; parcerias com múltiplas partes interessadas</translation>
    </message>
    <message>
        <source>Encourage and promote effective public, public-private and civil society partnerships</source>
        <translation>Incentivar e promover parcerias públicas, público-privadas e com a sociedade civil que sejam eficazes</translation>
    </message>
    <message>
        <source>Enhance capacity-building to increase high-quality, timely, reliable disaggregated data</source>
        <translation>Reforçar o desenvolvimento de capacidades para aumentar a disponibilidade de dados desagregados de alta qualidade, atualizados e confiáveis</translation>
    </message>
    <message>
        <source>Develop measurements of progress on sustainable development that complement GDP</source>
        <translation>Desenvolver medições do progresso no desenvolvimento sustentável que complementem o PIB</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Female</source>
        <translation>Feminino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Other or unknown</source>
        <translation>Outro ou desconhecido</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation>Prometido</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Comprometido</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <source>Children</source>
        <extracomment>Targeted then reached, always in these colours (the Dashboard uses them too). A pie slice under this share gets no percentage label (it would read &quot;0 %&quot;).</extracomment>
        <translation>Crianças</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Jovens</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adultos</translation>
    </message>
    <message>
        <source>Older persons</source>
        <translation>Pessoas idosas</translation>
    </message>
    <message>
        <source>How the figures count. People: an initiative reports its people for each period, and the same people are often reported again in the next period, so for each initiative and group only one period counts, the one with the highest figure (of two equal periods, the later one); these are added up across initiatives and groups, so someone counted in two periods is counted once. Targeted and reached are chosen separately. Indirect beneficiaries are never added to direct ones. Money: exact sums of the funding lines in USD at the rate each line used; pledged, committed, received and spent are separate figures.</source>
        <translation>Como os valores são contados. Pessoas: uma iniciativa informa as suas pessoas em cada período, e as mesmas pessoas são muitas vezes informadas de novo no período seguinte; por isso, para cada iniciativa e grupo conta apenas um período, o que tem o valor mais alto (de dois períodos com o mesmo valor, o mais recente); esses valores são somados entre iniciativas e grupos, de modo que alguém contado em dois períodos é contado uma só vez. Os valores alvo e alcançado são escolhidos separadamente. Os beneficiários indiretos nunca são somados aos diretos. Dinheiro: somas exatas das linhas de financiamento em USD, à taxa de câmbio usada em cada linha; os valores prometidos, comprometidos, recebidos e gastos são apresentados em separado.</translation>
    </message>
    <message>
        <source>Portfolio KPIs — {scope}</source>
        <translation>Indicadores-chave da carteira — {scope}</translation>
    </message>
    <message>
        <source>Portfolio KPIs</source>
        <translation>Indicadores-chave da carteira</translation>
    </message>
    <message>
        <source>Fieldbook</source>
        <translation>Fieldbook</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Filters: {filters} · generated {generated} by Fieldbook {version}</source>
        <translation>Filtros: {filters} · gerado em {generated} pelo Fieldbook {version}</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Iniciativas</translation>
    </message>
    <message>
        <source>Countries supported</source>
        <translation>Países apoiados</translation>
    </message>
    <message>
        <source>Cities supported</source>
        <translation>Cidades apoiadas</translation>
    </message>
    <message>
        <source>Beneficiaries reached (direct)</source>
        <translation>Beneficiários alcançados (alcance direto)</translation>
    </message>
    <message>
        <source>Beneficiaries targeted (direct)</source>
        <translation>Beneficiários-alvo (alcance direto)</translation>
    </message>
    <message>
        <source>Funds received, USD</source>
        <translation>Fundos recebidos, USD</translation>
    </message>
    <message>
        <source>Funds committed, USD</source>
        <translation>Fundos comprometidos, USD</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Parceiros</translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation>Países dos parceiros</translation>
    </message>
    <message>
        <source>Knowledge products</source>
        <translation>Produtos de conhecimento</translation>
    </message>
    <message>
        <source>SDGs touched (of 17)</source>
        <translation>ODS abrangidos (de 17)</translation>
    </message>
    <message>
        <source>SDG targets touched (of 169)</source>
        <translation>Metas dos ODS abrangidas (de 169)</translation>
    </message>
    <message>
        <source>Initiatives by status</source>
        <translation>Iniciativas por situação</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Beneficiários</translation>
    </message>
    <message>
        <source>By group (direct)</source>
        <translation>Por grupo (alcance direto)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>Alvo</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Alcançado</translation>
    </message>
    <message>
        <source>By sex (direct)</source>
        <translation>Por sexo (alcance direto)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>By age band (direct)</source>
        <translation>Por faixa etária (alcance direto)</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Faixa etária</translation>
    </message>
    <message>
        <source>Other figures</source>
        <translation>Outros valores</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Persons with disabilities (direct)</source>
        <translation>Pessoas com deficiência (alcance direto)</translation>
    </message>
    <message>
        <source>Total (direct)</source>
        <translation>Total (alcance direto)</translation>
    </message>
    <message>
        <source>Indirect beneficiaries</source>
        <translation>Beneficiários indiretos</translation>
    </message>
    <message>
        <source>Targeted and reached by group (direct)</source>
        <translation>Alvo e alcançado por grupo (alcance direto)</translation>
    </message>
    <message>
        <source>Targeted and reached by sex (direct)</source>
        <translation>Alvo e alcançado por sexo (alcance direto)</translation>
    </message>
    <message>
        <source>Targeted and reached by age band (direct)</source>
        <translation>Alvo e alcançado por faixa etária (alcance direto)</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>Fundos</translation>
    </message>
    <message>
        <source>USD by transaction type</source>
        <translation>USD por tipo de transação</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transação</translation>
    </message>
    <message>
        <source>Received by source type</source>
        <translation>Recebido por tipo de fonte</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>Tipo de fonte</translation>
    </message>
    <message>
        <source>Received by modality</source>
        <translation>Recebido por modalidade</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalidade</translation>
    </message>
    <message>
        <source>Pledged, committed, received, spent (USD)</source>
        <translation>Prometido, comprometido, recebido, gasto (USD)</translation>
    </message>
    <message>
        <source>Partners by type</source>
        <translation>Parceiros por tipo</translation>
    </message>
    <message>
        <source>Partner type</source>
        <translation>Tipo de parceiro</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Parcerias</translation>
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
        <translation>ID do registo</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Criado (UTC)</translation>
    </message>
    <message>
        <source>Updated (UTC)</source>
        <translation>Atualizado (UTC)</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Escritório</translation>
    </message>
    <message>
        <source>Targeted: total</source>
        <extracomment>The count fields&apos; labels, written out so that each is a message of its own to translate.</extracomment>
        <translation>Alvo: total</translation>
    </message>
    <message>
        <source>Targeted: female</source>
        <translation>Alvo: feminino</translation>
    </message>
    <message>
        <source>Targeted: male</source>
        <translation>Alvo: masculino</translation>
    </message>
    <message>
        <source>Targeted: other</source>
        <translation>Alvo: outro</translation>
    </message>
    <message>
        <source>Targeted: children</source>
        <translation>Alvo: crianças</translation>
    </message>
    <message>
        <source>Targeted: youth</source>
        <translation>Alvo: jovens</translation>
    </message>
    <message>
        <source>Targeted: adults</source>
        <translation>Alvo: adultos</translation>
    </message>
    <message>
        <source>Targeted: older</source>
        <translation>Alvo: pessoas idosas</translation>
    </message>
    <message>
        <source>Targeted: pwd</source>
        <translation>Alvo: pessoas com deficiência</translation>
    </message>
    <message>
        <source>Reached: total</source>
        <translation>Alcançado: total</translation>
    </message>
    <message>
        <source>Reached: female</source>
        <translation>Alcançado: feminino</translation>
    </message>
    <message>
        <source>Reached: male</source>
        <translation>Alcançado: masculino</translation>
    </message>
    <message>
        <source>Reached: other</source>
        <translation>Alcançado: outro</translation>
    </message>
    <message>
        <source>Reached: children</source>
        <translation>Alcançado: crianças</translation>
    </message>
    <message>
        <source>Reached: youth</source>
        <translation>Alcançado: jovens</translation>
    </message>
    <message>
        <source>Reached: adults</source>
        <translation>Alcançado: adultos</translation>
    </message>
    <message>
        <source>Reached: older</source>
        <translation>Alcançado: pessoas idosas</translation>
    </message>
    <message>
        <source>Reached: pwd</source>
        <translation>Alcançado: pessoas com deficiência</translation>
    </message>
    <message>
        <source>targeted</source>
        <extracomment>Words a message is made of, besides its template: translated with it.</extracomment>
        <translation>pessoas-alvo</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>pessoas alcançadas</translation>
    </message>
    <message>
        <source>sex and age band</source>
        <translation>sexo e faixa etária</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ativa</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>concluída</translation>
    </message>
    <message>
        <source>initiative</source>
        <translation>iniciativa</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>parceiro</translation>
    </message>
    <message>
        <source>pledge</source>
        <translation>promessa de contribuição</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>compromisso</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>fundos recebidos</translation>
    </message>
    <message>
        <source>expenditure</source>
        <translation>despesa</translation>
    </message>
    <message>
        <source>Office code</source>
        <extracomment>What each entity holds beyond its identity, in the order people read it.</extracomment>
        <translation>Código do escritório</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Nome do escritório</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Moeda predefinida</translation>
    </message>
    <message>
        <source>Language of its packages</source>
        <translation>Idioma dos pacotes</translation>
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
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data de início</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data de fim</translation>
    </message>
    <message>
        <source>Admin area (level 1)</source>
        <translation>Divisão administrativa (nível 1)</translation>
    </message>
    <message>
        <source>City or locality</source>
        <translation>Cidade ou localidade</translation>
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
        <translation>Resultado do programa emblemático</translation>
    </message>
    <message>
        <source>Crisis context</source>
        <translation>Contexto de crise</translation>
    </message>
    <message>
        <source>SDG targets</source>
        <translation>Metas dos ODS</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Partner type</source>
        <translation>Tipo de parceiro</translation>
    </message>
    <message>
        <source>Initiative id</source>
        <translation>ID da iniciativa</translation>
    </message>
    <message>
        <source>Partner id</source>
        <translation>ID do parceiro</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
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
        <translation>Direto ou indireto</translation>
    </message>
    <message>
        <source>Funder id</source>
        <translation>ID do financiador</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>Tipo de fonte</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalidade</translation>
    </message>
    <message>
        <source>Transaction type</source>
        <translation>Tipo de transação</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montante</translation>
    </message>
    <message>
        <source>USD rate</source>
        <translation>Taxa de câmbio (USD)</translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation>Montante (USD)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referência</translation>
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
        <translation>Link</translation>
    </message>
    <message>
        <source>{value!r} is not a whole number</source>
        <extracomment>Rows that depend on another record: field → the entity it points to. Digits a decimal may have before the point, and after it: what a decimal context of 28 digits writes out exactly. Beyond, writing the number (the digest, the store) fails (1E+300) or needs unbounded memory (1E-999999999999).</extracomment>
        <translation>{value!r} não é um número inteiro</translation>
    </message>
    <message>
        <source>{value!r} is not a number</source>
        <translation>{value!r} não é um número</translation>
    </message>
    <message>
        <source>{value!r} is out of range: a number has at most 28 digits before and after the decimal point</source>
        <translation>{value!r} está fora do intervalo: um número tem no máximo 28 algarismos, contando os que estão antes e depois do separador decimal</translation>
    </message>
    <message>
        <source>{value!r} has a time of day; give a date</source>
        <translation>{value!r} inclui uma hora; indique apenas uma data</translation>
    </message>
    <message>
        <source>{value!r} is not a date (write YYYY-MM-DD)</source>
        <translation>{value!r} não é uma data (escreva AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>{value!r} is not a date and time</source>
        <translation>{value!r} não é uma data e hora</translation>
    </message>
    <message>
        <source>{value!r} is not a record id (UUID)</source>
        <translation>{value!r} não é um ID de registo (UUID)</translation>
    </message>
    <message>
        <source>Revision must be 1 or more</source>
        <translation>A revisão deve ser 1 ou superior</translation>
    </message>
    <message>
        <source>No {target} with id {value} in this package or store</source>
        <translation>Não existe nenhum registo do tipo {target} com o ID {value} neste pacote ou na base de dados</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <extracomment>Fields with an error of their own (set once the field checks are done): rules using them stay silent.</extracomment>
        <translation>Campo obrigatório: {label}</translation>
    </message>
    <message>
        <source>{label} has a value of the wrong kind</source>
        <translation>{label}: o valor é de um tipo incorreto</translation>
    </message>
    <message>
        <source>{label} is longer than {limit} characters</source>
        <translation>{label}: mais de {limit} caracteres</translation>
    </message>
    <message>
        <source>Not in the list of {label}: {codes}</source>
        <translation>Fora da lista ({label}): {codes}</translation>
    </message>
    <message>
        <source>{label} cannot be negative</source>
        <translation>{label}: o valor não pode ser negativo</translation>
    </message>
    <message>
        <source>a country code</source>
        <extracomment>What one code of each list is, with its article, as a message says it: &quot;&apos;Kenya&apos; is not a country code&quot;.</extracomment>
        <translation>um código de país</translation>
    </message>
    <message>
        <source>a region code</source>
        <translation>um código de região</translation>
    </message>
    <message>
        <source>a currency code</source>
        <translation>um código de moeda</translation>
    </message>
    <message>
        <source>a language code</source>
        <translation>um código de idioma</translation>
    </message>
    <message>
        <source>a flagship programme code</source>
        <translation>um código de programa emblemático</translation>
    </message>
    <message>
        <source>a subprogramme code</source>
        <translation>um código de subprograma</translation>
    </message>
    <message>
        <source>a flagship outcome code</source>
        <translation>um código de resultado do programa emblemático</translation>
    </message>
    <message>
        <source>an initiative status</source>
        <translation>uma situação de iniciativa</translation>
    </message>
    <message>
        <source>a crisis context code</source>
        <translation>um código de contexto de crise</translation>
    </message>
    <message>
        <source>a beneficiary group code</source>
        <translation>um código de grupo de beneficiários</translation>
    </message>
    <message>
        <source>a reach type</source>
        <translation>um tipo de alcance</translation>
    </message>
    <message>
        <source>a partner type code</source>
        <translation>um código de tipo de parceiro</translation>
    </message>
    <message>
        <source>a partner role code</source>
        <translation>um código de função de parceiro</translation>
    </message>
    <message>
        <source>a source type code</source>
        <translation>um código de tipo de fonte</translation>
    </message>
    <message>
        <source>a funding modality code</source>
        <translation>um código de modalidade de financiamento</translation>
    </message>
    <message>
        <source>a transaction type</source>
        <translation>um tipo de transação</translation>
    </message>
    <message>
        <source>a knowledge product type code</source>
        <translation>um código de tipo de produto de conhecimento</translation>
    </message>
    <message>
        <source>an SDG target</source>
        <translation>uma meta dos ODS</translation>
    </message>
    <message>
        <source>{value!r} is not {noun}</source>
        <translation>{value!r} não é {noun}</translation>
    </message>
    <message>
        <source>{value!r} is not {noun}; did you mean {code} ({meaning})?</source>
        <translation>{value!r} não é {noun}; será {code} ({meaning})?</translation>
    </message>
    <message>
        <source>The end date {end} is before the start date {start}</source>
        <extracomment>How alike (difflib&apos;s ratio) a value and a code or label must be for the code to be suggested, and how long the value must be: below three characters every code is about as near as any other (is &quot;UK&quot; UKR?). A value longer than this is no code or label mistyped (the longest label has 90 characters): no guess, none kept.</extracomment>
        <translation>A data de fim {end} é anterior à data de início {start}</translation>
    </message>
    <message>
        <source>An office code has 2–16 capital letters, digits or hyphens, such as KEN-NBO</source>
        <translation>Um código de escritório tem 2 a 16 letras maiúsculas, algarismos ou hífens, como KEN-NBO</translation>
    </message>
    <message>
        <source>An {status} initiative should have a start date</source>
        <translation>Uma iniciativa {status} deve ter uma data de início</translation>
    </message>
    <message>
        <source>A completed initiative should have an end date</source>
        <translation>Uma iniciativa concluída deve ter uma data de fim</translation>
    </message>
    <message>
        <source>Link the initiative to a flagship programme or a subprogramme so it counts in reports</source>
        <translation>Associe a iniciativa a um programa emblemático ou a um subprograma para que seja contada nos relatórios</translation>
    </message>
    <message>
        <source>sex</source>
        <extracomment>(kind, total field, [(parts&apos; fields, first part&apos;s field, what)], pwd field) for the sum rules.</extracomment>
        <translation>sexo</translation>
    </message>
    <message>
        <source>age band</source>
        <translation>faixa etária</translation>
    </message>
    <message>
        <source>{value!r} is not a period: write 2023-H2, 2023-Q3 or 2023</source>
        <translation>{value!r} não é um período: escreva 2023-H2, 2023-Q3 ou 2023</translation>
    </message>
    <message>
        <source>Write the period as {code}</source>
        <translation>Escreva o período como {code}</translation>
    </message>
    <message>
        <source>Period {period} is outside the initiative&apos;s dates</source>
        <translation>O período {period} está fora das datas da iniciativa</translation>
    </message>
    <message>
        <source>Persons with disabilities ({pwd}) cannot be more than the {kind} total ({total})</source>
        <translation>As pessoas com deficiência ({pwd}) não podem ser mais do que o total de {kind} ({total})</translation>
    </message>
    <message>
        <source>Give a targeted or a reached total</source>
        <translation>Indique um total de pessoas-alvo ou de pessoas alcançadas</translation>
    </message>
    <message>
        <source>Reached ({reached}) is more than targeted ({targeted}); check both</source>
        <translation>As pessoas alcançadas ({reached}) são mais do que as pessoas-alvo ({targeted}); verifique ambos os valores</translation>
    </message>
    <message>
        <source>Give the {kind} total: its parts by {what} are given</source>
        <translation>Indique o total de {kind}: as parcelas por {what} estão preenchidas</translation>
    </message>
    <message>
        <source>The {kind} total {total} differs from female + male + other = {sum} (and from the age groups, also {sum}): correct the total</source>
        <translation>O total de {kind} ({total}) difere de feminino + masculino + outro = {sum} (e das faixas etárias, também {sum}): corrija o total</translation>
    </message>
    <message>
        <source>The {kind} counts by {what} add up to {sum}, but the total and the counts by {other} are {total}: correct the counts by {what}</source>
        <translation>As contagens de {kind} por {what} somam {sum}, mas o total e as contagens por {other} são {total}: corrija as contagens por {what}</translation>
    </message>
    <message>
        <source>The {kind} counts by {what} add up to {sum}, more than the total {total}</source>
        <translation>As contagens de {kind} por {what} somam {sum}, mais do que o total ({total})</translation>
    </message>
    <message>
        <source>The {kind} counts by {what} add up to {sum}, not the total {total}</source>
        <translation>As contagens de {kind} por {what} somam {sum}, e não o total ({total})</translation>
    </message>
    <message>
        <source>{currency} amounts are whole numbers, without decimal places</source>
        <translation>Os montantes em {currency} são números inteiros, sem casas decimais</translation>
    </message>
    <message>
        <source>{currency} amounts have 1 decimal place at most</source>
        <translation>Os montantes em {currency} têm no máximo 1 casa decimal</translation>
    </message>
    <message>
        <source>{currency} amounts have {places} decimal places at most</source>
        <translation>Os montantes em {currency} têm no máximo {places} casas decimais</translation>
    </message>
    <message>
        <source>The amount is zero</source>
        <translation>O montante é zero</translation>
    </message>
    <message>
        <source>A negative expenditure is a correction; check it</source>
        <translation>Uma despesa negativa é uma correção; confirme que está correta</translation>
    </message>
    <message>
        <source>A pledge, commitment or incoming amount cannot be negative</source>
        <translation>O montante de uma promessa de contribuição, de um compromisso ou de fundos recebidos não pode ser negativo</translation>
    </message>
    <message>
        <source>The USD rate must be more than zero</source>
        <translation>A taxa de câmbio (USD) deve ser superior a zero</translation>
    </message>
    <message>
        <source>The USD rate of an amount in USD is 1</source>
        <translation>A taxa de câmbio (USD) de um montante em USD é 1</translation>
    </message>
    <message>
        <source>USD amounts have 2 decimal places at most</source>
        <translation>Os montantes em USD têm no máximo 2 casas decimais</translation>
    </message>
    <message>
        <source>Amount × rate is {expected} USD, not {usd}</source>
        <translation>Montante × taxa = {expected} USD, e não {usd}</translation>
    </message>
    <message>
        <source>Name the funder of a {type}</source>
        <translation>Indique o financiador (tipo de transação: {type})</translation>
    </message>
    <message>
        <source>The date {date} is more than a year ahead</source>
        <translation>A data {date} está mais de um ano no futuro</translation>
    </message>
    <message>
        <source>The link should start with https://</source>
        <translation>O link deve começar por https://</translation>
    </message>
    <message>
        <source>Over {factor}× the office&apos;s usual {currency} rate (1 {currency} = {usual} USD): typed the wrong way round?</source>
        <extracomment>How many times above or below the usual rate of its currency a line&apos;s USD rate may be before it is questioned. A rate typed the wrong way round (63.9 MZN per USD stored as USD per MZN) is off by the rate squared, thousands of times; a real year&apos;s swing, even a devaluation, rarely reaches five. Near parity (EUR, GBP, CHF) the two ways differ by less than this, and no warning can tell them apart.</extracomment>
        <translation>Mais de {factor}× a taxa habitual do escritório para {currency} (1 {currency} = {usual} USD): foi escrita ao contrário?</translation>
    </message>
    <message>
        <source>Under 1/{factor} of the office&apos;s usual {currency} rate (1 {currency} = {usual} USD): typed the wrong way round?</source>
        <translation>Menos de 1/{factor} da taxa habitual do escritório para {currency} (1 {currency} = {usual} USD): foi escrita ao contrário?</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>the disk is full</source>
        <extracomment>Partial files of versions before scratch folders (``.NAME.xlsx.part``) have no owner: removed once this old. What :func:`_disk_problem` finds: kinds of failure that have words of their own (the rest are the system&apos;s words).</extracomment>
        <translation>o disco está cheio</translation>
    </message>
    <message>
        <source>read-only file system</source>
        <translation>sistema de ficheiros só de leitura</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permissão negada</translation>
    </message>
    <message>
        <source>free some space on that disk and try again</source>
        <translation>liberte espaço nesse disco e tente novamente</translation>
    </message>
    <message>
        <source>choose a folder you can write to</source>
        <translation>escolha uma pasta onde possa escrever</translation>
    </message>
    <message>
        <source>check the folder and try again</source>
        <translation>verifique a pasta e tente novamente</translation>
    </message>
    <message>
        <source>{count} rows would break foreign keys, first in table {table}</source>
        <extracomment>The PostgreSQL advisory lock a schema upgrade holds to its commit (&quot;fbschema&quot; in ASCII).</extracomment>
        <translation>{count} linhas violariam chaves estrangeiras, a primeira na tabela {table}</translation>
    </message>
    <message>
        <source>{path}: no such data file</source>
        <extracomment>A file of this name beside the executable of a built copy makes it portable (a USB stick). The data folder of a portable copy, beside the executable. Writes are refused: opened read-only, or (PostgreSQL) the database role may not write (:func:`read_only_text`).</extracomment>
        <translation>{path}: ficheiro de dados inexistente</translation>
    </message>
    <message>
        <source>{path} is already open in another Fieldbook window or process; close it there first</source>
        <translation>{path} já está aberto noutra janela ou noutro processo do Fieldbook; feche-o aí primeiro</translation>
    </message>
    <message>
        <source>empty</source>
        <comment>a store with no schema yet</comment>
        <translation>vazia</translation>
    </message>
    <message>
        <source>{where} is not at this version&apos;s schema ({schema}); open it once in Fieldbook (or with a command that writes) to bring it up to date</source>
        <translation>{where} não está no esquema desta versão ({schema}); abra-o uma vez no Fieldbook (ou com um comando que escreva) para o atualizar</translation>
    </message>
    <message>
        <source>this store is open read-only: your database role cannot write to it</source>
        <translation>esta base de dados está aberta só de leitura: o seu perfil na base de dados não tem permissão para escrever nela</translation>
    </message>
    <message>
        <source>this store is open read-only</source>
        <translation>esta base de dados está aberta só de leitura</translation>
    </message>
    <message>
        <source>{path} is not a readable Fieldbook data file ({reason})</source>
        <translation>{path} não é um ficheiro de dados do Fieldbook legível ({reason})</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); restore a backup from Settings › Backups</source>
        <translation>{path} está danificado ({problem}); restaure uma cópia de segurança em Configurações › Cópias de segurança</translation>
    </message>
    <message>
        <source>{path} is not a Fieldbook data file (a database with other tables: {tables}); check the path</source>
        <translation>{path} não é um ficheiro de dados do Fieldbook (é uma base de dados com outras tabelas: {tables}); verifique o caminho</translation>
    </message>
    <message>
        <source>{path} holds no Fieldbook store; check the path, or import into it to create one</source>
        <translation>{path} não contém nenhuma base de dados do Fieldbook; verifique o caminho, ou importe pacotes para ele para a criar</translation>
    </message>
    <message>
        <source>updating {path} failed ({reason}); the file was restored from {backup}</source>
        <translation>a atualização de {path} falhou ({reason}); o ficheiro foi restaurado a partir de {backup}</translation>
    </message>
    <message>
        <source>creating the store at {where} failed ({reason}); nothing was changed</source>
        <translation>a criação da base de dados em {where} falhou ({reason}); nada foi alterado</translation>
    </message>
    <message>
        <source>updating the store from schema {schema} at {where} failed ({reason}); nothing was changed</source>
        <translation>a atualização da base de dados a partir do esquema {schema} em {where} falhou ({reason}); nada foi alterado</translation>
    </message>
    <message>
        <source>{path}: the snapshot taken before an import could not be written to {folder} ({reason}), so nothing was changed: {todo}</source>
        <translation>{path}: não foi possível gravar em {folder} a cópia instantânea anterior a uma importação ({reason}), por isso nada foi alterado: {todo}</translation>
    </message>
    <message>
        <source>{path}: the backup taken before updating it could not be written to {folder} ({reason}), so nothing was changed: {todo}</source>
        <translation>{path}: não foi possível gravar em {folder} a cópia de segurança anterior à atualização ({reason}), por isso nada foi alterado: {todo}</translation>
    </message>
    <message>
        <source>{path}: the backup could not be written to {folder} ({reason}), so nothing was changed: {todo}</source>
        <translation>{path}: não foi possível gravar a cópia de segurança em {folder} ({reason}), por isso nada foi alterado: {todo}</translation>
    </message>
    <message>
        <source>make that folder writable and try again</source>
        <translation>dê permissão de escrita nessa pasta e tente novamente</translation>
    </message>
    <message>
        <source>{path}: restoring {backup} failed ({reason}); the data file was left as it was</source>
        <translation>{path}: o restauro de {backup} falhou ({reason}); o ficheiro de dados ficou como estava</translation>
    </message>
    <message>
        <source>{path}: the disk is full; free some space on it and try again</source>
        <translation>{path}: o disco está cheio; liberte espaço nele e tente novamente</translation>
    </message>
    <message>
        <source>{path}: Fieldbook cannot write in its folder {folder} ({reason}); it keeps a lock and a small index beside the data file: copy the file to a folder you can write to, or make this one writable</source>
        <translation>{path}: o Fieldbook não consegue escrever na pasta {folder} ({reason}); mantém um bloqueio e um pequeno índice ao lado do ficheiro de dados: copie o ficheiro para uma pasta onde possa escrever, ou dê permissão de escrita nesta pasta</translation>
    </message>
    <message>
        <source>{path} is not a Fieldbook data file (it is empty); check the path, or restore a backup</source>
        <translation>{path} não é um ficheiro de dados do Fieldbook (está vazio); verifique o caminho, ou restaure uma cópia de segurança</translation>
    </message>
    <message>
        <source>{where} was written by a newer version of Fieldbook (schema {schema}); this version knows up to {head}: install the newer version to open it</source>
        <translation>{where} foi escrito por uma versão mais recente do Fieldbook (esquema {schema}); esta versão só conhece até ao esquema {head}: instale a versão mais recente para o abrir</translation>
    </message>
    <message>
        <source>database {database} does not exist on the PostgreSQL server at {where}; check the name, or create it (createdb {database})</source>
        <translation>a base de dados {database} não existe no servidor PostgreSQL em {where}; verifique o nome, ou crie-a (createdb {database})</translation>
    </message>
    <message>
        <source>the PostgreSQL server at {where} refused user {user} ({reason}); check the user name and password</source>
        <translation>o servidor PostgreSQL em {where} recusou o utilizador {user} ({reason}); verifique o nome de utilizador e a palavra-passe</translation>
    </message>
    <message>
        <source>cannot reach the PostgreSQL server at {where}: {reason}; check the address and that the server runs</source>
        <translation>não é possível contactar o servidor PostgreSQL em {where}: {reason}; verifique o endereço e se o servidor está em execução</translation>
    </message>
</context>
</TS>
