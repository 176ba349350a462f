<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Fieldbook {version}</source>
        <extracomment>The help window of no main window (``show_help(None, …)``), kept so it is not collected while shown.</extracomment>
        <translation>Fieldbook {version}</translation>
    </message>
    <message>
        <source>Package format: {format}</source>
        <translation>Формат пакета: {format}</translation>
    </message>
    <message>
        <source>Store schema: {schema}</source>
        <translation>Схема хранилища: {schema}</translation>
    </message>
    <message>
        <source>Data file in use (schema {schema}):</source>
        <translation>Используемый файл данных (схема {schema}):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>About Fieldbook</source>
        <translation>О программе Fieldbook</translation>
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
        <translation> (изменено, еще не сохранено)</translation>
    </message>
    <message>
        <source>✗ see below</source>
        <translation>✗ см. ниже</translation>
    </message>
    <message>
        <source>⚠ see below</source>
        <translation>⚠ см. ниже</translation>
    </message>
    <message>
        <source>✓ sums agree</source>
        <translation>✓ суммы сходятся</translation>
    </message>
</context>
<context>
    <name>BeneficiaryPage</name>
    <message>
        <source>Beneficiaries</source>
        <extracomment>Unsaved counts appeared or went away (the status bar tells the truth). What the grid shows (initiative, period, reach): where the pickers go back to when a move is cancelled. A record to show once its initiative is chosen: (initiative, period, reach) — a problem opened from the export dialog.</extracomment>
        <translation>Бенефициары</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Период</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Отчетный период</translation>
    </message>
    <message>
        <source>A half-year (2026-H2), a quarter (2026-Q4) or a year; the grid opens on the latest period with counts for the initiative</source>
        <translation>Полугодие (2026-H2), квартал (2026-Q4) или год; таблица открывается на последнем периоде, за который по инициативе есть данные</translation>
    </message>
    <message>
        <source>&amp;Reach</source>
        <translation>&amp;Охват</translation>
    </message>
    <message>
        <source>Direct or indirect</source>
        <translation>Прямые или косвенные</translation>
    </message>
    <message>
        <source>Beneficiary counts by group</source>
        <translation>Число бенефициаров по группам</translation>
    </message>
    <message>
        <source>Problems in the counts</source>
        <translation>Замечания по данным</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Отм&amp;енить изменения</translation>
    </message>
    <message>
        <source>Revert unsaved counts</source>
        <translation>Отменить несохраненные данные</translation>
    </message>
    <message>
        <source>&amp;Save counts</source>
        <translation>&amp;Сохранить данные</translation>
    </message>
    <message>
        <source>Save the changed rows (Ctrl+S)</source>
        <translation>Сохранить измененные строки (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save counts</source>
        <translation>Сохранить данные</translation>
    </message>
    <message>
        <source>The beneficiary counts of {period}</source>
        <translation>Данные о бенефициарах за период {period}</translation>
    </message>
    <message>
        <source>Targeted {targeted} · reached {reached}</source>
        <translation>Целевой охват: {targeted} · фактический охват: {reached}</translation>
    </message>
    <message>
        <source>Edit beneficiary counts</source>
        <translation>Изменить данные о бенефициарах</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Не сохранено: {error}</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Code</source>
        <extracomment>Grows on every reset, so that a proxy knows its accepted set is stale. How many records the list holds before search and filters (the &quot;of N&quot; of the count under the list).</extracomment>
        <translation>Код</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>City or locality</source>
        <translation>Город или населенный пункт</translation>
    </message>
    <message>
        <source>Flagship</source>
        <translation>Флагманская программа</translation>
    </message>
    <message>
        <source>Subprogramme</source>
        <translation>Подпрограмма</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Аббревиатура</translation>
    </message>
    <message>
        <source>Partner type</source>
        <translation>Тип партнера</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Инициативы</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Инициатива</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>Тип источника</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Вид финансирования</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>USD rate</source>
        <translation>Курс USD</translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation>Сумма (USD)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>{low}–{high} years</source>
        <translation>{low}–{high} лет</translation>
    </message>
    <message>
        <source>{low} years and over</source>
        <translation>{low} лет и старше</translation>
    </message>
    <message>
        <source>{band}: {years}. The four age bands add up to the total.</source>
        <translation>{band}: {years}. Сумма по четырем возрастным группам равна итоговому числу.</translation>
    </message>
    <message>
        <source>People of this sex; female, male and other add up to the total.</source>
        <translation>Лица данного пола; сумма по женщинам, мужчинам и другим равна итоговому числу.</translation>
    </message>
    <message>
        <source>Persons with disabilities, of any age or sex (part of the total).</source>
        <translation>Лица с инвалидностью любого возраста и пола (входят в итоговое число).</translation>
    </message>
    <message>
        <source>Everyone counted in this group.</source>
        <translation>Все лица, учтенные в этой группе.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <source>Other sex</source>
        <translation>Другие</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Молодежь</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Взрослые</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Пожилые люди</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Лица с инвалидностью</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>Целевой охват</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Фактический охват</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
</context>
<context>
    <name>Consolidate</name>
    <message>
        <source>Unreadable</source>
        <translation>Не читается</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Действителен</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонен</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Порядковый номер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
</context>
<context>
    <name>ConsolidatePage</name>
    <message>
        <source>Consolidate packages</source>
        <extracomment>How often the page asks who is importing into a PostgreSQL store, while it is shown.</extracomment>
        <translation>Консолидация пакетов</translation>
    </message>
    <message>
        <source>Drop package files (.xlsx) here, or add them. Each is checked at once: merge the valid ones into one package, or import them into this data file.</source>
        <translation>Перетащите сюда файлы пакетов (.xlsx) или добавьте их. Каждый пакет сразу проверяется: объедините действительные пакеты в один или импортируйте их в этот файл данных.</translation>
    </message>
    <message>
        <source>Drop package files (.xlsx) here, or add them. Each is checked at once: merge the valid ones into one package, or import them into this store.</source>
        <translation>Перетащите сюда файлы пакетов (.xlsx) или добавьте их. Каждый пакет сразу проверяется: объедините действительные пакеты в один или импортируйте их в это хранилище.</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Пакеты</translation>
    </message>
    <message>
        <source>Problems of the selected package</source>
        <translation>Замечания по выбранному пакету</translation>
    </message>
    <message>
        <source>Select a package to see its problems here.</source>
        <translation>Выберите пакет, чтобы увидеть здесь замечания по нему.</translation>
    </message>
    <message>
        <source>&amp;Add packages…</source>
        <translation>&amp;Добавить пакеты…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>Show &amp;problems</source>
        <translation>Показать &amp;замечания</translation>
    </message>
    <message>
        <source>&amp;Merge to file…</source>
        <translation>&amp;Объединить в файл…</translation>
    </message>
    <message>
        <source>&amp;Import into this data file…</source>
        <translation>&amp;Импортировать в этот файл данных…</translation>
    </message>
    <message>
        <source>&amp;Import into this store…</source>
        <translation>&amp;Импортировать в это хранилище…</translation>
    </message>
    <message>
        <source>&amp;Undo last import…</source>
        <translation>&amp;Отменить последний импорт…</translation>
    </message>
    <message>
        <source>Imports under way</source>
        <translation>Текущие операции импорта</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Последний результат</translation>
    </message>
    <message>
        <source>Add packages</source>
        <translation>Добавить пакеты</translation>
    </message>
    <message>
        <source>Fieldbook packages (*.xlsx);;All files (*)</source>
        <translation>Пакеты Fieldbook (*.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Checking packages…</source>
        <translation>Проверка пакетов…</translation>
    </message>
    <message>
        <source>{file}: {status}, {errors} errors, {warnings} warnings</source>
        <translation>{file}: {status}, ошибок: {errors}, предупреждений: {warnings}</translation>
    </message>
    <message>
        <source>Merge into which folder?</source>
        <translation>В какую папку объединить?</translation>
    </message>
    <message>
        <source>Merging packages…</source>
        <translation>Объединение пакетов…</translation>
    </message>
    <message>
        <source>Merged into {file}: {records} records, {conflicts} conflicts, {superseded} superseded. Report: merge-report.xlsx beside it.</source>
        <translation>Объединено в {file}: записей — {records}, конфликтов — {conflicts}, заменено более новыми версиями — {superseded}. Отчет: merge-report.xlsx в той же папке.</translation>
    </message>
    <message>
        <source>Checking what the import would change…</source>
        <translation>Проверка того, что изменит импорт…</translation>
    </message>
    <message>
        <source>Signing keys new to this data file — confirm each fingerprint with its office (by phone) before you answer Yes:</source>
        <translation>Ключи подписи, новые для этого файла данных, — прежде чем ответить «Да», сверьте каждый отпечаток с соответствующим отделением (по телефону):</translation>
    </message>
    <message>
        <source>Signing keys new to this store — confirm each fingerprint with its office (by phone) before you answer Yes:</source>
        <translation>Ключи подписи, новые для этого хранилища, — прежде чем ответить «Да», сверьте каждый отпечаток с соответствующим отделением (по телефону):</translation>
    </message>
    <message>
        <source>Not signed (anyone could have written them); importing records your name in the ledger:</source>
        <translation>Без подписи (их мог составить кто угодно); при импорте ваше имя будет записано в журнал:</translation>
    </message>
    <message>
        <source>A dry run of the import found:

{lines}{trust}

Import for real? The last import can be undone.</source>
        <translation>Пробный импорт показал:

{lines}{trust}

Выполнить импорт? Последний импорт можно отменить.</translation>
    </message>
    <message>
        <source>Import packages?</source>
        <translation>Импортировать пакеты?</translation>
    </message>
    <message>
        <source>A dry run of the import found:

{lines}{trust}

Import for real? A backup of the data file is taken first, and the last import can be undone.</source>
        <translation>Пробный импорт показал:

{lines}{trust}

Выполнить импорт? Сначала будет создана резервная копия файла данных; последний импорт можно отменить.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Импорт отменен; ничего не изменено.</translation>
    </message>
    <message>
        <source>Importing packages…</source>
        <translation>Импорт пакетов…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>Отменено; ничего не импортировано.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>One package was imported before it; the others were not.</source>
        <translation>До него был импортирован один пакет; остальные не импортированы.</translation>
    </message>
    <message>
        <source>{n} packages were imported before it; the others were not.</source>
        <translation>Пакетов, импортированных до него: {n}; остальные не импортированы.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и еще %n файл</numerusform>
            <numerusform>и еще %n файла</numerusform>
            <numerusform>и еще %n файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) imported {when} by {who} — {offices}: {files}</source>
        <translation>
            <numerusform>%n пакет импортирован {when} ({who}) — {offices}: {files}</numerusform>
            <numerusform>%n пакета импортированы {when} ({who}) — {offices}: {files}</numerusform>
            <numerusform>%n пакетов импортировано {when} ({who}) — {offices}: {files}</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo last import?</source>
        <translation>Отменить последний импорт?</translation>
    </message>
    <message>
        <source>Undo the last import?

{what}

What these packages created is removed and what they changed or deleted comes back as it was; their ledger entries go, so they can be imported again. It is refused, with nothing undone, if records they wrote were edited or imported again since.</source>
        <translation>Отменить последний импорт?

{what}

То, что создали эти пакеты, будет удалено, а то, что они изменили или удалили, вернется в прежнее состояние; их записи в журнале будут удалены, поэтому их можно будет импортировать снова. Если записи, внесенные этими пакетами, с тех пор были отредактированы или импортированы повторно, операция будет отклонена и ничего не будет отменено.</translation>
    </message>
    <message>
        <source>Undoing the last import…</source>
        <translation>Отмена последнего импорта…</translation>
    </message>
    <message numerus="yes">
        <source>Undid the import of %n package(s): {files}</source>
        <translation>
            <numerusform>Отменен импорт %n пакета: {files}</numerusform>
            <numerusform>Отменен импорт %n пакетов: {files}</numerusform>
            <numerusform>Отменен импорт %n пакетов: {files}</numerusform>
        </translation>
    </message>
    <message>
        <source>{who} is importing into this store since {time}</source>
        <translation>{who} выполняет импорт в это хранилище с {time}</translation>
    </message>
    <message>
        <source>{who} is importing into this store</source>
        <translation>{who} выполняет импорт в это хранилище</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Отменено; ничего не записано.</translation>
    </message>
    <message>
        <source>Consolidate</source>
        <translation>Консолидация</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>How people are counted: an initiative reports its people for each period, and the same people are often reported again in the next period. So for each initiative and group only one period counts, the one with the highest figure (of two equal periods, the later one), and these figures are added up across initiatives and groups: someone counted in 2023-H1 and again in 2023-H2 is counted once. Targeted and reached are chosen separately. The Office summary lists each period&apos;s reports as they were made; they are not added up here. Indirect beneficiaries are never added to direct ones.</source>
        <translation>Как учитываются люди: инициатива сообщает о людях за каждый период, и те же люди часто снова учитываются в следующем периоде. Поэтому для каждой инициативы и группы учитывается только один период — с наибольшим значением (из двух периодов с равными значениями — более поздний), и эти значения суммируются по инициативам и группам: человек, учтенный в 2023-H1 и снова в 2023-H2, учитывается один раз. Целевой и фактический охват выбираются отдельно. В сводке по отделению данные за каждый период приводятся так, как они были представлены; здесь они не суммируются. Косвенные бенефициары никогда не прибавляются к прямым.</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Инициатива</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>From package</source>
        <translation>Из пакета</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <extracomment>How often the page asks, while shown, whether an import has committed into the store.</extracomment>
        <translation>Панель показателей</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Flagship</source>
        <translation>Флагманская программа</translation>
    </message>
    <message>
        <source>Subprogramme</source>
        <translation>Подпрограмма</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>Filter by {what}</source>
        <translation>Фильтр: {what}</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Экспорт отчета…</translation>
    </message>
    <message>
        <source>Export the KPI report as a workbook</source>
        <translation>Экспортировать отчет о КПЭ в виде книги Excel</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Инициативы</translation>
    </message>
    <message>
        <source>Countries supported</source>
        <translation>Страны, получающие поддержку</translation>
    </message>
    <message>
        <source>Cities supported</source>
        <translation>Города, получающие поддержку</translation>
    </message>
    <message>
        <source>People reached (direct)</source>
        <translation>Фактический охват (прямые бенефициары)</translation>
    </message>
    <message>
        <source>People targeted (direct)</source>
        <translation>Целевой охват (прямые бенефициары)</translation>
    </message>
    <message>
        <source>Funds received (USD)</source>
        <translation>Полученные средства (USD)</translation>
    </message>
    <message>
        <source>Funds committed (USD)</source>
        <translation>Средства по обязательствам (USD)</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнеры</translation>
    </message>
    <message>
        <source>Knowledge products</source>
        <translation>Продукты знаний</translation>
    </message>
    <message>
        <source>SDG targets touched</source>
        <translation>Охваченные задачи ЦУР</translation>
    </message>
    <message>
        <source>Funds pledged (USD)</source>
        <translation>Объявленные взносы (USD)</translation>
    </message>
    <message>
        <source>Funds spent (USD)</source>
        <translation>Израсходованные средства (USD)</translation>
    </message>
    <message>
        <source>Each initiative&apos;s group counted once, in its period with the highest figure</source>
        <translation>Группа каждой инициативы учитывается один раз — в периоде с наибольшим значением</translation>
    </message>
    <message>
        <source>People by group: targeted and reached</source>
        <translation>Люди по группам: целевой и фактический охват</translation>
    </message>
    <message>
        <source>Funds by transaction type (USD millions)</source>
        <translation>Средства по типам операций (млн USD)</translation>
    </message>
    <message>
        <source>Funds received by source</source>
        <translation>Полученные средства по источникам</translation>
    </message>
    <message>
        <source>Initiatives by status</source>
        <translation>Инициативы по статусам</translation>
    </message>
    <message>
        <source>Click a figure to see the records behind it.</source>
        <translation>Щелкните показатель, чтобы увидеть записи, на которых он основан.</translation>
    </message>
    <message>
        <source>{n} reached indirectly</source>
        <translation>косвенный охват: {n}</translation>
    </message>
    <message>
        <source>from {n} countries</source>
        <translation>стран: {n}</translation>
    </message>
    <message>
        <source>{n} of 17 goals</source>
        <translation>{n} из 17 целей</translation>
    </message>
    <message>
        <source>Dashboard — {filters}</source>
        <translation>Панель показателей — {filters}</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Фактический охват</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>Целевой охват</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation>Объявленные взносы</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Израсходовано</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Records behind: {figure}</source>
        <translation>Записи, на которых основан показатель: {figure}</translation>
    </message>
    <message>
        <source>Export the KPI report</source>
        <translation>Экспорт отчета о КПЭ</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>Отчет сохранен</translation>
    </message>
    <message>
        <source>The KPI report is in {path}</source>
        <translation>Отчет о КПЭ сохранен в {path}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export package</source>
        <extracomment>Problems listed in the dialog; the rest are counted. The person wants to fix a problem: entity, record id (the dialog closes; the window opens the record).</extracomment>
        <translation>Экспорт пакета</translation>
    </message>
    <message>
        <source>Checking the records…</source>
        <translation>Проверка записей…</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Отчетный период</translation>
    </message>
    <message>
        <source>A half-year (2026-H2), a quarter (2026-Q4) or a year (2026)</source>
        <translation>Полугодие (2026-H2), квартал (2026-Q4) или год (2026)</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Период</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Папка назначения</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>В&amp;ыбрать…</translation>
    </message>
    <message>
        <source>Choose the destination folder</source>
        <translation>Выберите папку назначения</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>П&amp;апка</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>Порядковый номер</translation>
    </message>
    <message>
        <source>The office&apos;s packages are numbered 1, 2, 3… across periods: one more than the highest in the folder. Headquarters notices a gap.</source>
        <translation>Пакеты отделения нумеруются 1, 2, 3… сквозной нумерацией по всем периодам: на единицу больше наибольшего номера в папке. Штаб-квартира заметит пропуск.</translation>
    </message>
    <message>
        <source>&amp;Sequence</source>
        <translation>Порядковый &amp;номер</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>What will go</source>
        <translation>Что войдет в пакет</translation>
    </message>
    <message>
        <source>What goes</source>
        <translation>Что входит в пакет</translation>
    </message>
    <message>
        <source>Problems found by the rules; Enter opens the record</source>
        <translation>Замечания, выявленные правилами проверки; Enter открывает запись</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Результат экспорта</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <source>Show in f&amp;older</source>
        <translation>Показать в пап&amp;ке</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>This data file cannot be exported as an office package</source>
        <translation>Этот файл данных нельзя экспортировать как пакет отделения</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln initiative(s)</source>
        <translation>
            <numerusform>%Ln инициатива</numerusform>
            <numerusform>%Ln инициативы</numerusform>
            <numerusform>%Ln инициатив</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln beneficiary count(s)</source>
        <translation>
            <numerusform>%Ln запись о бенефициарах</numerusform>
            <numerusform>%Ln записи о бенефициарах</numerusform>
            <numerusform>%Ln записей о бенефициарах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln funding line(s)</source>
        <translation>
            <numerusform>%Ln строка финансирования</numerusform>
            <numerusform>%Ln строки финансирования</numerusform>
            <numerusform>%Ln строк финансирования</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln партнер</numerusform>
            <numerusform>%Ln партнера</numerusform>
            <numerusform>%Ln партнеров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner link(s)</source>
        <translation>
            <numerusform>%Ln связь с партнером</numerusform>
            <numerusform>%Ln связи с партнерами</numerusform>
            <numerusform>%Ln связей с партнерами</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln knowledge product(s)</source>
        <translation>
            <numerusform>%Ln продукт знаний</numerusform>
            <numerusform>%Ln продукта знаний</numerusform>
            <numerusform>%Ln продуктов знаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deletion(s)</source>
        <translation>
            <numerusform>%Ln удаление</numerusform>
            <numerusform>%Ln удаления</numerusform>
            <numerusform>%Ln удалений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln ошибка</numerusform>
            <numerusform>%Ln ошибки</numerusform>
            <numerusform>%Ln ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln предупреждение</numerusform>
            <numerusform>%Ln предупреждения</numerusform>
            <numerusform>%Ln предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <source>The office profile and all its records: {list}.</source>
        <translation>Профиль отделения и все его записи — {list}.</translation>
    </message>
    <message>
        <source>{errors} to fix first: the regional office&apos;s check would refuse the package. Press Enter on a problem (or double-click it) to open its record.</source>
        <translation>Сначала нужно исправить ошибки ({errors}): при проверке в региональном отделении пакет будет отклонен. Нажмите Enter на замечании (или дважды щелкните его), чтобы открыть запись.</translation>
    </message>
    <message>
        <source>And {warnings}.</source>
        <translation>Также есть предупреждения ({warnings}).</translation>
    </message>
    <message>
        <source>No errors. {warnings} to look at (the package can go as it is); Enter opens the record.</source>
        <translation>Ошибок нет. Есть предупреждения, которые стоит проверить ({warnings}); пакет можно отправить в нынешнем виде. Enter открывает запись.</translation>
    </message>
    <message>
        <source>The rules find no problem in the records.</source>
        <translation>Правила проверки не выявили замечаний к записям.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… и еще {n}</translation>
    </message>
    <message>
        <source>The records could not be read</source>
        <translation>Не удалось прочитать записи</translation>
    </message>
    <message>
        <source>Folder for the package</source>
        <translation>Папка для пакета</translation>
    </message>
    <message>
        <source>“{text}” is not a period: type 2026-H2, 2026-Q4 or 2026</source>
        <translation>«{text}» — не период: введите 2026-H2, 2026-Q4 или 2026</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>Запись пакета…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Checked as the regional office will check it: valid.</source>
        <translation>Проверено так же, как проверит региональное отделение: пакет действителен.</translation>
    </message>
    <message>
        <source>Checked as the regional office will check it: {errors}; open the file in Consolidate to see them.</source>
        <translation>Проверено так же, как проверит региональное отделение: есть ошибки ({errors}); чтобы их просмотреть, откройте файл в разделе «Консолидация».</translation>
    </message>
    <message>
        <source>Exported {file} ({records} records) to {folder}.</source>
        <translation>Файл {file} (записей: {records}) экспортирован в папку {folder}.</translation>
    </message>
    <message>
        <source>Send this file to your regional office.</source>
        <translation>Отправьте этот файл в свое региональное отделение.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Экспорт отменен; ничего не записано.</translation>
    </message>
    <message>
        <source>The package was not written: {error}</source>
        <translation>Пакет не записан: {error}</translation>
    </message>
</context>
<context>
    <name>FunderField</name>
    <message>
        <source>&amp;New partner…</source>
        <extracomment>Create a partner: the name typed, if it matches none.</extracomment>
        <translation>&amp;Новый партнер…</translation>
    </message>
    <message>
        <source>Create a new partner as the funder</source>
        <translation>Создать нового партнера в качестве донора</translation>
    </message>
    <message>
        <source>Create a partner that is not in the list yet (Alt+N)</source>
        <translation>Создать партнера, которого еще нет в списке (Alt+Н)</translation>
    </message>
</context>
<context>
    <name>FundingPage</name>
    <message>
        <source>Funding</source>
        <translation>Финансирование</translation>
    </message>
    <message>
        <source>&amp;New line</source>
        <translation>&amp;Новая строка</translation>
    </message>
    <message>
        <source>New funding line (Ctrl+N)</source>
        <translation>Новая строка финансирования (Ctrl+N)</translation>
    </message>
    <message>
        <source>New funding line</source>
        <translation>Новая строка финансирования</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Изм&amp;енить</translation>
    </message>
    <message>
        <source>Edit the selected funding line</source>
        <translation>Изменить выбранную строку финансирования</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Delete the selected funding line</source>
        <translation>Удалить выбранную строку финансирования</translation>
    </message>
    <message>
        <source>Funding lines</source>
        <translation>Строки финансирования</translation>
    </message>
    <message>
        <source>Totals in USD</source>
        <translation>Итоги в USD</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Fieldbook user guide</source>
        <extracomment>A section&apos;s anchor: a line of its own in the Markdown. What an anchor line becomes for Qt&apos;s Markdown reader (a paragraph of plain text), until load_guide removes it. Pictures wider than this are shown scaled down, so a screenshot fits the window without scrolling sideways.</extracomment>
        <translation>Руководство пользователя Fieldbook</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of Fieldbook.</source>
        <translation>Руководство пользователя не установлено вместе с этой копией Fieldbook.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Select a record to see its history.</source>
        <translation>Выберите запись, чтобы увидеть ее историю.</translation>
    </message>
    <message>
        <source>Change history of the selected record</source>
        <translation>История изменений выбранной записи</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to this record; newest first.</source>
        <translation>
            <numerusform>%Ln изменение этой записи; сначала самые новые.</numerusform>
            <numerusform>%Ln изменения этой записи; сначала самые новые.</numerusform>
            <numerusform>%Ln изменений этой записи; сначала самые новые.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record is deleted (tombstone kept).</source>
        <translation>Запись удалена (отметка об удалении сохранена).</translation>
    </message>
</context>
<context>
    <name>InitiativePicker</name>
    <message>
        <source>&amp;Initiative</source>
        <extracomment>The person chose an initiative (from the list, or typed and confirmed), not the program.</extracomment>
        <translation>&amp;Инициатива</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Инициатива</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Search (Ctrl+F)…</source>
        <translation>Поиск (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Search {what}</source>
        <translation>Поиск: {what}</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>New record (Ctrl+N)</source>
        <translation>Новая запись (Ctrl+N)</translation>
    </message>
    <message>
        <source>New {what}</source>
        <translation>Создать запись: {what}</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <source>Edit the selected record (Enter)</source>
        <translation>Изменить выбранную запись (Enter)</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>Изменить выбранную запись</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Delete the selected record (Del)</source>
        <translation>Удалить выбранную запись (Del)</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>Удалить выбранную запись</translation>
    </message>
    <message>
        <source>List of {what}</source>
        <translation>Список: {what}</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Показано строк</translation>
    </message>
    <message>
        <source>Loading initiatives…</source>
        <translation>Загрузка инициатив…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>Loading cancelled; press F5 to load the list.</source>
        <translation>Загрузка отменена; чтобы загрузить список, нажмите F5.</translation>
    </message>
    <message>
        <source>The list could not be loaded: {error}</source>
        <translation>Не удалось загрузить список: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln запись</numerusform>
            <numerusform>%Ln записи</numerusform>
            <numerusform>%Ln записей</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} records shown</source>
        <translation>Показано записей: {shown} из {total}</translation>
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
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Инициативы</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Бенефициары</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Финансирование</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнеры</translation>
    </message>
    <message>
        <source>Knowledge products</source>
        <translation>Продукты знаний</translation>
    </message>
    <message>
        <source>Office summary</source>
        <translation>Сводка по отделению</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Панель показателей</translation>
    </message>
    <message>
        <source>Consolidate</source>
        <translation>Консолидация</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>History of the selected record</source>
        <translation>История выбранной записи</translation>
    </message>
    <message>
        <source>Record counts</source>
        <translation>Число записей</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Все изменения сохранены</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Состояние сохранения</translation>
    </message>
    <message>
        <source>Data file in use</source>
        <translation>Используемый файл данных</translation>
    </message>
    <message>
        <source>Data file in use: {path}</source>
        <translation>Используемый файл данных: {path}</translation>
    </message>
    <message>
        <source>{store} (read-only)</source>
        <translation>{store} (только для чтения)</translation>
    </message>
    <message>
        <source>Fieldbook — headquarters store {store}</source>
        <translation>Fieldbook — хранилище штаб-квартиры {store}</translation>
    </message>
    <message>
        <source>Headquarters store: {store}</source>
        <translation>Хранилище штаб-квартиры: {store}</translation>
    </message>
    <message>
        <source>Headquarters store in use: {store}</source>
        <translation>Используемое хранилище штаб-квартиры: {store}</translation>
    </message>
    <message>
        <source>Headquarters store in use</source>
        <translation>Используемое хранилище штаб-квартиры</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open headquarters store…</source>
        <translation>&amp;Открыть хранилище штаб-квартиры…</translation>
    </message>
    <message>
        <source>Read every office&apos;s records in a headquarters store: a SQLite file or a PostgreSQL database</source>
        <translation>Просмотреть записи всех отделений в хранилище штаб-квартиры: файле SQLite или базе данных PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Recent stores</source>
        <translation>Недавние &amp;хранилища</translation>
    </message>
    <message>
        <source>&amp;Back to my office data file</source>
        <translation>&amp;Вернуться к файлу данных моего отделения</translation>
    </message>
    <message>
        <source>Close the headquarters store and open this office&apos;s own data file again</source>
        <translation>Закрыть хранилище штаб-квартиры и снова открыть собственный файл данных этого отделения</translation>
    </message>
    <message>
        <source>&amp;Export package…</source>
        <translation>&amp;Экспорт пакета…</translation>
    </message>
    <message>
        <source>Write this period&apos;s package for the regional office</source>
        <translation>Записать пакет за этот период для регионального отделения</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;Новая запись</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>На&amp;йти</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Fieldbook</source>
        <translation>&amp;О программе Fieldbook</translation>
    </message>
    <message>
        <source>Fieldbook — {name} ({code})</source>
        <translation>Fieldbook — {name} ({code})</translation>
    </message>
    <message>
        <source>No recent stores</source>
        <translation>Нет недавних хранилищ</translation>
    </message>
    <message>
        <source>Back to my office data file</source>
        <translation>Вернуться к файлу данных моего отделения</translation>
    </message>
    <message>
        <source>Building the demo office…</source>
        <translation>Создание демонстрационного отделения…</translation>
    </message>
    <message>
        <source>Demo office</source>
        <translation>Демонстрационное отделение</translation>
    </message>
    <message>
        <source>{initiative} initiatives · {beneficiary_count} beneficiary counts · {funding_line} funding lines · {partner} partners · {knowledge_product} knowledge products</source>
        <translation>Инициатив: {initiative} · записей о бенефициарах: {beneficiary_count} · строк финансирования: {funding_line} · партнеров: {partner} · продуктов знаний: {knowledge_product}</translation>
    </message>
    <message>
        <source>Saved with a warning: {message}</source>
        <translation>Сохранено с предупреждением: {message}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>Delete this {what}? It can be undone with Ctrl+Z; a tombstone is kept so the deletion travels in the next package.</source>
        <translation>Удалить выбранную запись ({what})? Удаление можно отменить сочетанием клавиш Ctrl+Z; сохраняется отметка об удалении, чтобы удаление попало в следующий пакет.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Оставить</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Unsaved beneficiary counts (Ctrl+S saves)</source>
        <translation>Несохраненные данные о бенефициарах (Ctrl+S — сохранить)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Something went wrong: {message}</source>
        <translation>Произошла ошибка: {message}</translation>
    </message>
    <message>
        <source>Undo or redo could not be applied: {message}</source>
        <translation>Не удалось отменить или повторить действие: {message}</translation>
    </message>
    <message>
        <source>Exported {file}</source>
        <translation>Экспортирован файл {file}</translation>
    </message>
</context>
<context>
    <name>OfficeWizard</name>
    <message>
        <source>Set up my office</source>
        <translation>Настроить мое отделение</translation>
    </message>
    <message>
        <source>&amp;Start recording</source>
        <translation>&amp;Начать работу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Add</source>
        <extracomment>A change reached the store (saved, deleted, undone or redone): entities touched. An undo or redo failed: the message to show.</extracomment>
        <translation>добавление:</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>изменение:</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>удаление: {what}</translation>
    </message>
    <message>
        <source>office profile</source>
        <translation>профиль отделения</translation>
    </message>
    <message>
        <source>initiative</source>
        <translation>инициатива</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>партнер</translation>
    </message>
    <message>
        <source>beneficiary counts</source>
        <translation>данные о бенефициарах</translation>
    </message>
    <message>
        <source>funding line</source>
        <translation>строка финансирования</translation>
    </message>
    <message>
        <source>knowledge product</source>
        <translation>продукт знаний</translation>
    </message>
    <message>
        <source>partner link</source>
        <translation>связь с партнером</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Type the date as 2024-03-01 or {short}; Alt+Down opens the calendar, Up and Down move it a day</source>
        <translation>Введите дату в формате 2024-03-01 или {short}; Alt+Down открывает календарь, Up и Down сдвигают дату на один день</translation>
    </message>
    <message>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>Выбрать дату в календаре (Alt+Down)</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Открыть календарь</translation>
    </message>
    <message>
        <source>Leave the date empty (Ctrl+Delete)</source>
        <translation>Оставить дату пустой (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Clear date</source>
        <translation>Очистить дату</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Не указана</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Records are entered in the office&apos;s own data file; this is a headquarters store</source>
        <translation>Записи вводятся в собственном файле данных отделения; это хранилище штаб-квартиры</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохраненные изменения</translation>
    </message>
    <message>
        <source>{what} have changes that are not saved yet.</source>
        <translation>{what}: есть несохраненные изменения.</translation>
    </message>
    <message>
        <source>Save them, discard them, or go back to them?</source>
        <translation>Сохранить их, отменить или вернуться к ним?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Не сохранять</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Инициативы</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнеры</translation>
    </message>
    <message>
        <source>Knowledge products</source>
        <translation>Продукты знаний</translation>
    </message>
</context>
<context>
    <name>PartnerLinksEditor</name>
    <message>
        <source>Partner to link</source>
        <extracomment>Add was pressed on a name that matches no partner: the typed name.</extracomment>
        <translation>Партнер для связи</translation>
    </message>
    <message>
        <source>Role of the partner</source>
        <translation>Роль партнера</translation>
    </message>
    <message>
        <source>&amp;Add partner</source>
        <translation>&amp;Добавить партнера</translation>
    </message>
    <message>
        <source>Add the partner with this role</source>
        <translation>Добавить партнера с этой ролью</translation>
    </message>
    <message>
        <source>Add the partner with this role (Enter in the partner box); a name that is not in the list creates a new partner</source>
        <translation>Добавить партнера с этой ролью (Enter в поле партнера); если имени нет в списке, будет создан новый партнер</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Linked partners</source>
        <translation>Связанные партнеры</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Убрать выбранного</translation>
    </message>
    <message>
        <source>Remove the selected partner link</source>
        <translation>Убрать выбранную связь с партнером</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Problems in {file}</source>
        <translation>Замечания: {file}</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Замечаний нет.</translation>
    </message>
</context>
<context>
    <name>RateField</name>
    <message>
        <source>Which way the rate goes</source>
        <extracomment>Which way a typed rate goes: USD for one unit of the currency (how the store keeps it), or units for one USD. Currencies quoted as USD for one unit (EUR/USD 1.08); every other one is quoted as units for one USD (63.9 MZN). The places FundingLine.usd_rate keeps (DecimalText(24, 10)).</extracomment>
        <translation>Направление курса</translation>
    </message>
    <message>
        <source>How the rate you type is read: units of the currency for one US dollar, or US dollars for one unit of the currency</source>
        <translation>Как читается вводимый курс: единиц валюты за один доллар США или долларов США за одну единицу валюты</translation>
    </message>
    <message>
        <source>The rate both ways</source>
        <translation>Курс в обоих направлениях</translation>
    </message>
    <message>
        <source>{currency} per 1 USD</source>
        <translation>{currency} за 1 USD</translation>
    </message>
    <message>
        <source>USD per 1 {currency}</source>
        <translation>USD за 1 {currency}</translation>
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
        <translation>Новая запись: {what}</translation>
    </message>
    <message>
        <source>Edit {what}</source>
        <translation>Изменение записи: {what}</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Состояние сохранения</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Общие сведения</translation>
    </message>
    <message>
        <source>SD&amp;G targets</source>
        <translation>&amp;Задачи ЦУР</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Партнеры</translation>
    </message>
    <message>
        <source>Save the changes to this {what}?</source>
        <translation>Сохранить изменения в записи ({what})?</translation>
    </message>
    <message>
        <source>Discard closes the editor and loses what was typed; Cancel goes back to it.</source>
        <translation>«Не сохранять» закрывает редактор, и введенные данные будут потеряны; «Отмена» возвращает к редактированию.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Не сохранять</translation>
    </message>
    <message>
        <source>Fill in the fields marked * to save.</source>
        <translation>Чтобы сохранить, заполните поля, отмеченные *.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) to fix before saving.</source>
        <translation>
            <numerusform>Перед сохранением нужно устранить %Ln замечание.</numerusform>
            <numerusform>Перед сохранением нужно устранить %Ln замечания.</numerusform>
            <numerusform>Перед сохранением нужно устранить %Ln замечаний.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Can be saved; %Ln warning(s) to check.</source>
        <translation>
            <numerusform>Можно сохранить; проверьте %Ln предупреждение.</numerusform>
            <numerusform>Можно сохранить; проверьте %Ln предупреждения.</numerusform>
            <numerusform>Можно сохранить; проверьте %Ln предупреждений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Not saved: another record already has this code or these keys.</source>
        <translation>Не сохранено: у другой записи уже есть такой код или такие ключи.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Не сохранено: {error}</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Parts of the record</source>
        <translation>Разделы записи</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Инициатива</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Замечание по полю «{field}»</translation>
    </message>
    <message>
        <source>“{text}” is not in the list; type part of a name and pick one</source>
        <translation>«{text}» нет в списке; введите часть названия и выберите из списка</translation>
    </message>
    <message>
        <source>2024-03-01 or {short}</source>
        <translation>2024-03-01 или {short}</translation>
    </message>
    <message>
        <source>“{text}” is not a date; type it as {ways}</source>
        <translation>«{text}» — не дата; введите ее в формате {ways}</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>RecordsBehindDialog</name>
    <message>
        <source>{n} records. “From package” names the package each came from, or says it was entered in this store.</source>
        <translation>Записей: {n}. В столбце «Из пакета» указан пакет, из которого поступила каждая запись, или отмечено, что она введена в этом хранилище.</translation>
    </message>
    <message>
        <source>Each row is the period that counts for one initiative and group: the one with the highest figure (of two equal periods, the later one). The other periods&apos; reports are left out, so that people reported again are counted once; these rows add up to the figure.</source>
        <translation>Каждая строка — это период, который учитывается для одной инициативы и группы: период с наибольшим значением (из двух периодов с равными значениями — более поздний). Данные за остальные периоды не учитываются, чтобы повторно учтенные люди считались один раз; сумма этих строк равна показателю.</translation>
    </message>
</context>
<context>
    <name>SdgPicker</name>
    <message>
        <source>Find a target: 11.1, housing, slum…</source>
        <translation>Найти задачу: 11.1, жилье, трущобы…</translation>
    </message>
    <message>
        <source>Find an SDG target</source>
        <translation>Найти задачу ЦУР</translation>
    </message>
    <message>
        <source>Goal {goal}: {label}</source>
        <translation>Цель {goal}: {label}</translation>
    </message>
    <message>
        <source>SDG targets</source>
        <translation>Задачи ЦУР</translation>
    </message>
    <message>
        <source>Selected: {codes}</source>
        <translation>Выбрано: {codes}</translation>
    </message>
    <message>
        <source>No target selected</source>
        <translation>Задачи не выбраны</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Разделы настроек</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Сохранить профиль</translation>
    </message>
    <message>
        <source>Save the office profile</source>
        <translation>Сохранить профиль отделения</translation>
    </message>
    <message>
        <source>The office code is in every record and package of the office, so it cannot be changed once the office is set up.</source>
        <translation>Код отделения входит в каждую запись и каждый пакет отделения, поэтому после настройки отделения изменить его нельзя.</translation>
    </message>
    <message>
        <source>Office profile</source>
        <translation>Профиль отделения</translation>
    </message>
    <message>
        <source>&amp;Language of Fieldbook&apos;s windows and messages:</source>
        <translation>&amp;Язык окон и сообщений Fieldbook:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Язык системы ({language})</translation>
    </message>
    <message>
        <source>Kept for you on this computer. The window is rebuilt in the new language at once; counts you typed and did not save yet stay as they are. The language of the packages your office exports is the office profile&apos;s.</source>
        <translation>Выбор сохраняется для вас на этом компьютере. Окно сразу перестраивается на новом языке; введенные, но еще не сохраненные данные остаются без изменений. Язык пакетов, экспортируемых вашим отделением, задается в профиле отделения.</translation>
    </message>
    <message>
        <source>&amp;Apply language</source>
        <translation>&amp;Применить язык</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data folder&lt;/b&gt;</source>
        <translation>&lt;b&gt;Папка данных&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Папка данных</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data file&lt;/b&gt;</source>
        <translation>&lt;b&gt;Файл данных&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The data file, its backups and these settings live in this folder. To keep them somewhere else — a shared drive or a USB stick — start Fieldbook with &lt;code&gt;fieldbook --data-dir FOLDER&lt;/code&gt;.</source>
        <translation>Файл данных, его резервные копии и эти настройки хранятся в этой папке. Чтобы хранить их в другом месте — на общем сетевом диске или USB-накопителе, — запускайте Fieldbook командой &lt;code&gt;fieldbook --data-dir ПАПКА&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signing key&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ключ подписи&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Ключ подписи</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>&amp;Открыть папку данных</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Открыть папку данных</translation>
    </message>
    <message>
        <source>Fieldbook backs the data file up before every update of its format and every import. Restoring a backup replaces all the data in the file; the current data is backed up first.</source>
        <translation>Fieldbook создает резервную копию файла данных перед каждым обновлением его формата и перед каждым импортом. При восстановлении из резервной копии заменяются все данные в файле; сначала создается резервная копия текущих данных.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Резервные копии, сначала самые новые</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Создать &amp;резервную копию</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Создать резервную копию</translation>
    </message>
    <message>
        <source>Open backups &amp;folder</source>
        <translation>Открыть &amp;папку резервных копий</translation>
    </message>
    <message>
        <source>Open the backups folder</source>
        <translation>Открыть папку резервных копий</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>&amp;Восстановить выбранную…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Восстановить данные из выбранной резервной копии</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Made when the office is set up: it signs every package the office exports.</source>
        <translation>Создается при настройке отделения и служит для подписи каждого пакета, экспортируемого отделением.</translation>
    </message>
    <message>
        <source>{fingerprint}
{path}
It signs every package this office exports, so headquarters knows the package is yours and unchanged. Back it up with the data file, and copy it with the data file to a new computer; read this fingerprint out to headquarters when it asks.</source>
        <translation>{fingerprint}
{path}
Этим ключом подписывается каждый пакет, экспортируемый отделением, поэтому штаб-квартира знает, что пакет ваш и не был изменен. Создавайте его резервную копию вместе с файлом данных и копируйте его вместе с файлом данных на новый компьютер; по запросу штаб-квартиры зачитайте ей этот отпечаток.</translation>
    </message>
    <message>
        <source>{name}  ({size} KB)</source>
        <translation>{name}  ({size} КБ)</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Резервных копий пока нет.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Office profile saved.</source>
        <translation>Профиль отделения сохранен.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Не сохранено: {error}</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Резервная копия сохранена: {path}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Replace all the data in the data file with the backup {name}?

The current data is backed up first, and the undo history is cleared.</source>
        <translation>Заменить все данные в файле данных данными из резервной копии {name}?

Сначала будет создана резервная копия текущих данных, а история отмены будет очищена.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Восстановление…</translation>
    </message>
    <message>
        <source>Not restored: {error}</source>
        <translation>Не восстановлено: {error}</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Данные восстановлены из резервной копии.</translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <source>Open headquarters store</source>
        <extracomment>The keyring service a server&apos;s password is kept under. The settings key of the recent stores (URLs or paths, never a password), most recent first. Seconds to wait for a server that does not answer: an address mistyped says so instead of hanging. The store is open: the store, and the target it was opened from (with any password).</extracomment>
        <translation>Открытие хранилища штаб-квартиры</translation>
    </message>
    <message>
        <source>Headquarters reads every office&apos;s records in one store: a SQLite file, or a PostgreSQL database that several officers share. Records are still entered in each office&apos;s own data file.</source>
        <translation>Штаб-квартира просматривает записи всех отделений в одном хранилище: в файле SQLite или в базе данных PostgreSQL, с которой работают несколько сотрудников. Записи по-прежнему вводятся в собственном файле данных каждого отделения.</translation>
    </message>
    <message>
        <source>&amp;SQLite file</source>
        <translation>Фа&amp;йл SQLite</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server</source>
        <translation>&amp;Сервер PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>SQLite file of the store</source>
        <translation>Файл SQLite хранилища</translation>
    </message>
    <message>
        <source>/path/to/headquarters.sqlite</source>
        <translation>/path/to/headquarters.sqlite</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Об&amp;зор…</translation>
    </message>
    <message>
        <source>Choose the SQLite file</source>
        <translation>Выберите файл SQLite</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Хост</translation>
    </message>
    <message>
        <source>Server host name or address</source>
        <translation>Имя хоста или адрес сервера</translation>
    </message>
    <message>
        <source>Por&amp;t</source>
        <translation>Пор&amp;т</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Порт сервера</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;База данных</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Имя базы данных</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Пользователь</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Па&amp;роль</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;Remember the password (in the system keyring, not in Fieldbook&apos;s settings)</source>
        <translation>Запо&amp;мнить пароль (в системной связке ключей, а не в настройках Fieldbook)</translation>
    </message>
    <message>
        <source>This computer has no system keyring: the password cannot be remembered and is asked for each time.</source>
        <translation>На этом компьютере нет системной связки ключей: пароль нельзя запомнить, поэтому он будет запрашиваться каждый раз.</translation>
    </message>
    <message>
        <source>Why the store did not open</source>
        <translation>Почему не удалось открыть хранилище</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Choose the headquarters store</source>
        <translation>Выберите хранилище штаб-квартиры</translation>
    </message>
    <message>
        <source>Fieldbook stores (*.sqlite *.db);;All files (*)</source>
        <translation>Хранилища Fieldbook (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose the SQLite file of the store.</source>
        <translation>Выберите файл SQLite хранилища.</translation>
    </message>
    <message>
        <source>Fill in the host, the database and the user of the PostgreSQL server.</source>
        <translation>Укажите хост, базу данных и пользователя сервера PostgreSQL.</translation>
    </message>
    <message>
        <source>Opening {store}…</source>
        <translation>Открытие хранилища {store}…</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Office summary</source>
        <translation>Сводка по отделению</translation>
    </message>
    <message>
        <source>E&amp;xport package… (Ctrl+E)</source>
        <translation>&amp;Экспорт пакета… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export this period&apos;s package for the regional office</source>
        <translation>Экспортировать пакет за этот период для регионального отделения</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Инициативы</translation>
    </message>
    <message>
        <source>People (direct)</source>
        <translation>Люди (прямые бенефициары)</translation>
    </message>
    <message>
        <source>Funding (USD)</source>
        <translation>Финансирование (USD)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Initiatives by status</source>
        <translation>Инициативы по статусам</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Удаленные записи</translation>
    </message>
    <message>
        <source>Office summary — {name} ({code})</source>
        <translation>Сводка по отделению — {name} ({code})</translation>
    </message>
    <message>
        <source>{active} active · {pipeline} in the pipeline</source>
        <translation>в реализации: {active} · в подготовке: {pipeline}</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнеры</translation>
    </message>
    <message>
        <source>Beneficiary counts</source>
        <translation>Данные о бенефициарах</translation>
    </message>
    <message>
        <source>Funding lines</source>
        <translation>Строки финансирования</translation>
    </message>
    <message>
        <source>Knowledge products</source>
        <translation>Продукты знаний</translation>
    </message>
    <message>
        <source>Deletions are kept as tombstones so that they travel in the next package.</source>
        <translation>Удаления сохраняются в виде отметок об удалении, чтобы попасть в следующий пакет.</translation>
    </message>
    <message>
        <source>No counts yet</source>
        <translation>Данных пока нет</translation>
    </message>
    <message>
        <source>reached of {targeted} targeted, each initiative&apos;s group counted once (as on the Dashboard)</source>
        <translation>охвачено при целевом охвате {targeted}; группа каждой инициативы учитывается один раз (как на панели показателей)</translation>
    </message>
    <message>
        <source>As reported, per period</source>
        <translation>Как представлено, по периодам</translation>
    </message>
    <message>
        <source>{period}: {reached} reached of {targeted} targeted</source>
        <translation>{period}: фактический охват {reached} при целевом {targeted}</translation>
    </message>
    <message>
        <source>The periods are not added up: the same people are often reported again in the next period (added up, the periods would give {added}). The figure above takes, for each initiative and group, the period with the highest figure (of two equal periods, the later one) and adds those up, so a person counted in two periods is counted once.</source>
        <translation>Данные за периоды не суммируются: те же люди часто снова учитываются в следующем периоде (при суммировании периодов получилось бы {added}). Показатель выше берет для каждой инициативы и группы период с наибольшим значением (из двух периодов с равными значениями — более поздний) и суммирует эти значения, поэтому человек, учтенный в двух периодах, считается один раз.</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>Click to list the records behind this figure</source>
        <translation>Щелкните, чтобы увидеть список записей, на которых основан этот показатель</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Fieldbook</source>
        <translation>Добро пожаловать в Fieldbook</translation>
    </message>
    <message>
        <source>Fieldbook keeps your office&apos;s portfolio — initiatives, beneficiaries, funding, partners and knowledge products — on this computer, and works without a connection. Each reporting period you send one package to your regional office.</source>
        <translation>Fieldbook хранит портфель вашего отделения — инициативы, бенефициаров, финансирование, партнеров и продукты знаний — на этом компьютере и работает без подключения к сети. Каждый отчетный период вы отправляете один пакет в свое региональное отделение.</translation>
    </message>
    <message>
        <source>Set up my office</source>
        <translation>Настроить мое отделение</translation>
    </message>
    <message>
        <source>Enter your office&apos;s code, name, country, region, currency and language, then start recording.</source>
        <translation>Введите код, название, страну, регион, валюту и язык вашего отделения, затем начните работу.</translation>
    </message>
    <message>
        <source>Explore the demo office</source>
        <translation>Открыть демонстрационное отделение</translation>
    </message>
    <message>
        <source>Open the Nairobi demo office, filled with initiatives from the Executive Board report, to try Fieldbook out. You can set up your own office later in a new data folder.</source>
        <translation>Откройте демонстрационное отделение в Найроби, заполненное инициативами из доклада Исполнительному совету, чтобы опробовать Fieldbook. Собственное отделение можно будет настроить позже в новой папке данных.</translation>
    </message>
    <message>
        <source>Data file: {path}</source>
        <translation>Файл данных: {path}</translation>
    </message>
</context>
<context>
    <name>_OfficePage</name>
    <message>
        <source>Your office</source>
        <translation>Ваше отделение</translation>
    </message>
    <message>
        <source>These details go into every package the office sends. Fields marked * are required.</source>
        <translation>Эти сведения включаются в каждый пакет, отправляемый отделением. Поля, отмеченные *, обязательны для заполнения.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: ошибка: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>необходимо указать следующие аргументы: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>нераспознанные аргументы: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>недопустимое значение: %(value)r (допустимые значения: %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>недопустимое значение типа %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ожидался один аргумент</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>ожидался хотя бы один аргумент</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>ожидалось не более одного аргумента</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначный параметр: %(option)s может соответствовать %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>нельзя использовать вместе с аргументом %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>необходимо указать один из аргументов %s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>непредвиденная строка параметра: %s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>не удается открыть «%(filename)s»: %(error)s</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>ожидался %s аргумент</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>ожидалось аргументов: %s</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Fieldbook: record a country office&apos;s portfolio offline and exchange it as an Excel package. Without a command, opens the desktop app.</source>
        <translation>Fieldbook: ведение портфеля странового отделения без подключения к сети и обмен им в виде пакета Excel. Без команды открывает настольное приложение.</translation>
    </message>
    <message>
        <source>show the version, the package format and the store schema it writes, and exit</source>
        <translation>показать версию, а также формат пакета и схему хранилища, которые записывает программа, и выйти</translation>
    </message>
    <message>
        <source>folder for the data file, backups and settings (default: the per-user data folder)</source>
        <translation>папка для файла данных, резервных копий и настроек (по умолчанию — папка данных пользователя)</translation>
    </message>
    <message>
        <source>the language of the window and of every message: {codes} (default: the app&apos;s setting, else the system&apos;s)</source>
        <translation>язык окна и всех сообщений: {codes} (по умолчанию — заданный в настройках приложения, а если он не задан — язык системы)</translation>
    </message>
    <message>
        <source>without a command: open the app on this store, a SQLite file or a PostgreSQL URL (a headquarters store; records are entered only in the office&apos;s own data file)</source>
        <translation>без команды: открыть приложение с этим хранилищем — файлом SQLite или URL PostgreSQL (хранилище штаб-квартиры; записи вводятся только в собственном файле данных отделения)</translation>
    </message>
    <message>
        <source>a SQLite file or a SQLAlchemy URL (default: the data folder&apos;s store)</source>
        <translation>файл SQLite или URL SQLAlchemy (по умолчанию — хранилище в папке данных)</translation>
    </message>
    <message>
        <source>a SQLite file or a SQLAlchemy URL</source>
        <translation>файл SQLite или URL SQLAlchemy</translation>
    </message>
    <message>
        <source>package files (.xlsx)</source>
        <translation>файлы пакетов (.xlsx)</translation>
    </message>
    <message>
        <source>who made the hand edits found in these packages (default: &apos;spreadsheet edit&apos;)</source>
        <translation>кто внес правки вручную, обнаруженные в этих пакетах (по умолчанию — &apos;spreadsheet edit&apos;)</translation>
    </message>
    <message>
        <source>create a demo office store</source>
        <translation>создать хранилище демонстрационного отделения</translation>
    </message>
    <message>
        <source>the SQLite file to create (default: the data folder&apos;s store)</source>
        <translation>создаваемый файл SQLite (по умолчанию — хранилище в папке данных)</translation>
    </message>
    <message>
        <source>which demo office (default KEN-NBO); see --list</source>
        <translation>демонстрационное отделение (по умолчанию KEN-NBO); см. --list</translation>
    </message>
    <message>
        <source>list the demo offices and exit</source>
        <translation>вывести список демонстрационных отделений и выйти</translation>
    </message>
    <message>
        <source>instead, a headquarters store with this many synthetic office portfolios (e.g. 150), as after importing their packages</source>
        <translation>вместо этого создать хранилище штаб-квартиры с указанным числом синтетических портфелей отделений (например, 150), как после импорта их пакетов</translation>
    </message>
    <message>
        <source>show what a store holds</source>
        <translation>показать, что содержится в хранилище</translation>
    </message>
    <message>
        <source>write the office&apos;s package (.xlsx)</source>
        <translation>записать пакет отделения (.xlsx)</translation>
    </message>
    <message>
        <source>the package file, or a folder: then it is named OFFICE_PERIOD_SEQ.xlsx</source>
        <translation>файл пакета или папка (тогда файлу присваивается имя OFFICE_PERIOD_SEQ.xlsx)</translation>
    </message>
    <message>
        <source>reporting period, such as 2023-H2 (default: the current half-year)</source>
        <translation>отчетный период, например 2023-H2 (по умолчанию — текущее полугодие)</translation>
    </message>
    <message>
        <source>sequence number (default: 1 + the highest of this office&apos;s packages in the folder)</source>
        <translation>порядковый номер (по умолчанию — наибольший номер пакетов этого отделения в папке плюс 1)</translation>
    </message>
    <message>
        <source>the office&apos;s signing key (default: the one beside the data file, made on first use)</source>
        <translation>ключ подписи отделения (по умолчанию — ключ рядом с файлом данных, создаваемый при первом использовании)</translation>
    </message>
    <message>
        <source>check packages; exit 0 valid, 1 rejected</source>
        <translation>проверить пакеты; код выхода 0 — действителен, 1 — отклонен</translation>
    </message>
    <message>
        <source>write an annotated copy (one FILE: OUT.xlsx; several: a folder)</source>
        <translation>записать копию с пометками (один FILE — OUT.xlsx; несколько — папка)</translation>
    </message>
    <message>
        <source>print the reports as JSON</source>
        <translation>вывести отчеты в формате JSON</translation>
    </message>
    <message>
        <source>merge packages into one package, with a report of what was merged</source>
        <translation>объединить пакеты в один пакет и составить отчет о том, что было объединено</translation>
    </message>
    <message>
        <source>the merged package, or a folder for it</source>
        <translation>объединенный пакет или папка для него</translation>
    </message>
    <message>
        <source>write the merge report: sources, packages left out, conflicts field by field, superseded versions</source>
        <translation>записать отчет об объединении: источники, исключенные пакеты, конфликты по каждому полю, замененные версии</translation>
    </message>
    <message>
        <source>what the merged package is named for, e.g. a region (default MERGED)</source>
        <translation>от чьего имени выпускается объединенный пакет, например регион (по умолчанию MERGED)</translation>
    </message>
    <message>
        <source>the merged package&apos;s period (default: the latest of the inputs)</source>
        <translation>период объединенного пакета (по умолчанию — самый поздний из периодов входных пакетов)</translation>
    </message>
    <message>
        <source>fail the whole merge if any package is invalid</source>
        <translation>отменить все объединение, если хотя бы один пакет недействителен</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>вывести результат в формате JSON</translation>
    </message>
    <message>
        <source>the region&apos;s signing key (default: the one in the data folder, made on first use)</source>
        <translation>ключ подписи региона (по умолчанию — ключ в папке данных, создаваемый при первом использовании)</translation>
    </message>
    <message>
        <source>import packages into a store, each all-or-nothing</source>
        <translation>импортировать пакеты в хранилище, каждый по принципу «все или ничего»</translation>
    </message>
    <message>
        <source>a SQLite file or a SQLAlchemy URL (postgresql+psycopg://…)</source>
        <translation>файл SQLite или URL SQLAlchemy (postgresql+psycopg://…)</translation>
    </message>
    <message>
        <source>count what would change; change nothing</source>
        <translation>подсчитать, что изменится, ничего не изменяя</translation>
    </message>
    <message>
        <source>undo the last import (every package of its run), on SQLite or PostgreSQL</source>
        <translation>отменить последний импорт (все пакеты этого запуска) в SQLite или PostgreSQL</translation>
    </message>
    <message>
        <source>print the summaries as JSON (and no progress)</source>
        <translation>вывести сводки в формате JSON (без индикации хода выполнения)</translation>
    </message>
    <message>
        <source>trust the key of an office (or region) this store has no key for yet, once you have confirmed its fingerprint with them (trust on first use)</source>
        <translation>доверять ключу отделения (или региона), для которого в этом хранилище еще нет ключа, после того как вы сверили с ним отпечаток (доверие при первом использовании)</translation>
    </message>
    <message>
        <source>let in packages without a signature (format 1, or unsigned); each one is recorded in the ledger with your name</source>
        <translation>допускать пакеты без подписи (формата 1 или неподписанные); каждый такой пакет записывается в журнал с вашим именем</translation>
    </message>
    <message>
        <source>the key file (default: the one beside the data file)</source>
        <translation>файл ключа (по умолчанию — файл рядом с файлом данных)</translation>
    </message>
    <message>
        <source>the data file the key is beside (default: the data folder&apos;s store)</source>
        <translation>файл данных, рядом с которым находится ключ (по умолчанию — хранилище в папке данных)</translation>
    </message>
    <message>
        <source>signing keys: this data folder&apos;s own, and the ones a store trusts</source>
        <translation>ключи подписи: собственный ключ этой папки данных и ключи, которым доверяет хранилище</translation>
    </message>
    <message>
        <source>this data folder&apos;s signing key: its fingerprint, to read out to headquarters</source>
        <translation>ключ подписи этой папки данных: его отпечаток, который нужно зачитать штаб-квартире</translation>
    </message>
    <message>
        <source>the keys a store knows: trusted, retired, revoked</source>
        <translation>ключи, известные хранилищу: доверенные, выведенные из использования, отозванные</translation>
    </message>
    <message>
        <source>trust the key that signed a package, after confirming its fingerprint with the office</source>
        <translation>доверять ключу, которым подписан пакет, после сверки его отпечатка с отделением</translation>
    </message>
    <message>
        <source>a package signed with the key</source>
        <translation>пакет, подписанный этим ключом</translation>
    </message>
    <message>
        <source>the fingerprint the office read out (checked against the package&apos;s key)</source>
        <translation>отпечаток, зачитанный отделением (сверяется с ключом пакета)</translation>
    </message>
    <message>
        <source>stop trusting a key (lost laptop, departed staff)</source>
        <translation>перестать доверять ключу (потерян ноутбук, сотрудник уволился)</translation>
    </message>
    <message>
        <source>the office or region code</source>
        <translation>код отделения или региона</translation>
    </message>
    <message>
        <source>the key&apos;s fingerprint, or its first 8 or more hex digits</source>
        <translation>отпечаток ключа или его первые 8 (или более) шестнадцатеричных цифр</translation>
    </message>
    <message>
        <source>why, for the record</source>
        <translation>причина (для записи в журнал)</translation>
    </message>
    <message>
        <source>replace this data folder&apos;s key; the next packages carry the change, signed by the old key</source>
        <translation>заменить ключ этой папки данных; следующие пакеты передадут сведения о замене, подписанные старым ключом</translation>
    </message>
    <message>
        <source>the office (or region) code the key signs for (default: the store&apos;s office)</source>
        <translation>код отделения (или региона), от имени которого подписывает ключ (по умолчанию — отделение хранилища)</translation>
    </message>
    <message>
        <source>portfolio KPIs of a store, on screen, as JSON or as a workbook</source>
        <translation>КПЭ портфеля в хранилище: на экране, в формате JSON или в виде книги Excel</translation>
    </message>
    <message>
        <source>2023-H2, 2023-Q3 or 2023 (default: all periods)</source>
        <translation>2023-H2, 2023-Q3 или 2023 (по умолчанию — все периоды)</translation>
    </message>
    <message>
        <source>only this region (a code)</source>
        <translation>только этот регион (код)</translation>
    </message>
    <message>
        <source>only this country (a code)</source>
        <translation>только эта страна (код)</translation>
    </message>
    <message>
        <source>only this flagship (a code)</source>
        <translation>только эта флагманская программа (код)</translation>
    </message>
    <message>
        <source>only this subprogramme (a code)</source>
        <translation>только эта подпрограмма (код)</translation>
    </message>
    <message>
        <source>only this office (a code)</source>
        <translation>только это отделение (код)</translation>
    </message>
    <message>
        <source>write the KPI workbook with charts</source>
        <translation>записать книгу КПЭ с диаграммами</translation>
    </message>
    <message>
        <source>print the figures as JSON</source>
        <translation>вывести показатели в формате JSON</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n инициатива</numerusform>
            <numerusform>%n инициативы</numerusform>
            <numerusform>%n инициатив</numerusform>
        </translation>
    </message>
    <message>
        <source>--headquarters takes a number of offices, 1 or more</source>
        <translation>--headquarters принимает число отделений: 1 или больше</translation>
    </message>
    <message numerus="yes">
        <source>{target}: headquarters demo: %n office(s), {records} records</source>
        <translation>
            <numerusform>{target}: демонстрационная штаб-квартира: %n отделение, записей: {records}</numerusform>
            <numerusform>{target}: демонстрационная штаб-квартира: %n отделения, записей: {records}</numerusform>
            <numerusform>{target}: демонстрационная штаб-квартира: %n отделений, записей: {records}</numerusform>
        </translation>
    </message>
    <message>
        <source>{target}: demo office {code} ({name}): {counts}</source>
        <translation>{target}: демонстрационное отделение {code} ({name}): {counts}</translation>
    </message>
    <message>
        <source>--seq must be 1 or more</source>
        <translation>значение --seq должно быть не меньше 1</translation>
    </message>
    <message numerus="yes">
        <source>{path}: %n record(s) ({counts}); sha256 {digest}</source>
        <translation>
            <numerusform>{path}: %n запись ({counts}); sha256 {digest}</numerusform>
            <numerusform>{path}: %n записи ({counts}); sha256 {digest}</numerusform>
            <numerusform>{path}: %n записей ({counts}); sha256 {digest}</numerusform>
        </translation>
    </message>
    <message>
        <source>with several files, --report must be an existing folder</source>
        <extracomment>Problems listed per file on the terminal; --report or --json give them all.</extracomment>
        <translation>если указано несколько файлов, --report должен указывать на существующую папку</translation>
    </message>
    <message>
        <source>{path}: the annotated report {out} could not be written ({reason})</source>
        <translation>{path}: не удалось записать отчет с пометками {out} ({reason})</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see --report or --json)</source>
        <translation>
            <numerusform>… и еще %n замечание (см. --report или --json)</numerusform>
            <numerusform>… и еще %n замечания (см. --report или --json)</numerusform>
            <numerusform>… и еще %n замечаний (см. --report или --json)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>merging %n package(s)</source>
        <translation>
            <numerusform>объединение %n пакета</numerusform>
            <numerusform>объединение %n пакетов</numerusform>
            <numerusform>объединение %n пакетов</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid</source>
        <comment>a package left out of a merge</comment>
        <translation>недействителен</translation>
    </message>
    <message>
        <source>left out {file}: {problem}</source>
        <translation>исключен пакет {file}: {problem}</translation>
    </message>
    <message>
        <source>--undo-last takes no files and no --dry-run</source>
        <translation>--undo-last указывается без файлов и без --dry-run</translation>
    </message>
    <message>
        <source>{db}: undid the import of {file}: {office} #{sequence}, imported {when} UTC</source>
        <translation>{db}: отменен импорт {file}: {office} #{sequence}, импортирован {when} UTC</translation>
    </message>
    <message numerus="yes">
        <source>{db}: undid the import of %n packages ({file} the last of them): {office} #{sequence}, imported {when} UTC</source>
        <translation>
            <numerusform>{db}: отменен импорт %n пакета (последний из них — {file}): {office} #{sequence}, импортирован {when} UTC</numerusform>
            <numerusform>{db}: отменен импорт %n пакетов (последний из них — {file}): {office} #{sequence}, импортирован {when} UTC</numerusform>
            <numerusform>{db}: отменен импорт %n пакетов (последний из них — {file}): {office} #{sequence}, импортирован {when} UTC</numerusform>
        </translation>
    </message>
    <message>
        <source>name the packages to import</source>
        <translation>укажите пакеты для импорта</translation>
    </message>
    <message>
        <source>importing {file}</source>
        <translation>импорт {file}</translation>
    </message>
    <message numerus="yes">
        <source>importing %n packages</source>
        <translation>
            <numerusform>импорт %n пакета</numerusform>
            <numerusform>импорт %n пакетов</numerusform>
            <numerusform>импорт %n пакетов</numerusform>
        </translation>
    </message>
    <message>
        <source>hand edit: {edit}</source>
        <translation>правка вручную: {edit}</translation>
    </message>
    <message>
        <source>{file}: {holder} signs with key {fingerprint}, new to this store: trusted (--trust-new-keys)</source>
        <translation>{file}: {holder} подписывает ключом {fingerprint}, новым для этого хранилища: ключ принят как доверенный (--trust-new-keys)</translation>
    </message>
    <message>
        <source>initiatives</source>
        <translation>инициативы</translation>
    </message>
    <message>
        <source>countries, cities</source>
        <translation>страны, города</translation>
    </message>
    <message>
        <source>beneficiaries</source>
        <translation>бенефициары</translation>
    </message>
    <message>
        <source>{reached} reached of {targeted} targeted (direct); {indirect} reached indirectly</source>
        <translation>фактический охват {reached} при целевом {targeted} (прямые); косвенный охват {indirect}</translation>
    </message>
    <message>
        <source>funds (USD)</source>
        <translation>средства (USD)</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>партнеры</translation>
    </message>
    <message numerus="yes">
        <source>{partners} from %n countries</source>
        <translation>
            <numerusform>{partners} из %n страны</numerusform>
            <numerusform>{partners} из %n стран</numerusform>
            <numerusform>{partners} из %n стран</numerusform>
        </translation>
    </message>
    <message>
        <source>knowledge products</source>
        <translation>продукты знаний</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ЦУР</translation>
    </message>
    <message>
        <source>{goals} of 17 goals, {targets} of 169 targets</source>
        <translation>{goals} из 17 целей, {targets} из 169 задач</translation>
    </message>
    <message>
        <source>workbook</source>
        <translation>книга Excel</translation>
    </message>
    <message>
        <source>KPIs of {target} ({filters})</source>
        <translation>КПЭ: {target} ({filters})</translation>
    </message>
    <message>
        <source>pledged</source>
        <comment>funds</comment>
        <translation>объявленные взносы</translation>
    </message>
    <message>
        <source>committed</source>
        <comment>funds</comment>
        <translation>обязательства</translation>
    </message>
    <message>
        <source>received</source>
        <comment>funds</comment>
        <translation>получено</translation>
    </message>
    <message>
        <source>spent</source>
        <comment>funds</comment>
        <translation>израсходовано</translation>
    </message>
    <message>
        <source>{path}: new key {fingerprint} for {holder}; the previous key was kept beside it, and the next packages carry the change signed by it</source>
        <translation>{path}: новый ключ {fingerprint} для {holder}; прежний ключ сохранен рядом с ним, и следующие пакеты передадут сведения о замене, подписанные прежним ключом</translation>
    </message>
    <message>
        <source>{package}: not signed; there is no key to trust</source>
        <translation>{package}: пакет не подписан; нет ключа, которому можно было бы доверять</translation>
    </message>
    <message>
        <source>{package}: signed by key {fingerprint}, not {given}: do not trust it; ask the office which key it uses (fieldbook keys mine)</source>
        <translation>{package}: подписан ключом {fingerprint}, а не {given}: не доверяйте ему; спросите отделение, какой ключ оно использует (fieldbook keys mine)</translation>
    </message>
    <message>
        <source>{db}: no keys yet (the first package of each office asks to confirm its key)</source>
        <translation>{db}: ключей пока нет (при получении первого пакета каждого отделения запрашивается подтверждение его ключа)</translation>
    </message>
    <message numerus="yes">
        <source>{target}: name the holder of the key with --holder (the store holds %n offices)</source>
        <translation>
            <numerusform>{target}: укажите владельца ключа с помощью --holder (в хранилище %n отделение)</numerusform>
            <numerusform>{target}: укажите владельца ключа с помощью --holder (в хранилище %n отделения)</numerusform>
            <numerusform>{target}: укажите владельца ключа с помощью --holder (в хранилище %n отделений)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n office(s)</source>
        <translation>
            <numerusform>%n отделение</numerusform>
            <numerusform>%n отделения</numerusform>
            <numerusform>%n отделений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n партнер</numerusform>
            <numerusform>%n партнера</numerusform>
            <numerusform>%n партнеров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner link(s)</source>
        <translation>
            <numerusform>%n связь с партнером</numerusform>
            <numerusform>%n связи с партнерами</numerusform>
            <numerusform>%n связей с партнерами</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n beneficiary count(s)</source>
        <translation>
            <numerusform>%n запись о бенефициарах</numerusform>
            <numerusform>%n записи о бенефициарах</numerusform>
            <numerusform>%n записей о бенефициарах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n funding line(s)</source>
        <translation>
            <numerusform>%n строка финансирования</numerusform>
            <numerusform>%n строки финансирования</numerusform>
            <numerusform>%n строк финансирования</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n knowledge product(s)</source>
        <translation>
            <numerusform>%n продукт знаний</numerusform>
            <numerusform>%n продукта знаний</numerusform>
            <numerusform>%n продуктов знаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tombstone(s)</source>
        <translation>
            <numerusform>%n отметка об удалении</numerusform>
            <numerusform>%n отметки об удалении</numerusform>
            <numerusform>%n отметок об удалении</numerusform>
        </translation>
    </message>
    <message>
        <source>the desktop app is not available in this build ({reason}); use a command, see --help</source>
        <translation>настольное приложение недоступно в этой сборке ({reason}); используйте команду, см. --help</translation>
    </message>
    <message>
        <source>error: --db goes after the command&apos;s name (fieldbook {command} --db …); before it, --db opens the app</source>
        <translation>ошибка: --db указывается после имени команды (fieldbook {command} --db …); если --db указан перед ним, открывается приложение</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>ошибка: {message}</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>прервано</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>all</source>
        <translation>весь портфель</translation>
    </message>
    <message numerus="yes">
        <source>Headquarters: %n office(s)</source>
        <translation>
            <numerusform>Штаб-квартира: %n отделение</numerusform>
            <numerusform>Штаб-квартира: %n отделения</numerusform>
            <numerusform>Штаб-квартира: %n отделений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>contains macros (vbaProject.bin); a Fieldbook package never does</source>
        <extracomment>Real packages compress their XML 5–30 times; zip bombs compress hundreds to millions of times. Columns and cells (first to last, as a rectangle) a worksheet may span: 100,000 records need about 3.5 million. The compression methods Open Packaging Conventions allow (ECMA-376 Part 2, annex C): stored and deflated.</extracomment>
        <translation>содержит макросы (vbaProject.bin); в пакете Fieldbook их не бывает</translation>
    </message>
    <message>
        <source>links to other workbooks (externalLinks); a Fieldbook package never does</source>
        <translation>содержит ссылки на другие книги (externalLinks); в пакете Fieldbook их не бывает</translation>
    </message>
    <message>
        <source>contains embedded objects (OLE); a Fieldbook package never does</source>
        <translation>содержит внедренные объекты (OLE); в пакете Fieldbook их не бывает</translation>
    </message>
    <message>
        <source>contains ActiveX controls; a Fieldbook package never does</source>
        <translation>содержит элементы управления ActiveX; в пакете Fieldbook их не бывает</translation>
    </message>
    <message>
        <source>no such file</source>
        <extracomment>Worksheet part → (rows, columns) it may span: exact, or an upper bound that is well within the limits.</extracomment>
        <translation>файл не найден</translation>
    </message>
    <message>
        <source>is not a file</source>
        <translation>не является файлом</translation>
    </message>
    <message>
        <source>is empty (0 bytes)</source>
        <translation>файл пуст (0 байт)</translation>
    </message>
    <message>
        <source>is too large for a package ({size} MB; at most {limit} MB)</source>
        <translation>файл слишком велик для пакета ({size} МБ; допускается не более {limit} МБ)</translation>
    </message>
    <message>
        <source>is an old .xls workbook or a password-protected one; a package is a plain .xlsx</source>
        <translation>это книга старого формата .xls или книга, защищенная паролем; пакет — это обычный файл .xlsx</translation>
    </message>
    <message>
        <source>is not an Excel .xlsx file (not a zip archive)</source>
        <translation>не является файлом Excel .xlsx (это не zip-архив)</translation>
    </message>
    <message>
        <source>is damaged or incomplete (the zip archive is truncated)</source>
        <translation>файл поврежден или неполон (zip-архив обрезан)</translation>
    </message>
    <message>
        <source>cannot be opened as a zip archive ({reason})</source>
        <translation>не удается открыть как zip-архив ({reason})</translation>
    </message>
    <message>
        <source>has {count} parts; a package has a few dozen (possible zip bomb)</source>
        <translation>число частей: {count}; в пакете их несколько десятков (возможно, это zip-бомба)</translation>
    </message>
    <message>
        <source>is a zip archive but not an Excel workbook</source>
        <translation>это zip-архив, но не книга Excel</translation>
    </message>
    <message>
        <source>is encrypted; a package is a plain .xlsx</source>
        <translation>файл зашифрован; пакет — это обычный файл .xlsx</translation>
    </message>
    <message>
        <source>{part} is compressed with method {method}; an .xlsx stores its parts plain or deflated</source>
        <translation>часть {part} сжата методом {method}; в файле .xlsx части хранятся без сжатия или сжатыми методом deflate</translation>
    </message>
    <message>
        <source>would expand to {size} MB (possible zip bomb)</source>
        <translation>после распаковки займет {size} МБ (возможно, это zip-бомба)</translation>
    </message>
    <message>
        <source>is a macro-enabled workbook (.xlsm); a package never has macros</source>
        <translation>это книга с поддержкой макросов (.xlsm); в пакете не бывает макросов</translation>
    </message>
    <message>
        <source>is damaged ({part}: {reason})</source>
        <translation>файл поврежден ({part}: {reason})</translation>
    </message>
    <message>
        <source>{part} expands far beyond its compressed size (possible zip bomb)</source>
        <translation>часть {part} при распаковке многократно превышает свой сжатый размер (возможно, это zip-бомба)</translation>
    </message>
    <message>
        <source>{part} is written in UTF-16 or UTF-32, not UTF-8 as Excel writes every XML part; another encoding could hide a DTD from this check</source>
        <translation>{part}: записано в кодировке UTF-16 или UTF-32, а не UTF-8, в которой Excel записывает все XML-части; другая кодировка могла бы скрыть DTD от этой проверки</translation>
    </message>
    <message>
        <source>{part} declares a DTD or entities (&lt;!DOCTYPE&gt;); Excel never writes one, it is how XML entity attacks work</source>
        <translation>{part}: содержит объявление DTD или сущностей (&lt;!DOCTYPE&gt;); Excel никогда их не записывает — так действуют атаки через XML-сущности</translation>
    </message>
    <message>
        <source>{part} claims a range beyond Excel&apos;s last column</source>
        <translation>{part}: указан диапазон за пределами последнего столбца Excel</translation>
    </message>
    <message>
        <source>{part} has a cell beyond Excel&apos;s last column</source>
        <translation>{part}: есть ячейка за пределами последнего столбца Excel</translation>
    </message>
    <message>
        <source>is damaged or incomplete ({part}: {reason})</source>
        <translation>файл поврежден или неполон ({part}: {reason})</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>не удается прочитать ({reason})</translation>
    </message>
    <message>
        <source>{part} claims cells up to row {row}, column {column}; a package sheet has at most {limit} columns</source>
        <translation>{part}: указаны ячейки до строки {row}, столбца {column}; на листе пакета может быть не более {limit} столбцов</translation>
    </message>
    <message>
        <source>{part} spans {rows} rows × {columns} columns, more than a package may ({limit} cells)</source>
        <translation>{part}: размер {rows} × {columns} (строки × столбцы) превышает допустимый для пакета ({limit} ячеек)</translation>
    </message>
    <message>
        <source>sheet {name}</source>
        <translation>лист {name}</translation>
    </message>
    <message numerus="yes">
        <source>…({count} character(s))…</source>
        <extracomment>What str.splitlines() breaks a line at, written as its escape (a cell&apos;s line break as \n). Text quoted from a file (a cell of 32,767 characters, a part&apos;s name) is quoted this far.</extracomment>
        <translation>
            <numerusform>…({count} символ)…</numerusform>
            <numerusform>…({count} символа)…</numerusform>
            <numerusform>…({count} символов)…</numerusform>
        </translation>
    </message>
    <message>
        <source>error</source>
        <extracomment>At most this many problems are kept per file; a package with more is rejected anyway. A problem&apos;s severity as a person reads it (the value itself is a code, in JSON and in tests).</extracomment>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <source>(file)</source>
        <translation>(файл)</translation>
    </message>
    <message>
        <source>{rows} and {count} more</source>
        <translation>{rows} и еще {count}</translation>
    </message>
    <message numerus="yes">
        <source>{sheet} row(s) {rows}</source>
        <translation>
            <numerusform>{sheet}, строка {rows}</numerusform>
            <numerusform>{sheet}, строки {rows}</numerusform>
            <numerusform>{sheet}, строки {rows}</numerusform>
        </translation>
    </message>
    <message>
        <source>{out}: merged {packages}: {records}, {deletions}, {conflicts}, {superseded}, {duplicates}</source>
        <extracomment>What a merged package keeps of each source&apos;s manifest: its signature and what it signed, so headquarters can check each source against the office that made it (desktop.exchange.trust.check_sources). The winners the report names — of records with a superseded version, and the hand edits found by this merge — not every winner (those are in the package), by record, in the order the records first came.</extracomment>
        <translation>{out}: объединено {packages}: {records}, {deletions}, {conflicts}, {superseded}, {duplicates}</translation>
    </message>
    <message numerus="yes">
        <source>{count} package(s)</source>
        <translation>
            <numerusform>{count} пакет</numerusform>
            <numerusform>{count} пакета</numerusform>
            <numerusform>{count} пакетов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} record(s)</source>
        <translation>
            <numerusform>{count} запись</numerusform>
            <numerusform>{count} записи</numerusform>
            <numerusform>{count} записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} deletion(s)</source>
        <translation>
            <numerusform>{count} удаление</numerusform>
            <numerusform>{count} удаления</numerusform>
            <numerusform>{count} удалений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} conflict(s)</source>
        <translation>
            <numerusform>{count} конфликт</numerusform>
            <numerusform>{count} конфликта</numerusform>
            <numerusform>{count} конфликтов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} superseded</source>
        <translation>
            <numerusform>{count} замененная версия</numerusform>
            <numerusform>{count} замененные версии</numerusform>
            <numerusform>{count} замененных версий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} duplicate(s)</source>
        <translation>
            <numerusform>{count} дубликат</numerusform>
            <numerusform>{count} дубликата</numerusform>
            <numerusform>{count} дубликатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hand-edited row(s) accepted as new versions</source>
        <translation>
            <numerusform>%n строка, измененная вручную, принята как новая версия</numerusform>
            <numerusform>%n строки, измененные вручную, приняты как новые версии</numerusform>
            <numerusform>%n строк, измененных вручную, приняты как новые версии</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} is the same package as {first} (one file given twice)</source>
        <translation>{file} — тот же пакет, что и {first} (один файл указан дважды)</translation>
    </message>
    <message numerus="yes">
        <source>left out %n invalid: {files}</source>
        <translation>
            <numerusform>исключен %n недействительный пакет: {files}</numerusform>
            <numerusform>исключено %n недействительных пакета: {files}</numerusform>
            <numerusform>исключено %n недействительных пакетов: {files}</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem} (--strict: nothing merged)</source>
        <translation>{problem} (--strict: ничего не объединено)</translation>
    </message>
    <message>
        <source>no valid package to merge ({problem})</source>
        <translation>нет действительных пакетов для объединения ({problem})</translation>
    </message>
    <message>
        <source>no valid package to merge</source>
        <translation>нет действительных пакетов для объединения</translation>
    </message>
    <message numerus="yes">
        <source>{path}: %n errors, first: {problem} (--strict: nothing merged)</source>
        <translation>
            <numerusform>{path}: %n ошибка, первая: {problem} (--strict: ничего не объединено)</numerusform>
            <numerusform>{path}: %n ошибки, первая: {problem} (--strict: ничего не объединено)</numerusform>
            <numerusform>{path}: %n ошибок, первая: {problem} (--strict: ничего не объединено)</numerusform>
        </translation>
    </message>
    <message>
        <source>the disk is full</source>
        <extracomment>The page cache of the merged store (a store&apos;s own is 64 MiB): it is written once, in the order of its indexes&apos; first columns mostly, and read once, by the export.</extracomment>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>free some space on that disk and try again</source>
        <translation>освободите место на этом диске и повторите попытку</translation>
    </message>
    <message>
        <source>check the folder and try again</source>
        <translation>проверьте папку и повторите попытку</translation>
    </message>
    <message>
        <source>the merged package could not be written in {folder} ({reason}); nothing was written: {todo}</source>
        <translation>не удалось записать объединенный пакет в папку {folder} ({reason}); ничего не записано: {todo}</translation>
    </message>
    <message>
        <source>the merge report {path} could not be written ({reason}); the merged package {out} was written; {todo}</source>
        <extracomment>Winning versions written to the merged store at a time (importer.apply_versions): what a merge holds in memory of the records it writes, whatever the number of packages. The page cache of the file of kept versions: enough for its index, which is what adding a version searches. The values a version&apos;s own fields are, for a record: Version.record_id is values[&quot;id&quot;], and so on.</extracomment>
        <translation>не удалось записать отчет об объединении {path} ({reason}); объединенный пакет {out} записан; {todo}</translation>
    </message>
    <message>
        <source>Merged into {file} · {time} · Fieldbook {version}</source>
        <translation>Объединено в {file} · {time} · Fieldbook {version}</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Порядковый номер</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Digest (SHA-256)</source>
        <translation>Хеш-сумма (SHA-256)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>объединен</translation>
    </message>
    <message>
        <source>LEFT OUT: invalid (sheet Left out)</source>
        <translation>ИСКЛЮЧЕН: недействителен (лист Left out)</translation>
    </message>
    <message>
        <source>{records} records and {deletions} deletions in the output; {conflicts} conflicts, {superseded} superseded versions, {duplicates} identical copies merged, {left_out} packages left out.</source>
        <translation>В результате: записей — {records}, удалений — {deletions}; конфликтов — {conflicts}, замененных версий — {superseded}, объединенных идентичных копий — {duplicates}, исключенных пакетов — {left_out}.</translation>
    </message>
    <message>
        <source>Packages left out of the merge, and why</source>
        <translation>Пакеты, исключенные из объединения, и причины</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>недействителен</translation>
    </message>
    <message>
        <source>Same revision, different content: the winner is in the output, the loser only here</source>
        <translation>Одна и та же версия, разное содержимое: выбранный вариант включен в результат, другой приведен только здесь</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Тип записи</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Сохраненное значение</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Другое значение</translation>
    </message>
    <message>
        <source>Kept from</source>
        <translation>Источник сохраненного</translation>
    </message>
    <message>
        <source>Other from</source>
        <translation>Источник другого</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(удалено)</translation>
    </message>
    <message>
        <source>Older revisions replaced by a newer one (kept out of the output)</source>
        <translation>Более старые версии, замененные более новой (не включены в результат)</translation>
    </message>
    <message>
        <source>From package</source>
        <translation>Из пакета</translation>
    </message>
    <message>
        <source>Kept revision</source>
        <translation>Сохраненная версия</translation>
    </message>
    <message>
        <source>{package} (hand-edited)</source>
        <translation>{package} (изменен вручную)</translation>
    </message>
    <message numerus="yes">
        <source>{count} error(s)</source>
        <translation>
            <numerusform>{count} ошибка</numerusform>
            <numerusform>{count} ошибки</numerusform>
            <numerusform>{count} ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} warning(s)</source>
        <translation>
            <numerusform>{count} предупреждение</numerusform>
            <numerusform>{count} предупреждения</numerusform>
            <numerusform>{count} предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: valid: {records}, {errors}, {warnings}</source>
        <translation>{file}: действителен: {records}, {errors}, {warnings}</translation>
    </message>
    <message>
        <source>{file}: rejected: {records}, {errors}, {warnings}</source>
        <translation>{file}: отклонен: {records}, {errors}, {warnings}</translation>
    </message>
    <message>
        <source> (more problems not listed)</source>
        <translation> (остальные замечания не перечислены)</translation>
    </message>
    <message>
        <source>cannot be read as a workbook ({reason}); the file is damaged or was changed by another program: ask for the package to be exported again</source>
        <extracomment>Signed lines by source package (data digest): a signed office package&apos;s own, a merged package&apos;s Provenance.</extracomment>
        <translation>не удается прочитать как книгу ({reason}); файл поврежден или изменен другой программой: попросите экспортировать пакет заново</translation>
    </message>
    <message>
        <source>sheet {name} cannot be read ({reason}); the file is damaged or was changed by another program: ask for the package to be exported again</source>
        <extracomment>Sheet name → its rows of cell values, streamed, from row 1 and column A. Kinds whose cell text, when already canonical, the digest takes as it is instead of writing the typed value out again (an import spends a tenth of its reading on that otherwise); tests/exchange/test_read_canonical.py checks that text taken so is exactly what the typed value would have been written as. The same, asked of a whole column at once.</extracomment>
        <translation>не удается прочитать лист {name} ({reason}); файл поврежден или изменен другой программой: попросите экспортировать пакет заново</translation>
    </message>
    <message>
        <source>is not a Fieldbook package (it has no Manifest sheet)</source>
        <translation>не является пакетом Fieldbook (в нем нет листа Manifest)</translation>
    </message>
    <message>
        <source>The sheet {sheet} is missing</source>
        <translation>Отсутствует лист {sheet}</translation>
    </message>
    <message>
        <source>The data differs from what was exported (digest mismatch): edited by hand: {rows} (merge and import take each edit as a new version, attributed to the editor)</source>
        <translation>Данные отличаются от экспортированных (хеш-сумма не совпадает): изменено вручную: {rows} (при объединении и импорте каждая правка принимается как новая версия с указанием автора правки)</translation>
    </message>
    <message>
        <source>The data differs from what was exported (digest mismatch): it was changed by hand or damaged</source>
        <translation>Данные отличаются от экспортированных (хеш-сумма не совпадает): они изменены вручную или повреждены</translation>
    </message>
    <message numerus="yes">
        <source>The manifest says {rows} row(s) in {sheet}; the sheet has {count}</source>
        <translation>
            <numerusform>В листе Manifest для листа {sheet} указана {rows} строка; фактически на листе: {count}</numerusform>
            <numerusform>В листе Manifest для листа {sheet} указаны {rows} строки; фактически на листе: {count}</numerusform>
            <numerusform>В листе Manifest для листа {sheet} указано {rows} строк; фактически на листе: {count}</numerusform>
        </translation>
    </message>
    <message>
        <source>is not a Fieldbook package (its Manifest does not name the format {format})</source>
        <translation>не является пакетом Fieldbook (в его листе Manifest не указан формат {format})</translation>
    </message>
    <message>
        <source>has an unreadable format version ({version!r}) in its Manifest</source>
        <translation>в листе Manifest указана нечитаемая версия формата ({version!r})</translation>
    </message>
    <message>
        <source>was written by a newer Fieldbook (package format {version}; this Fieldbook reads up to {newest}); update Fieldbook to read it</source>
        <translation>записан более новой версией Fieldbook (формат пакета {version}; эта версия Fieldbook читает форматы до {newest}); обновите Fieldbook, чтобы прочитать его</translation>
    </message>
    <message>
        <source>has package format {version}, which this Fieldbook cannot read</source>
        <translation>имеет формат пакета {version}, который эта версия Fieldbook прочитать не может</translation>
    </message>
    <message>
        <source>The sheet {sheet} has lost its three header rows (keys, labels, HXL tags)</source>
        <translation>На листе {sheet} отсутствуют три строки заголовка (ключи, названия, теги HXL)</translation>
    </message>
    <message>
        <source>The column {key} appears twice (also column {column})</source>
        <translation>Столбец {key} встречается дважды (также столбец {column})</translation>
    </message>
    <message>
        <source>The column {key} is not part of the package format; it is ignored</source>
        <translation>Столбец {key} не входит в формат пакета; он не учитывается</translation>
    </message>
    <message>
        <source>Columns missing from row 1 of {sheet}: {columns}</source>
        <translation>В строке 1 листа {sheet} отсутствуют столбцы: {columns}</translation>
    </message>
    <message>
        <source>The record id {id} is also on row {row}</source>
        <translation>Идентификатор записи {id} встречается также в строке {row}</translation>
    </message>
    <message>
        <source>The Manifest names {offices}, but every row belongs to {owner}: the Manifest was changed, or this is {owner}&apos;s package; ask {owner} for its own package</source>
        <translation>В листе Manifest указано: {offices}, но все строки принадлежат отделению {owner}: лист Manifest был изменен, или это пакет отделения {owner}; попросите отделение {owner} прислать собственный пакет</translation>
    </message>
    <message>
        <source>This row belongs to office {owner}; a package of {offices} may carry only its own records: remove the row, or ask that office for its own package</source>
        <translation>Эта строка принадлежит отделению {owner}; пакет {offices} может содержать только собственные записи: удалите строку или попросите это отделение прислать собственный пакет</translation>
    </message>
    <message>
        <source>The profile of office {office} cannot travel in a package of {offices}</source>
        <translation>Профиль отделения {office} не может передаваться в пакете {offices}</translation>
    </message>
    <message>
        <source>This deletion is of a record of office {owner}; a package of {offices} may delete only its own records</source>
        <translation>Это удаление относится к записи отделения {owner}; пакет {offices} может удалять только собственные записи</translation>
    </message>
    <message>
        <source>This hand edit names no valid record id and revision; it was changed after export</source>
        <translation>В этой правке вручную не указаны действительные идентификатор записи и версия; она была изменена после экспорта</translation>
    </message>
    <message>
        <source>This row&apos;s {key} says {text!r}, but its {of} is {expected!r}; Fieldbook goes by the id: correct {of} if the row belongs to {text!r}</source>
        <translation>В столбце {key} этой строки указано {text!r}, но значение {of} — {expected!r}; Fieldbook ориентируется на идентификатор: исправьте {of}, если строка относится к {text!r}</translation>
    </message>
    <message>
        <source>The deletion&apos;s {key} is required</source>
        <translation>Для удаления обязательно поле {key}</translation>
    </message>
    <message>
        <source>{entity!r} is not an entity of the package</source>
        <translation>{entity!r} не является типом записей пакета</translation>
    </message>
    <message>
        <source>Severity</source>
        <extracomment>The Problems sheet&apos;s headings (translated where they are written) and column widths.</extracomment>
        <translation>Важность</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Ячейка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Идентификатор записи</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Замечаний не найдено.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>Parents before children: the order rows are written in.</extracomment>
        <translation>
            <numerusform>и еще %n строка</numerusform>
            <numerusform>и еще %n строки</numerusform>
            <numerusform>и еще %n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) would change records another office owns ({rows})</source>
        <translation>
            <numerusform>%n строка изменила бы записи, принадлежащие другому отделению ({rows})</numerusform>
            <numerusform>%n строки изменили бы записи, принадлежащие другому отделению ({rows})</numerusform>
            <numerusform>%n строк изменили бы записи, принадлежащие другому отделению ({rows})</numerusform>
        </translation>
    </message>
    <message>
        <source>imported</source>
        <extracomment>Child entities and the parents their rows point at (a row whose parent was deleted is stale, not a failure). What the database deletes with a parent (ON DELETE CASCADE): each of these leaves a tombstone too. What each status of an import summary says to a person (the status itself is a code: JSON, tests, the app).</extracomment>
        <translation>импортирован</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>уже импортирован</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонен</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>пробный импорт</translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>создано: %n</numerusform>
            <numerusform>создано: %n</numerusform>
            <numerusform>создано: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>обновлено: %n</numerusform>
            <numerusform>обновлено: %n</numerusform>
            <numerusform>обновлено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>без изменений: %n</numerusform>
            <numerusform>без изменений: %n</numerusform>
            <numerusform>без изменений: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <translation>
            <numerusform>устаревших: %n</numerusform>
            <numerusform>устаревших: %n</numerusform>
            <numerusform>устаревших: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>удалено: %n</numerusform>
            <numerusform>удалено: %n</numerusform>
            <numerusform>удалено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n конфликт</numerusform>
            <numerusform>%n конфликта</numerusform>
            <numerusform>%n конфликтов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>отклонено: %n</numerusform>
            <numerusform>отклонено: %n</numerusform>
            <numerusform>отклонено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hand-edited row(s) accepted</source>
        <translation>
            <numerusform>принята %n строка, измененная вручную</numerusform>
            <numerusform>приняты %n строки, измененные вручную</numerusform>
            <numerusform>принято %n строк, измененных вручную</numerusform>
        </translation>
    </message>
    <message>
        <source>gap: {office} sequence {numbers} never imported</source>
        <translation>пропуск: пакеты {office} № {numbers} не импортировались</translation>
    </message>
    <message>
        <source>{reason}; nothing was imported from it</source>
        <extracomment>An import run commits its packages in batches: one transaction holds up to this many records (each package still all-or-nothing, in a savepoint of its own), so the index pages a batch touches are written out once per batch and not once per package — at headquarters scale that is most of an import&apos;s cost. The batch also ends after BATCH_SECONDS, so a power cut loses at most that much work (and nothing is reported imported before its commit). ... and at most this many packages: PostgreSQL keeps the savepoints of an open transaction that wrote in a cache of 64 per connection; past it, every other session&apos;s snapshot must look them up on disk (a known slowdown), so a batch of many small packages ends before it. The SQLite page cache while a batch is open (taken only as pages are used): the pages a batch dirties stay in memory until its commit instead of spilling to the write-ahead log one package at a time.</extracomment>
        <translation>{reason}; из него ничего не импортировано</translation>
    </message>
    <message>
        <source>{path}: the process reading it stopped abruptly (a damaged or hostile file?)</source>
        <translation>{path}: процесс, читавший файл, внезапно завершился (файл поврежден или вредоносен?)</translation>
    </message>
    <message>
        <source>another import</source>
        <extracomment>The PostgreSQL advisory lock every import into a store takes per batch (&quot;fieldbk&quot; in ASCII). What an import&apos;s connection calls itself while it holds the lock (``application_name``): who, and since when (the run&apos;s start, in seconds since 1970, so that a run of several batches shows one time).</extracomment>
        <translation>другой импорт</translation>
    </message>
    <message>
        <source>waiting: {who} is writing to this store since {time}; this import goes on when it has committed</source>
        <translation>ожидание: {who} записывает данные в это хранилище с {time}; этот импорт продолжится после фиксации этой записи</translation>
    </message>
    <message>
        <source>waiting: {who} is writing to this store; this import goes on when it has committed</source>
        <translation>ожидание: {who} записывает данные в это хранилище; этот импорт продолжится после фиксации этой записи</translation>
    </message>
    <message>
        <source>{reason}; nothing was imported</source>
        <translation>{reason}; ничего не импортировано</translation>
    </message>
    <message>
        <source>the store refused the package ({reason}); nothing was imported</source>
        <translation>хранилище отклонило пакет ({reason}); ничего не импортировано</translation>
    </message>
    <message>
        <source>{sheet} row {row} ({label})</source>
        <translation>{sheet}, строка {row} ({label})</translation>
    </message>
    <message>
        <source>{sheet} row {row}</source>
        <translation>{sheet}, строка {row}</translation>
    </message>
    <message>
        <source>{row}: owned by {owner}, not {office}</source>
        <extracomment>prctl(2) option: the signal a process gets when its parent dies. Who a hand edit is attributed to when no editor is named (``--editor``).</extracomment>
        <translation>{row}: принадлежит {owner}, а не {office}</translation>
    </message>
    <message numerus="yes">
        <source>%n {entity} record(s) changed in the store while this package was imported; import it again</source>
        <translation>
            <numerusform>%n запись ({entity}) изменилась в хранилище во время импорта этого пакета; импортируйте его снова</numerusform>
            <numerusform>%n записи ({entity}) изменились в хранилище во время импорта этого пакета; импортируйте его снова</numerusform>
            <numerusform>%n записей ({entity}) изменились в хранилище во время импорта этого пакета; импортируйте его снова</numerusform>
        </translation>
    </message>
    <message>
        <source>{row}: deletes a record of {owner}, not of {office}</source>
        <translation>{row}: удаляет запись {owner}, а не {office}</translation>
    </message>
    <message>
        <source>the {entity} {id} changed in the store while this package was imported; import it again</source>
        <translation>запись {entity} {id} изменилась в хранилище во время импорта этого пакета; импортируйте его снова</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <source>no value changed</source>
        <translation>ни одно значение не изменено</translation>
    </message>
    <message>
        <source>{sheet} {id}: {what} (edited by {editor} in {file}; now revision {revision})</source>
        <translation>{sheet} {id}: {what} (изменил: {editor}, файл {file}; теперь версия {revision})</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>{path}: {file} was imported by a version of Fieldbook that did not record how to undo an import, so it cannot be undone here</source>
        <translation>{path}: {file} импортирован версией Fieldbook, которая не сохраняла сведений для отмены импорта, поэтому здесь этот импорт отменить нельзя</translation>
    </message>
    <message>
        <source>the snapshot taken before it is {snapshot}</source>
        <translation>снимок, сделанный перед этим импортом: {snapshot}</translation>
    </message>
    <message>
        <source>{path}: no import to undo</source>
        <translation>{path}: нет импорта, который можно отменить</translation>
    </message>
    <message>
        <source>trusted</source>
        <extracomment>A fingerprint typed by a person must name at least this many hex digits (32 bits: no accidental match). A key&apos;s status as a person reads it in a sentence (the status itself is stored data).</extracomment>
        <translation>доверен</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>выведен из использования</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>отозван</translation>
    </message>
    <message>
        <source>{holder} is not an office code or region label (1 to {most} characters)</source>
        <extracomment>The holder&apos;s current key. No key at all is registered for this holder: a first contact (trust on first use may apply). The holder has other keys, and not this one: refuse, unless a valid rotation from its trusted key comes along. The holder&apos;s key before a signed rotation: what it signed before the rotation is still the holder&apos;s. Revoked (for this holder or any other): never accepted.</extracomment>
        <translation>{holder} — не код отделения и не обозначение региона (от 1 до {most} символов)</translation>
    </message>
    <message>
        <source>key {fingerprint} was revoked for {holder} on {date}: it is not trusted again unless forced</source>
        <translation>ключ {fingerprint} был отозван для {holder} {date}: снова доверять ему можно только принудительно</translation>
    </message>
    <message>
        <source>key {fingerprint} was revoked for {holder}: it is not trusted again unless forced</source>
        <translation>ключ {fingerprint} был отозван для {holder}: снова доверять ему можно только принудительно</translation>
    </message>
    <message>
        <source>the key rotation for {holder} gives no UTC time ({time})</source>
        <translation>в сведениях о смене ключа для {holder} не указано время UTC ({time})</translation>
    </message>
    <message>
        <source>the key rotation statement for {holder} does not verify: its signature or its fields are wrong</source>
        <translation>заявление о смене ключа для {holder} не проходит проверку: неверна его подпись или его поля</translation>
    </message>
    <message>
        <source>the key rotation statement does not verify: its signature or its fields are wrong</source>
        <translation>заявление о смене ключа не проходит проверку: неверна его подпись или его поля</translation>
    </message>
    <message>
        <source>the key rotation for {holder} is signed by {old}, a key not registered for {holder}: confirm the new key {new} with the office</source>
        <translation>смена ключа для {holder} подписана ключом {old}, который не зарегистрирован для {holder}: сверьте новый ключ {new} с отделением</translation>
    </message>
    <message>
        <source>the key rotation for {holder} is signed by {old}, which is {status}: confirm the new key {new} with the office</source>
        <translation>смена ключа для {holder} подписана ключом {old}, который {status}: сверьте новый ключ {new} с отделением</translation>
    </message>
    <message>
        <source>the key rotation for {holder} names key {new}, which was revoked for {other} on {date}</source>
        <translation>в сведениях о смене ключа для {holder} указан ключ {new}, который был отозван для {other} {date}</translation>
    </message>
    <message>
        <source>the key rotation for {holder} names key {new}, which was revoked for {other}</source>
        <translation>в сведениях о смене ключа для {holder} указан ключ {new}, который был отозван для {other}</translation>
    </message>
    <message>
        <source>{text} is not a key fingerprint: type at least {least} of its hex digits, as `SHA256:ab12 cd34` or `ab12cd34`</source>
        <translation>{text} — не отпечаток ключа: введите не менее {least} его шестнадцатеричных цифр, например `SHA256:ab12 cd34` или `ab12cd34`</translation>
    </message>
    <message>
        <source>{holder} has no key whose fingerprint starts with {prefix}: list the keys to see theirs</source>
        <translation>у {holder} нет ключа, отпечаток которого начинается с {prefix}: выведите список ключей, чтобы увидеть их отпечатки</translation>
    </message>
    <message numerus="yes">
        <source>%n keys of {holder} start with {prefix}: type more of the fingerprint</source>
        <translation>
            <numerusform>у {holder} %n ключ, отпечаток которого начинается с {prefix}: введите больше символов отпечатка</numerusform>
            <numerusform>у {holder} %n ключа, отпечатки которых начинаются с {prefix}: введите больше символов отпечатка</numerusform>
            <numerusform>у {holder} %n ключей, отпечатки которых начинаются с {prefix}: введите больше символов отпечатка</numerusform>
        </translation>
    </message>
    <message>
        <source>REVOKED {date}</source>
        <translation>ОТОЗВАН {date}</translation>
    </message>
    <message>
        <source>REVOKED</source>
        <translation>ОТОЗВАН</translation>
    </message>
    <message>
        <source>retired {date}</source>
        <translation>выведен из использования {date}</translation>
    </message>
    <message>
        <source>trusted {date} by {user} ({how})</source>
        <translation>доверие установлено {date} пользователем {user} ({how})</translation>
    </message>
    <message>
        <source>restore it from your backup, or move it out of the folder to start a new key (headquarters must then confirm the new key by hand)</source>
        <extracomment>A PEM of an Ed25519 key is about 120 bytes; anything far larger is not one (and is not read into memory whole). Bytes of sha256 shown in a fingerprint: 160 bits, 40 hex digits in ten groups — short enough to read aloud. The fields of a rotation statement; the signature covers the others. What to do about a key file that cannot be read (translated where it is said).</extracomment>
        <translation>восстановите его из резервной копии или уберите его из папки, чтобы создать новый ключ (тогда штаб-квартира должна будет подтвердить новый ключ вручную)</translation>
    </message>
    <message>
        <source>{text} is not a public key (not base64 text)</source>
        <translation>{text} — не открытый ключ (не текст в кодировке base64)</translation>
    </message>
    <message>
        <source>{text} is not a public key ({count} bytes, an Ed25519 key has 32)</source>
        <translation>{text} — не открытый ключ (длина — {count} Б, а у ключа Ed25519 — 32 байта)</translation>
    </message>
    <message>
        <source>{path}: there is no signing key file here: restore it from your backup (the next export makes a new key, which headquarters must then confirm by hand)</source>
        <translation>{path}: здесь нет файла ключа подписи: восстановите его из резервной копии (при следующем экспорте будет создан новый ключ, который штаб-квартира должна будет подтвердить вручную)</translation>
    </message>
    <message>
        <source>larger than {size} bytes</source>
        <translation>больше {size} байт</translation>
    </message>
    <message>
        <source>{path} cannot be read as a signing key ({reason}): {advice}</source>
        <translation>не удается прочитать {path} как ключ подписи ({reason}): {advice}</translation>
    </message>
    <message>
        <source>it is protected by a password</source>
        <translation>он защищен паролем</translation>
    </message>
    <message>
        <source>a kind of key Fieldbook does not use</source>
        <translation>это тип ключа, который Fieldbook не использует</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>damaged, or not a PEM private key</source>
        <translation>файл поврежден или не является закрытым ключом PEM</translation>
    </message>
    <message>
        <source>a {kind}, not an Ed25519 key</source>
        <translation>это {kind}, а не ключ Ed25519</translation>
    </message>
    <message>
        <source>{path}: the key rotation statement cannot be read ({reason}); restore it from your backup, or rotate the key again</source>
        <translation>{path}: не удается прочитать заявление о смене ключа ({reason}); восстановите его из резервной копии или смените ключ еще раз</translation>
    </message>
    <message>
        <source>not a statement</source>
        <translation>это не заявление</translation>
    </message>
    <message>
        <source>{path}: too many retired keys named {name}: move some away</source>
        <translation>{path}: слишком много выведенных из использования ключей с именем {name}: переместите часть из них</translation>
    </message>
    <message>
        <source>(unreadable key)</source>
        <translation>(нечитаемый ключ)</translation>
    </message>
    <message>
        <source>The signed statement in the Manifest is unreadable: the Manifest was changed after signing; ask the office to export the package again</source>
        <translation>Подписанное заявление в листе Manifest не читается: лист Manifest был изменен после подписания; попросите отделение экспортировать пакет заново</translation>
    </message>
    <message>
        <source>The signature does not match: the Manifest was changed after signing, or the package was not made by the key it names; ask the office to export the package again</source>
        <translation>Подпись не совпадает: лист Manifest был изменен после подписания, или пакет создан не тем ключом, который в нем указан; попросите отделение экспортировать пакет заново</translation>
    </message>
    <message>
        <source>The Manifest&apos;s {name} ({value!r}) is not what was signed ({signed!r}): it was changed after signing</source>
        <translation>Значение {name} в листе Manifest ({value!r}) не совпадает с подписанным ({signed!r}): оно было изменено после подписания</translation>
    </message>
    <message>
        <source>The Manifest&apos;s list of sources is not what was signed: it was changed after signing</source>
        <translation>Список источников в листе Manifest не совпадает с подписанным: он был изменен после подписания</translation>
    </message>
    <message>
        <source>Rows were added or removed, a grey fingerprint changed, or a deletion or hand edit changed after the package was signed (values may be edited; those columns not): ask for the package again</source>
        <translation>После подписания пакета были добавлены или удалены строки, изменен серый отпечаток либо изменено удаление или правка вручную (значения править можно, а эти столбцы — нет): запросите пакет заново</translation>
    </message>
    <message>
        <source>it was written by a Fieldbook before signed packages</source>
        <translation>он записан версией Fieldbook, выпущенной до появления подписанных пакетов</translation>
    </message>
    <message>
        <source>it carries no signature</source>
        <translation>в нем нет подписи</translation>
    </message>
    <message>
        <source>{file}: not signed ({reason}); ask the office to export it again with this Fieldbook, or import it with --accept-unsigned (recorded in the ledger)</source>
        <translation>{file}: не подписан ({reason}); попросите отделение экспортировать его заново в этой версии Fieldbook или импортируйте его с параметром --accept-unsigned (это будет записано в журнал)</translation>
    </message>
    <message>
        <source>{file}: signed on {date} with {holder}&apos;s key {fingerprint}, which its rotation replaced on {retired}: refused; ask the office for a package signed with its new key</source>
        <translation>{file}: подписан {date} ключом {fingerprint} ({holder}), который был заменен при смене ключа {retired}: отклонен; попросите отделение прислать пакет, подписанный новым ключом</translation>
    </message>
    <message>
        <source>{file}: signed by {holder}&apos;s key {fingerprint}, which was revoked: refused; ask the office for a package signed with its new key</source>
        <translation>{file}: подписан ключом {fingerprint} ({holder}), который был отозван: отклонен; попросите отделение прислать пакет, подписанный новым ключом</translation>
    </message>
    <message>
        <source>{file}: signed by a key ({fingerprint}) that is not the one on record for {holder}; if the office changed its key, confirm the new fingerprint with it by phone and add it: fieldbook keys trust --db … {holder} &quot;{fingerprint}&quot; (see fieldbook keys list)</source>
        <translation>{file}: подписан ключом ({fingerprint}), который не совпадает с зарегистрированным для {holder}; если отделение сменило ключ, сверьте с ним новый отпечаток по телефону и добавьте ключ: fieldbook keys trust --db … {holder} &quot;{fingerprint}&quot; (см. fieldbook keys list)</translation>
    </message>
    <message>
        <source>{file}: signed by {holder} key {fingerprint}, which this store does not know yet: confirm the fingerprint with the office (by phone), then import with --trust-new-keys, or add it first with fieldbook keys trust</source>
        <translation>{file}: подписан ключом {fingerprint} ({holder}), который этому хранилищу еще не известен: сверьте отпечаток с отделением (по телефону), а затем выполните импорт с параметром --trust-new-keys или сначала добавьте ключ командой fieldbook keys trust</translation>
    </message>
    <message>
        <source>{file} (source {office} #{sequence})</source>
        <translation>{file} (источник: {office} #{sequence})</translation>
    </message>
    <message>
        <source>its signature does not match what the source package signed</source>
        <translation>его подпись не совпадает с тем, что было подписано в исходном пакете</translation>
    </message>
    <message>
        <source>What {office} signed in its package no. {sequence} is not carried whole (sheet Provenance): its records cannot be checked against its signature; merge again from the office&apos;s own packages</source>
        <translation>То, что отделение {office} подписало в своем пакете № {sequence}, передано не полностью (лист Provenance): его записи невозможно сверить с подписью; выполните объединение заново из собственных пакетов отделения</translation>
    </message>
    <message>
        <source>This row of {owner} is not one {owner} signed, and it is not an attributed hand edit: ask {owner} for its own package</source>
        <translation>Эта строка отделения {owner} не подписана отделением {owner} и не является правкой вручную с указанием автора: попросите отделение {owner} прислать собственный пакет</translation>
    </message>
    <message>
        <source>This deletion of a record of {owner} is not one {owner} signed: ask {owner} for its own package</source>
        <translation>Это удаление записи отделения {owner} не подписано отделением {owner}: попросите отделение {owner} прислать собственный пакет</translation>
    </message>
    <message numerus="yes">
        <source>cannot undo {file}: %n record(s) it brought in changed by a later import since; nothing was undone</source>
        <extracomment>Parents before children, as an import writes them (the importer&apos;s order too). How each non-JSON type of a row is written (looked up by exact type: an update of many records encodes many rows).</extracomment>
        <translation>
            <numerusform>невозможно отменить импорт {file}: %n запись, внесенная им, с тех пор изменена последующим импортом; ничего не отменено</numerusform>
            <numerusform>невозможно отменить импорт {file}: %n записи, внесенные им, с тех пор изменены последующим импортом; ничего не отменено</numerusform>
            <numerusform>невозможно отменить импорт {file}: %n записей, внесенных им, с тех пор изменены последующим импортом; ничего не отменено</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot undo {file}: the {entity} {id} it wrote has changed since it was imported; nothing was undone</source>
        <translation>невозможно отменить импорт {file}: запись {id} ({entity}), внесенная им, изменилась после импорта; ничего не отменено</translation>
    </message>
    <message numerus="yes">
        <source>cannot undo {file}: %n record(s) it wrote edited since it was imported; nothing was undone</source>
        <translation>
            <numerusform>невозможно отменить импорт {file}: %n запись, внесенная им, отредактирована после импорта; ничего не отменено</numerusform>
            <numerusform>невозможно отменить импорт {file}: %n записи, внесенные им, отредактированы после импорта; ничего не отменено</numerusform>
            <numerusform>невозможно отменить импорт {file}: %n записей, внесенных им, отредактированы после импорта; ничего не отменено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot undo {file}: %n {entity} record(s) it updated changed since it was imported; nothing was undone</source>
        <translation>
            <numerusform>невозможно отменить импорт {file}: %n запись ({entity}), обновленная им, изменилась после импорта; ничего не отменено</numerusform>
            <numerusform>невозможно отменить импорт {file}: %n записи ({entity}), обновленные им, изменились после импорта; ничего не отменено</numerusform>
            <numerusform>невозможно отменить импорт {file}: %n записей ({entity}), обновленных им, изменились после импорта; ничего не отменено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot undo {file}: records it created have %n {child} record(s) added since under them; nothing was undone</source>
        <translation>
            <numerusform>невозможно отменить импорт {file}: к созданным им записям с тех пор добавлена %n запись ({child}); ничего не отменено</numerusform>
            <numerusform>невозможно отменить импорт {file}: к созданным им записям с тех пор добавлены %n записи ({child}); ничего не отменено</numerusform>
            <numerusform>невозможно отменить импорт {file}: к созданным им записям с тех пор добавлено %n записей ({child}); ничего не отменено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot undo {file}: %n record(s) it created no longer in the store; nothing was undone</source>
        <translation>
            <numerusform>невозможно отменить импорт {file}: %n записи, созданной им, больше нет в хранилище; ничего не отменено</numerusform>
            <numerusform>невозможно отменить импорт {file}: %n записей, созданных им, больше нет в хранилище; ничего не отменено</numerusform>
            <numerusform>невозможно отменить импорт {file}: %n записей, созданных им, больше нет в хранилище; ничего не отменено</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>form</name>
    <message>
        <source>The language of the packages this office exports: their README sheet and the row of column names are written in it, with English beside. The language of Fieldbook&apos;s windows is chosen in Settings ▸ Language.</source>
        <translation>Язык пакетов, экспортируемых отделением: на нем составляются лист README и строка с названиями столбцов (рядом приводится английский текст). Язык окон Fieldbook выбирается в разделе «Настройки ▸ Язык».</translation>
    </message>
</context>
<context>
    <name>package</name>
    <message>
        <source>This workbook is a Fieldbook package: one country office&apos;s portfolio for one reporting period.</source>
        <extracomment>Rows between two progress reports (and cancel checks). Data validation and unlocked cells reach down to Excel&apos;s last row, so people can add rows. Let go of each data row&apos;s height once xlsxwriter has written the row out (see _write_entity); off only in tests, to show the package is the same without. Printed pages: A4 (landscape, but for the Manifest) with narrow margins, in inches; text on paper is never smaller than _SMALLEST_PRINTED_PT. A page is reckoned to hold 8 % less than it does: LibreOffice draws a column some 6 % wider than Excel&apos;s 7 pixels a character, and a column that does not fit moves whole to the next page. Across a landscape page at 100 %, in pixels (96 dpi). The README sheet, in the package&apos;s language with English beside (translated in the &quot;package&quot; context).</extracomment>
        <translation>Эта книга — пакет Fieldbook: портфель одного странового отделения за один отчетный период.</translation>
    </message>
    <message>
        <source>Each data sheet has three header rows: row 1 the machine keys (do not change them), row 2 the column names, row 3 the HXL hashtags. Records start on row 4. Header rows are protected; data cells are not (Review › Unprotect Sheet, no password, to change the layout).</source>
        <translation>На каждом листе данных три строки заголовка: в строке 1 — машинные ключи (не изменяйте их), в строке 2 — названия столбцов, в строке 3 — хештеги HXL. Записи начинаются со строки 4. Строки заголовка защищены, ячейки данных — нет (чтобы изменить структуру листа, выберите «Рецензирование › Снять защиту листа»; пароль не нужен).</translation>
    </message>
    <message>
        <source>Every row carries its record id (a UUID that never changes), its revision, when it was created and last updated (UTC) and the office that owns it. Keep those columns as they are: they are how packages from many offices are merged. Add new records in Fieldbook itself: a package row without a valid id is refused.</source>
        <translation>Каждая строка содержит идентификатор записи (UUID, который никогда не меняется), ее версию, время создания и последнего обновления (UTC) и отделение, которому она принадлежит. Не изменяйте эти столбцы: по ним объединяются пакеты многих отделений. Новые записи добавляйте в самом Fieldbook: строка пакета без действительного идентификатора отклоняется.</translation>
    </message>
    <message>
        <source>Coded columns offer a list of codes (sheet CodeLists). Dates are real dates; amounts are numbers unless too long to stay exact in Excel, then they are text. Times are text in ISO 8601, UTC.</source>
        <translation>В столбцах с кодами предлагается список кодов (лист CodeLists). Даты хранятся как значения даты; суммы — как числа, если только они не слишком длинные, чтобы оставаться точными в Excel (тогда они хранятся как текст). Время записывается текстом в формате ISO 8601, UTC.</translation>
    </message>
    <message>
        <source>An empty cell in a text column is empty text; in any other column it means not known.</source>
        <translation>Пустая ячейка в текстовом столбце означает пустой текст, а в любом другом столбце — что значение неизвестно.</translation>
    </message>
    <message>
        <source>Text that contains invisible control characters shows them as ␛ and four hex digits (␛000B).</source>
        <translation>Невидимые управляющие символы в тексте отображаются как ␛ и четыре шестнадцатеричные цифры (␛000B).</translation>
    </message>
    <message>
        <source>Sheet Deletions lists records deleted in the office. Sheet Manifest describes the package and holds a digest of its data: if the data was changed by hand, Fieldbook says so when it checks the package.</source>
        <translation>На листе Deletions перечислены записи, удаленные в отделении. Лист Manifest описывает пакет и содержит хеш-сумму его данных: если данные были изменены вручную, Fieldbook сообщит об этом при проверке пакета.</translation>
    </message>
    <message>
        <source>Check a package with: fieldbook validate FILE.xlsx --report checked.xlsx</source>
        <translation>Проверить пакет можно командой: fieldbook validate FILE.xlsx --report checked.xlsx</translation>
    </message>
    <message>
        <source>Printed, each sheet is A4 landscape (Manifest portrait) with its column names on every page. A sheet too wide for one page at a readable size prints on several pages across, in order (across, then down), its first column repeated on each. CodeLists prints only a note: clear its print area to print the lists.</source>
        <translation>При печати каждый лист выводится на бумагу A4 в альбомной ориентации (Manifest — в книжной) с названиями столбцов на каждой странице. Лист, который не помещается на одну страницу при читаемом размере шрифта, печатается на нескольких страницах по ширине, по порядку (сначала вправо, затем вниз), с повторением первого столбца на каждой странице. Для листа CodeLists печатается только примечание: чтобы напечатать списки, очистите его область печати.</translation>
    </message>
    <message>
        <source>Fieldbook package — {office} ({code}), period {period}, no. {sequence}</source>
        <translation>Пакет Fieldbook — {office} ({code}), период {period}, № {sequence}</translation>
    </message>
    <message numerus="yes">
        <source>{sheet}: %n row(s)</source>
        <translation>
            <numerusform>{sheet}: %n строка</numerusform>
            <numerusform>{sheet}: %n строки</numerusform>
            <numerusform>{sheet}: %n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>Row fingerprint (Fieldbook; do not change)</source>
        <extracomment>Every version this Fieldbook reads. A later Fieldbook reads every earlier version (docs/package-format.md). Version 2 added each row&apos;s fingerprint, the readable link columns, the HandEdits sheet and the signature. Row layout of an entity sheet (1-based, as Excel shows them). Entity → sheet name (≤ 31 characters, stable; never translated: the reader finds sheets by these names). Rows of an entity sheet are written in this order (the digest does not depend on it). HXL hashtag of every column (https://hxlstandard.org/standard/dictionary/), so humanitarian tools can read a sheet. Column widths in characters, by kind; text columns get their own below.</extracomment>
        <translation>Отпечаток строки (Fieldbook; не изменять)</translation>
    </message>
    <message>
        <source>Initiative (code — title)</source>
        <extracomment>Hex digits of a row fingerprint: 128 bits of sha256, enough that no edit keeps it. Link column → (its readable column&apos;s key, label, HXL tag).</extracomment>
        <translation>Инициатива (код — название)</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Донор</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
</context>
<context>
    <name>reference</name>
    <message>
        <source>Africa</source>
        <translation>Африка</translation>
    </message>
    <message>
        <source>Arab States</source>
        <translation>Арабские государства</translation>
    </message>
    <message>
        <source>Asia and the Pacific</source>
        <translation>Азия и Тихий океан</translation>
    </message>
    <message>
        <source>Latin America and the Caribbean</source>
        <translation>Латинская Америка и Карибский бассейн</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Европа</translation>
    </message>
    <message>
        <source>Inclusive communities, thriving cities (urban regeneration)</source>
        <translation>Инклюзивные сообщества, процветающие города (обновление городов)</translation>
    </message>
    <message>
        <source>RISE-UP: resilient settlements for the urban poor</source>
        <translation>RISE-UP: жизнестойкие населенные пункты для городской бедноты</translation>
    </message>
    <message>
        <source>Inclusive cities: enhancing the positive impact of urban migration</source>
        <translation>Инклюзивные города: усиление позитивного воздействия городской миграции</translation>
    </message>
    <message>
        <source>SDG Cities</source>
        <translation>Города ЦУР</translation>
    </message>
    <message>
        <source>People-centred smart cities</source>
        <translation>Ориентированные на людей «умные» города</translation>
    </message>
    <message>
        <source>Reduced spatial inequality and poverty</source>
        <translation>Сокращение пространственного неравенства и нищеты</translation>
    </message>
    <message>
        <source>Enhanced shared prosperity of cities and regions</source>
        <translation>Повышение общего благосостояния городов и регионов</translation>
    </message>
    <message>
        <source>Strengthened climate action and improved urban environment</source>
        <translation>Активизация борьбы с изменением климата и улучшение городской среды</translation>
    </message>
    <message>
        <source>Effective urban crisis prevention and response</source>
        <translation>Эффективное предотвращение городских кризисов и реагирование на них</translation>
    </message>
    <message>
        <source>Knowledge and evidence</source>
        <translation>Знания и фактические данные</translation>
    </message>
    <message>
        <source>Global and regional collaboration and capacity</source>
        <translation>Глобальное и региональное сотрудничество и потенциал</translation>
    </message>
    <message>
        <source>Initiatives and solutions implemented</source>
        <translation>Осуществленные инициативы и решения</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>В подготовке</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>В реализации</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Приостановлена</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <source>No crisis context</source>
        <translation>Нет кризисного контекста</translation>
    </message>
    <message>
        <source>Natural disaster (flood, earthquake, storm)</source>
        <translation>Стихийное бедствие (наводнение, землетрясение, шторм)</translation>
    </message>
    <message>
        <source>Armed conflict</source>
        <translation>Вооруженный конфликт</translation>
    </message>
    <message>
        <source>Protracted displacement</source>
        <translation>Затяжное перемещение</translation>
    </message>
    <message>
        <source>Post-crisis recovery and reconstruction</source>
        <translation>Посткризисное восстановление и реконструкция</translation>
    </message>
    <message>
        <source>Residents of neighbourhoods</source>
        <translation>Жители районов</translation>
    </message>
    <message>
        <source>Vulnerable communities</source>
        <translation>Уязвимые общины</translation>
    </message>
    <message>
        <source>Refugees</source>
        <translation>Беженцы</translation>
    </message>
    <message>
        <source>Host communities</source>
        <translation>Принимающие общины</translation>
    </message>
    <message>
        <source>Internally displaced persons</source>
        <translation>Внутренне перемещенные лица</translation>
    </message>
    <message>
        <source>Migrants</source>
        <translation>Мигранты</translation>
    </message>
    <message>
        <source>Returnees</source>
        <translation>Возвращенцы</translation>
    </message>
    <message>
        <source>Government officials and staff trained</source>
        <translation>Государственные должностные лица и сотрудники, прошедшие обучение</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Прямые</translation>
    </message>
    <message>
        <source>Indirect</source>
        <translation>Косвенные</translation>
    </message>
    <message>
        <source>National government</source>
        <translation>Национальное правительство</translation>
    </message>
    <message>
        <source>Regional government</source>
        <translation>Региональные органы власти</translation>
    </message>
    <message>
        <source>Local government</source>
        <translation>Местные органы власти</translation>
    </message>
    <message>
        <source>Bilateral cooperation agency</source>
        <translation>Агентство по двустороннему сотрудничеству</translation>
    </message>
    <message>
        <source>Multilateral organization</source>
        <translation>Многосторонняя организация</translation>
    </message>
    <message>
        <source>UN entity</source>
        <translation>Структура ООН</translation>
    </message>
    <message>
        <source>Private sector and investors</source>
        <translation>Частный сектор и инвесторы</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Фонд</translation>
    </message>
    <message>
        <source>Vertical climate fund</source>
        <translation>Вертикальный климатический фонд</translation>
    </message>
    <message>
        <source>Non-governmental organization</source>
        <translation>Неправительственная организация</translation>
    </message>
    <message>
        <source>Academic or research institution</source>
        <translation>Научное или исследовательское учреждение</translation>
    </message>
    <message>
        <source>Community-based organization</source>
        <translation>Общинная организация</translation>
    </message>
    <message>
        <source>Implementing partner</source>
        <translation>Партнер-исполнитель</translation>
    </message>
    <message>
        <source>Funding partner</source>
        <translation>Партнер по финансированию</translation>
    </message>
    <message>
        <source>Government counterpart</source>
        <translation>Государственный партнер</translation>
    </message>
    <message>
        <source>Academic partner</source>
        <translation>Научный партнер</translation>
    </message>
    <message>
        <source>Private sector partner</source>
        <translation>Партнер из частного сектора</translation>
    </message>
    <message>
        <source>Community partner</source>
        <translation>Партнер из числа общин</translation>
    </message>
    <message>
        <source>Bilateral cooperation</source>
        <translation>Двустороннее сотрудничество</translation>
    </message>
    <message>
        <source>Multilateral</source>
        <translation>Многосторонние источники</translation>
    </message>
    <message>
        <source>UN entities</source>
        <translation>Структуры ООН</translation>
    </message>
    <message>
        <source>Foundations</source>
        <translation>Фонды</translation>
    </message>
    <message>
        <source>Vertical climate funds</source>
        <translation>Вертикальные климатические фонды</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Основные ресурсы</translation>
    </message>
    <message>
        <source>Softly earmarked</source>
        <translation>Ресурсы с нежестким целевым назначением</translation>
    </message>
    <message>
        <source>Earmarked</source>
        <translation>Целевые ресурсы</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>Объявленный взнос</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <source>Incoming funds (received)</source>
        <translation>Поступившие средства (получено)</translation>
    </message>
    <message>
        <source>Expenditure</source>
        <translation>Расходы</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Доклад</translation>
    </message>
    <message>
        <source>Guide or handbook</source>
        <translation>Руководство или справочник</translation>
    </message>
    <message>
        <source>Policy brief</source>
        <translation>Аналитическая записка</translation>
    </message>
    <message>
        <source>Tool or methodology</source>
        <translation>Инструмент или методология</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Набор данных</translation>
    </message>
    <message>
        <source>Training material</source>
        <translation>Учебные материалы</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>Тематическое исследование</translation>
    </message>
    <message>
        <source>Video or multimedia</source>
        <translation>Видео или мультимедиа</translation>
    </message>
    <message>
        <source>No poverty</source>
        <translation>Ликвидация нищеты</translation>
    </message>
    <message>
        <source>Zero hunger</source>
        <translation>Ликвидация голода</translation>
    </message>
    <message>
        <source>Good health and well-being</source>
        <translation>Хорошее здоровье и благополучие</translation>
    </message>
    <message>
        <source>Quality education</source>
        <translation>Качественное образование</translation>
    </message>
    <message>
        <source>Gender equality</source>
        <translation>Гендерное равенство</translation>
    </message>
    <message>
        <source>Clean water and sanitation</source>
        <translation>Чистая вода и санитария</translation>
    </message>
    <message>
        <source>Affordable and clean energy</source>
        <translation>Недорогостоящая и чистая энергия</translation>
    </message>
    <message>
        <source>Decent work and economic growth</source>
        <translation>Достойная работа и экономический рост</translation>
    </message>
    <message>
        <source>Industry, innovation and infrastructure</source>
        <translation>Индустриализация, инновации и инфраструктура</translation>
    </message>
    <message>
        <source>Reduced inequalities</source>
        <translation>Уменьшение неравенства</translation>
    </message>
    <message>
        <source>Sustainable cities and communities</source>
        <translation>Устойчивые города и населенные пункты</translation>
    </message>
    <message>
        <source>Responsible consumption and production</source>
        <translation>Ответственное потребление и производство</translation>
    </message>
    <message>
        <source>Climate action</source>
        <translation>Борьба с изменением климата</translation>
    </message>
    <message>
        <source>Life below water</source>
        <translation>Сохранение морских экосистем</translation>
    </message>
    <message>
        <source>Life on land</source>
        <translation>Сохранение экосистем суши</translation>
    </message>
    <message>
        <source>Peace, justice and strong institutions</source>
        <translation>Мир, правосудие и эффективные институты</translation>
    </message>
    <message>
        <source>Partnerships for the goals</source>
        <translation>Партнерство в интересах устойчивого развития</translation>
    </message>
    <message>
        <source>Eradicate extreme poverty (people living on less than $1.25 a day) everywhere</source>
        <translation>Повсеместно ликвидировать крайнюю нищету (люди, живущие на сумму менее 1,25 долл. США в день)</translation>
    </message>
    <message>
        <source>Reduce at least by half the proportion of people living in poverty in all its dimensions</source>
        <translation>Сократить по меньшей мере вдвое долю людей, живущих в нищете во всех ее проявлениях</translation>
    </message>
    <message>
        <source>Implement social protection systems and measures for all, including floors</source>
        <translation>Внедрить надлежащие системы и меры социальной защиты для всех, включая минимальный уровень</translation>
    </message>
    <message>
        <source>Equal rights to economic resources, basic services, land, property and financial services</source>
        <translation>Равные права на экономические ресурсы, доступ к базовым услугам, земле, собственности и финансовым услугам</translation>
    </message>
    <message>
        <source>Build resilience of the poor and vulnerable to climate-related extremes and disasters</source>
        <translation>Повысить жизнестойкость малоимущих и уязвимых к экстремальным климатическим явлениям и бедствиям</translation>
    </message>
    <message>
        <source>Mobilize resources for programmes and policies to end poverty in all its dimensions</source>
        <translation>Мобилизовать ресурсы для программ и стратегий, направленных на ликвидацию нищеты во всех ее проявлениях</translation>
    </message>
    <message>
        <source>Create sound policy frameworks based on pro-poor, gender-sensitive development strategies</source>
        <translation>Создать надежные основы политики на базе стратегий развития, учитывающих интересы бедноты и гендерную проблематику</translation>
    </message>
    <message>
        <source>End hunger and ensure access to safe, nutritious and sufficient food all year round</source>
        <translation>Положить конец голоду и обеспечить доступ к безопасной, питательной и достаточной пище на протяжении всего года</translation>
    </message>
    <message>
        <source>End all forms of malnutrition, including stunting and wasting in children under 5</source>
        <translation>Положить конец всем формам недоедания, включая задержку роста и истощение у детей в возрасте до 5 лет</translation>
    </message>
    <message>
        <source>Double the agricultural productivity and incomes of small-scale food producers</source>
        <translation>Удвоить продуктивность сельского хозяйства и доходы мелких производителей продовольствия</translation>
    </message>
    <message>
        <source>Ensure sustainable food production systems and implement resilient agricultural practices</source>
        <translation>Обеспечить устойчивые системы производства продуктов питания и внедрить жизнестойкие методы ведения сельского хозяйства</translation>
    </message>
    <message>
        <source>Maintain genetic diversity of seeds, plants and animals; share genetic resource benefits</source>
        <translation>Сохранить генетическое разнообразие семян, растений и животных; распределять выгоды от использования генетических ресурсов</translation>
    </message>
    <message>
        <source>Increase investment in rural infrastructure, agricultural research, technology, gene banks</source>
        <translation>Увеличить инвестиции в сельскую инфраструктуру, сельскохозяйственные исследования, технологии, генетические банки</translation>
    </message>
    <message>
        <source>Correct and prevent trade restrictions and distortions in world agricultural markets</source>
        <translation>Устранять и предотвращать торговые ограничения и перекосы на мировых сельскохозяйственных рынках</translation>
    </message>
    <message>
        <source>Ensure proper functioning of food commodity markets and access to market information</source>
        <translation>Обеспечить надлежащее функционирование рынков продовольственных товаров и доступ к рыночной информации</translation>
    </message>
    <message>
        <source>Reduce the global maternal mortality ratio to less than 70 per 100,000 live births</source>
        <translation>Снизить глобальный коэффициент материнской смертности до менее 70 случаев на 100 000 живорождений</translation>
    </message>
    <message>
        <source>End preventable deaths of newborns and children under 5 years of age</source>
        <translation>Положить конец предотвратимой смертности новорожденных и детей в возрасте до 5 лет</translation>
    </message>
    <message>
        <source>End epidemics of AIDS, TB, malaria and neglected tropical diseases; combat hepatitis</source>
        <translation>Положить конец эпидемиям СПИДа, туберкулеза, малярии и забытых тропических болезней; бороться с гепатитом</translation>
    </message>
    <message>
        <source>Reduce premature mortality from non-communicable diseases by 1/3; promote mental health</source>
        <translation>Уменьшить на треть преждевременную смертность от неинфекционных заболеваний; поддерживать психическое здоровье</translation>
    </message>
    <message>
        <source>Strengthen prevention and treatment of substance abuse, including drugs and alcohol</source>
        <translation>Улучшать профилактику и лечение зависимости от психоактивных веществ, в том числе наркотиков и алкоголя</translation>
    </message>
    <message>
        <source>Halve global deaths and injuries from road traffic accidents</source>
        <translation>Вдвое сократить во всем мире число смертей и травм в результате дорожно-транспортных происшествий</translation>
    </message>
    <message>
        <source>Ensure universal access to sexual and reproductive health-care services</source>
        <translation>Обеспечить всеобщий доступ к услугам по охране сексуального и репродуктивного здоровья</translation>
    </message>
    <message>
        <source>Achieve universal health coverage, including financial risk protection</source>
        <translation>Обеспечить всеобщий охват услугами здравоохранения, в том числе защиту от финансовых рисков</translation>
    </message>
    <message>
        <source>Reduce deaths and illnesses from hazardous chemicals and air, water and soil pollution</source>
        <translation>Сократить число случаев смерти и заболевания в результате воздействия опасных химических веществ и загрязнения воздуха, воды и почв</translation>
    </message>
    <message>
        <source>Strengthen implementation of the WHO Framework Convention on Tobacco Control</source>
        <translation>Активизировать осуществление Рамочной конвенции Всемирной организации здравоохранения по борьбе против табака</translation>
    </message>
    <message>
        <source>Support research and development of vaccines and medicines; access to affordable medicines</source>
        <translation>Содействовать исследованиям и разработкам вакцин и лекарственных препаратов; доступ к недорогим лекарственным средствам</translation>
    </message>
    <message>
        <source>Increase health financing and the health workforce in developing countries</source>
        <translation>Увеличить финансирование здравоохранения и численность медицинских кадров в развивающихся странах</translation>
    </message>
    <message>
        <source>Strengthen capacity for early warning, risk reduction and management of health risks</source>
        <translation>Наращивать потенциал в области раннего предупреждения, снижения рисков и регулирования рисков для здоровья</translation>
    </message>
    <message>
        <source>All girls and boys complete free, equitable, quality primary and secondary education</source>
        <translation>Все девочки и мальчики завершают получение бесплатного, равноправного и качественного начального и среднего образования</translation>
    </message>
    <message>
        <source>Ensure access to quality early childhood development, care and pre-primary education</source>
        <translation>Обеспечить доступ к качественным системам развития, ухода и дошкольного обучения детей младшего возраста</translation>
    </message>
    <message>
        <source>Equal access to affordable technical, vocational and tertiary education, incl. university</source>
        <translation>Равный доступ к недорогому профессионально-техническому и высшему образованию, в том числе университетскому</translation>
    </message>
    <message>
        <source>Increase youth and adults with relevant skills for employment and entrepreneurship</source>
        <translation>Увеличить число молодых и взрослых людей, обладающих востребованными навыками для трудоустройства и предпринимательства</translation>
    </message>
    <message>
        <source>Eliminate gender disparities in education and ensure equal access for the vulnerable</source>
        <translation>Ликвидировать гендерное неравенство в сфере образования и обеспечить равный доступ к нему для уязвимых групп</translation>
    </message>
    <message>
        <source>Ensure all youth and a substantial proportion of adults achieve literacy and numeracy</source>
        <translation>Обеспечить, чтобы все молодые люди и значительная доля взрослых умели читать, писать и считать</translation>
    </message>
    <message>
        <source>All learners acquire knowledge and skills needed to promote sustainable development</source>
        <translation>Все учащиеся приобретают знания и навыки, необходимые для содействия устойчивому развитию</translation>
    </message>
    <message>
        <source>Build and upgrade education facilities that are child, disability and gender sensitive</source>
        <translation>Создавать и совершенствовать учебные заведения, учитывающие интересы детей, особые потребности инвалидов и гендерные аспекты</translation>
    </message>
    <message>
        <source>Expand scholarships available to developing countries for enrolment in higher education</source>
        <translation>Увеличить число стипендий, предоставляемых развивающимся странам для получения высшего образования</translation>
    </message>
    <message>
        <source>Increase the supply of qualified teachers, including through international cooperation</source>
        <translation>Увеличить число квалифицированных учителей, в том числе посредством международного сотрудничества</translation>
    </message>
    <message>
        <source>End all forms of discrimination against all women and girls everywhere</source>
        <translation>Повсеместно ликвидировать все формы дискриминации в отношении всех женщин и девочек</translation>
    </message>
    <message>
        <source>Eliminate all violence against women and girls, including trafficking and exploitation</source>
        <translation>Ликвидировать все формы насилия в отношении всех женщин и девочек, включая торговлю людьми и эксплуатацию</translation>
    </message>
    <message>
        <source>Eliminate harmful practices such as child, early and forced marriage and FGM</source>
        <translation>Ликвидировать все вредные виды практики, такие как детские, ранние и принудительные браки и калечащие операции на женских половых органах</translation>
    </message>
    <message>
        <source>Recognize and value unpaid care and domestic work</source>
        <translation>Признавать и ценить неоплачиваемый труд по уходу и работу по ведению домашнего хозяйства</translation>
    </message>
    <message>
        <source>Ensure women&apos;s full participation and equal opportunities for leadership</source>
        <translation>Обеспечить всестороннее участие женщин и равные для них возможности для лидерства</translation>
    </message>
    <message>
        <source>Ensure universal access to sexual and reproductive health and reproductive rights</source>
        <translation>Обеспечить всеобщий доступ к услугам в области охраны сексуального и репродуктивного здоровья и реализации репродуктивных прав</translation>
    </message>
    <message>
        <source>Give women equal rights to economic resources, ownership of land and property, and finance</source>
        <translation>Предоставить женщинам равные права на экономические ресурсы, владение землей и собственностью и финансовые услуги</translation>
    </message>
    <message>
        <source>Enhance the use of enabling technology, in particular ICT, to promote women&apos;s empowerment</source>
        <translation>Расширить использование высокоэффективных технологий, в частности ИКТ, для расширения прав и возможностей женщин</translation>
    </message>
    <message>
        <source>Adopt and strengthen sound policies and enforceable legislation for gender equality</source>
        <translation>Принять и укреплять разумную политику и имеющие обязательную силу законодательные акты для поощрения гендерного равенства</translation>
    </message>
    <message>
        <source>Achieve universal and equitable access to safe and affordable drinking water for all</source>
        <translation>Обеспечить всеобщий и равноправный доступ к безопасной и недорогой питьевой воде для всех</translation>
    </message>
    <message>
        <source>Achieve adequate and equitable sanitation and hygiene for all; end open defecation</source>
        <translation>Обеспечить надлежащие санитарно-гигиенические средства для всех на равной основе; положить конец открытой дефекации</translation>
    </message>
    <message>
        <source>Improve water quality: reduce pollution, halve untreated wastewater, increase reuse</source>
        <translation>Повысить качество воды: уменьшить загрязнение, вдвое сократить долю неочищенных сточных вод, расширить повторное использование</translation>
    </message>
    <message>
        <source>Increase water-use efficiency and ensure sustainable withdrawals to address water scarcity</source>
        <translation>Повысить эффективность водопользования и обеспечить устойчивый забор пресной воды для решения проблемы нехватки воды</translation>
    </message>
    <message>
        <source>Implement integrated water resources management, including transboundary cooperation</source>
        <translation>Обеспечить комплексное управление водными ресурсами, в том числе на основе трансграничного сотрудничества</translation>
    </message>
    <message>
        <source>Protect and restore water-related ecosystems (mountains, forests, wetlands, rivers, lakes)</source>
        <translation>Обеспечить охрану и восстановление связанных с водой экосистем (горы, леса, водно-болотные угодья, реки, озера)</translation>
    </message>
    <message>
        <source>Expand international cooperation and capacity-building for water and sanitation programmes</source>
        <translation>Расширить международное сотрудничество и укрепление потенциала в осуществлении программ в области водоснабжения и санитарии</translation>
    </message>
    <message>
        <source>Support participation of local communities in water and sanitation management</source>
        <translation>Поддерживать участие местных общин в улучшении водного хозяйства и санитарии</translation>
    </message>
    <message>
        <source>Ensure universal access to affordable, reliable and modern energy services</source>
        <translation>Обеспечить всеобщий доступ к недорогому, надежному и современному энергоснабжению</translation>
    </message>
    <message>
        <source>Increase substantially the share of renewable energy in the global energy mix</source>
        <translation>Значительно увеличить долю энергии из возобновляемых источников в мировом энергетическом балансе</translation>
    </message>
    <message>
        <source>Double the global rate of improvement in energy efficiency</source>
        <translation>Удвоить глобальный показатель повышения энергоэффективности</translation>
    </message>
    <message>
        <source>Enhance international cooperation on clean energy research, technology and investment</source>
        <translation>Активизировать международное сотрудничество в области исследований, технологий и инвестиций в экологически чистую энергетику</translation>
    </message>
    <message>
        <source>Expand infrastructure and upgrade technology for modern energy in developing countries</source>
        <translation>Расширить инфраструктуру и модернизировать технологии для современного энергоснабжения в развивающихся странах</translation>
    </message>
    <message>
        <source>Sustain per capita economic growth; at least 7% annual GDP growth in LDCs</source>
        <translation>Поддерживать экономический рост на душу населения; рост ВВП в НРС на уровне не менее 7 процентов в год</translation>
    </message>
    <message>
        <source>Higher economic productivity through diversification, technological upgrading, innovation</source>
        <translation>Повышение производительности в экономике посредством диверсификации, технической модернизации и инноваций</translation>
    </message>
    <message>
        <source>Promote policies supporting productive activities, decent jobs, entrepreneurship and SMEs</source>
        <translation>Проводить политику, способствующую производительной деятельности, созданию достойных рабочих мест, предпринимательству и развитию МСП</translation>
    </message>
    <message>
        <source>Improve resource efficiency and decouple economic growth from environmental degradation</source>
        <translation>Повышать эффективность использования ресурсов и не допускать, чтобы экономический рост сопровождался ухудшением состояния окружающей среды</translation>
    </message>
    <message>
        <source>Full and productive employment and decent work for all; equal pay for work of equal value</source>
        <translation>Полная и производительная занятость и достойная работа для всех; равная оплата за труд равной ценности</translation>
    </message>
    <message>
        <source>Substantially reduce the proportion of youth not in employment, education or training</source>
        <translation>Существенно сократить долю молодежи, которая не работает, не учится и не приобретает профессиональных навыков</translation>
    </message>
    <message>
        <source>Eradicate forced labour, modern slavery, human trafficking and all forms of child labour</source>
        <translation>Искоренить принудительный труд, современное рабство, торговлю людьми и все формы детского труда</translation>
    </message>
    <message>
        <source>Protect labour rights and promote safe and secure working environments for all workers</source>
        <translation>Защищать трудовые права и содействовать обеспечению надежных и безопасных условий работы для всех трудящихся</translation>
    </message>
    <message>
        <source>Devise and implement policies to promote sustainable tourism that creates jobs</source>
        <translation>Разработать и осуществлять стратегии содействия устойчивому туризму, который способствует созданию рабочих мест</translation>
    </message>
    <message>
        <source>Strengthen domestic financial institutions to expand access to banking and insurance</source>
        <translation>Укреплять национальные финансовые учреждения для расширения доступа к банковским и страховым услугам</translation>
    </message>
    <message>
        <source>Increase Aid for Trade support for developing countries, in particular LDCs</source>
        <translation>Расширить поддержку в рамках инициативы «Помощь в интересах торговли» для развивающихся стран, особенно НРС</translation>
    </message>
    <message>
        <source>Develop a global strategy for youth employment and implement the ILO Global Jobs Pact</source>
        <translation>Разработать глобальную стратегию обеспечения занятости молодежи и осуществлять Глобальный пакт о рабочих местах МОТ</translation>
    </message>
    <message>
        <source>Develop quality, reliable, sustainable and resilient infrastructure</source>
        <translation>Развивать качественную, надежную, устойчивую и стойкую инфраструктуру</translation>
    </message>
    <message>
        <source>Promote inclusive, sustainable industrialization; raise industry&apos;s share of jobs and GDP</source>
        <translation>Содействовать всеохватной и устойчивой индустриализации; увеличить долю промышленности в занятости и ВВП</translation>
    </message>
    <message>
        <source>Increase small-scale enterprises&apos; access to financial services and value chains</source>
        <translation>Расширить доступ мелких предприятий к финансовым услугам и их интеграцию в производственно-сбытовые цепочки</translation>
    </message>
    <message>
        <source>Upgrade infrastructure and retrofit industries to make them sustainable</source>
        <translation>Модернизировать инфраструктуру и переоснастить промышленные предприятия, сделав их устойчивыми</translation>
    </message>
    <message>
        <source>Enhance scientific research and upgrade technological capabilities of industrial sectors</source>
        <translation>Активизировать научные исследования и наращивать технологический потенциал промышленных секторов</translation>
    </message>
    <message>
        <source>Facilitate sustainable and resilient infrastructure development in developing countries</source>
        <translation>Содействовать развитию устойчивой и стойкой инфраструктуры в развивающихся странах</translation>
    </message>
    <message>
        <source>Support domestic technology development, research and innovation in developing countries</source>
        <translation>Поддерживать разработку отечественных технологий, научные исследования и инновации в развивающихся странах</translation>
    </message>
    <message>
        <source>Increase access to ICT; universal, affordable Internet access in least developed countries</source>
        <translation>Расширить доступ к ИКТ; всеобщий и недорогой доступ к Интернету в наименее развитых странах</translation>
    </message>
    <message>
        <source>Achieve and sustain income growth of the bottom 40 per cent above the national average</source>
        <translation>Обеспечить более высокие по сравнению со средним по стране темпы роста доходов наименее обеспеченных 40 процентов населения</translation>
    </message>
    <message>
        <source>Empower and promote the social, economic and political inclusion of all</source>
        <translation>Расширять права и возможности и содействовать вовлечению всех людей в социальную, экономическую и политическую жизнь</translation>
    </message>
    <message>
        <source>Ensure equal opportunity and reduce inequalities of outcome; end discriminatory laws</source>
        <translation>Обеспечить равенство возможностей и сократить неравенство результатов; ликвидировать дискриминационные законы</translation>
    </message>
    <message>
        <source>Adopt fiscal, wage and social protection policies to achieve greater equality</source>
        <translation>Проводить бюджетно-финансовую политику, политику в области заработной платы и социальной защиты для достижения большего равенства</translation>
    </message>
    <message>
        <source>Improve the regulation and monitoring of global financial markets and institutions</source>
        <translation>Совершенствовать регулирование и мониторинг глобальных финансовых рынков и учреждений</translation>
    </message>
    <message>
        <source>Enhanced voice of developing countries in global economic and financial institutions</source>
        <translation>Более широкое представительство развивающихся стран в глобальных экономических и финансовых учреждениях</translation>
    </message>
    <message>
        <source>Facilitate orderly, safe, regular and responsible migration and mobility of people</source>
        <translation>Содействовать упорядоченной, безопасной, легальной и ответственной миграции и мобильности людей</translation>
    </message>
    <message>
        <source>Implement special and differential treatment for developing countries under WTO agreements</source>
        <translation>Применять принцип особого и дифференцированного режима для развивающихся стран в соответствии с соглашениями ВТО</translation>
    </message>
    <message>
        <source>Encourage development assistance and financial flows to States where the need is greatest</source>
        <translation>Поощрять официальную помощь в целях развития и финансовые потоки в государства, в которых потребность в них наиболее велика</translation>
    </message>
    <message>
        <source>Reduce transaction costs of migrant remittances to less than 3 per cent</source>
        <translation>Сократить операционные затраты, связанные с денежными переводами мигрантов, до менее 3 процентов</translation>
    </message>
    <message>
        <source>Adequate, safe and affordable housing and basic services for all; upgrade slums</source>
        <translation>Достаточное, безопасное и недорогое жилье и основные услуги для всех; благоустроить трущобы</translation>
    </message>
    <message>
        <source>Provide access to safe, affordable, accessible and sustainable transport systems for all</source>
        <translation>Обеспечить доступ к безопасным, недорогим, доступным и экологически устойчивым транспортным системам для всех</translation>
    </message>
    <message>
        <source>Enhance inclusive and sustainable urbanization and participatory settlement planning</source>
        <translation>Расширить масштабы всеохватной и экологически устойчивой урбанизации и планирования населенных пунктов на основе широкого участия</translation>
    </message>
    <message>
        <source>Strengthen efforts to protect and safeguard the world&apos;s cultural and natural heritage</source>
        <translation>Активизировать усилия по защите и сохранению всемирного культурного и природного наследия</translation>
    </message>
    <message>
        <source>Reduce deaths, people affected and economic losses caused by disasters</source>
        <translation>Сократить число погибших и пострадавших и уменьшить экономический ущерб в результате бедствий</translation>
    </message>
    <message>
        <source>Reduce the per capita environmental impact of cities, incl. air quality and waste</source>
        <translation>Уменьшить негативное экологическое воздействие городов в расчете на душу населения, включая качество воздуха и отходы</translation>
    </message>
    <message>
        <source>Provide universal access to safe, inclusive and accessible green and public spaces</source>
        <translation>Обеспечить всеобщий доступ к безопасным, доступным и открытым для всех зеленым зонам и общественным местам</translation>
    </message>
    <message>
        <source>Support positive economic, social and environmental links between urban and rural areas</source>
        <translation>Поддерживать позитивные экономические, социальные и экологические связи между городскими и сельскими районами</translation>
    </message>
    <message>
        <source>Increase cities with integrated policies for inclusion, resilience and disaster risk</source>
        <translation>Увеличить число городов, осуществляющих комплексную политику в интересах вовлеченности, жизнестойкости и снижения риска бедствий</translation>
    </message>
    <message>
        <source>Support LDCs in building sustainable and resilient buildings using local materials</source>
        <translation>Оказывать НРС содействие в строительстве устойчивых и прочных зданий с использованием местных материалов</translation>
    </message>
    <message>
        <source>Implement the 10-Year Framework of Programmes on Sustainable Consumption and Production</source>
        <translation>Осуществлять Десятилетние рамки программ по устойчивому потреблению и производству</translation>
    </message>
    <message>
        <source>Achieve the sustainable management and efficient use of natural resources</source>
        <translation>Добиться устойчивого освоения и эффективного использования природных ресурсов</translation>
    </message>
    <message>
        <source>Halve per capita global food waste and reduce food losses along supply chains</source>
        <translation>Сократить вдвое количество пищевых отходов на душу населения и уменьшить потери продовольствия в производственно-сбытовых цепочках</translation>
    </message>
    <message>
        <source>Environmentally sound management of chemicals and all wastes throughout their life cycle</source>
        <translation>Экологически безопасное обращение с химическими веществами и всеми отходами на протяжении всего их жизненного цикла</translation>
    </message>
    <message>
        <source>Substantially reduce waste generation through prevention, reduction, recycling and reuse</source>
        <translation>Существенно уменьшить объем отходов путем предотвращения их образования, сокращения, переработки и повторного использования</translation>
    </message>
    <message>
        <source>Encourage companies to adopt sustainable practices and sustainability reporting</source>
        <translation>Рекомендовать компаниям применять устойчивые методы и представлять отчетность в области устойчивого развития</translation>
    </message>
    <message>
        <source>Promote public procurement practices that are sustainable</source>
        <translation>Содействовать обеспечению устойчивой практики государственных закупок</translation>
    </message>
    <message>
        <source>Ensure people have information and awareness for sustainable development and lifestyles</source>
        <translation>Обеспечить, чтобы люди располагали информацией и сознавали необходимость устойчивого развития и образа жизни</translation>
    </message>
    <message>
        <source>Support developing countries&apos; science and technology for sustainable consumption</source>
        <translation>Поддерживать научно-технический потенциал развивающихся стран для перехода к устойчивым моделям потребления</translation>
    </message>
    <message>
        <source>Develop tools to monitor sustainable development impacts for sustainable tourism</source>
        <translation>Разрабатывать инструменты мониторинга воздействия на устойчивое развитие в сфере устойчивого туризма</translation>
    </message>
    <message>
        <source>Rationalize inefficient fossil-fuel subsidies that encourage wasteful consumption</source>
        <translation>Рационализировать неэффективное субсидирование ископаемого топлива, ведущее к расточительному потреблению</translation>
    </message>
    <message>
        <source>Strengthen resilience and adaptive capacity to climate hazards and natural disasters</source>
        <translation>Повысить сопротивляемость и способность адаптироваться к опасным климатическим явлениям и стихийным бедствиям</translation>
    </message>
    <message>
        <source>Integrate climate change measures into national policies, strategies and planning</source>
        <translation>Включить меры реагирования на изменение климата в политику, стратегии и планирование на национальном уровне</translation>
    </message>
    <message>
        <source>Improve education, awareness and capacity on climate mitigation, adaptation, early warning</source>
        <translation>Улучшить просвещение, информированность и возможности в области смягчения изменения климата, адаптации и раннего предупреждения</translation>
    </message>
    <message>
        <source>Mobilize $100 billion a year under the UNFCCC; capitalize the Green Climate Fund</source>
        <translation>Мобилизовать 100 млрд долл. США в год в рамках РКИК ООН; капитализировать Зеленый климатический фонд</translation>
    </message>
    <message>
        <source>Raise capacity for climate change planning and management in LDCs and SIDS</source>
        <translation>Расширить возможности планирования и управления, связанных с изменением климата, в НРС и МОСРГ</translation>
    </message>
    <message>
        <source>Prevent and significantly reduce marine pollution of all kinds, including marine debris</source>
        <translation>Предотвратить и значительно сократить любое загрязнение морской среды, включая морской мусор</translation>
    </message>
    <message>
        <source>Sustainably manage and protect marine and coastal ecosystems</source>
        <translation>Обеспечить рациональное использование и охрану морских и прибрежных экосистем</translation>
    </message>
    <message>
        <source>Minimize and address the impacts of ocean acidification</source>
        <translation>Сводить к минимуму и устранять последствия окисления океана</translation>
    </message>
    <message>
        <source>Regulate harvesting and end overfishing, IUU and destructive fishing; restore fish stocks</source>
        <translation>Регулировать добычу и положить конец перелову, ННН-промыслу и пагубной практике рыболовства; восстановить рыбные запасы</translation>
    </message>
    <message>
        <source>Conserve at least 10 per cent of coastal and marine areas</source>
        <translation>Обеспечить сохранение по меньшей мере 10 процентов прибрежных и морских районов</translation>
    </message>
    <message>
        <source>Prohibit fisheries subsidies that contribute to overcapacity, overfishing and IUU fishing</source>
        <translation>Запретить субсидирование рыбного промысла, способствующее избыточным мощностям, перелову и ННН-промыслу</translation>
    </message>
    <message>
        <source>Increase economic benefits to SIDS and LDCs from the sustainable use of marine resources</source>
        <translation>Увеличить экономические выгоды МОСРГ и НРС от устойчивого использования морских ресурсов</translation>
    </message>
    <message>
        <source>Increase scientific knowledge, develop research capacity and transfer marine technology</source>
        <translation>Расширить научные знания, развивать исследовательский потенциал и передавать морские технологии</translation>
    </message>
    <message>
        <source>Provide access for small-scale artisanal fishers to marine resources and markets</source>
        <translation>Обеспечить доступ мелких рыбопромысловых хозяйств, занимающихся кустарным промыслом, к морским ресурсам и рынкам</translation>
    </message>
    <message>
        <source>Enhance conservation and sustainable use of oceans by implementing UNCLOS</source>
        <translation>Активизировать сохранение и рациональное использование океанов посредством соблюдения Конвенции ООН по морскому праву</translation>
    </message>
    <message>
        <source>Conserve, restore and sustainably use terrestrial and inland freshwater ecosystems</source>
        <translation>Обеспечить сохранение, восстановление и рациональное использование наземных и внутренних пресноводных экосистем</translation>
    </message>
    <message>
        <source>Sustainably manage forests, halt deforestation, restore forests, increase afforestation</source>
        <translation>Рационально использовать леса, остановить обезлесение, восстановить леса, расширить масштабы облесения</translation>
    </message>
    <message>
        <source>Combat desertification, restore degraded land and soil; land degradation neutrality</source>
        <translation>Бороться с опустыниванием, восстановить деградировавшие земли и почвы; нейтральный баланс деградации земель</translation>
    </message>
    <message>
        <source>Ensure the conservation of mountain ecosystems, including their biodiversity</source>
        <translation>Обеспечить сохранение горных экосистем, в том числе их биоразнообразия</translation>
    </message>
    <message>
        <source>Reduce habitat degradation, halt biodiversity loss and prevent extinction of species</source>
        <translation>Сократить деградацию естественной среды обитания, остановить утрату биоразнообразия и предотвратить исчезновение видов</translation>
    </message>
    <message>
        <source>Fair and equitable sharing of benefits from genetic resources and appropriate access</source>
        <translation>Совместное использование на справедливой и равной основе выгод от применения генетических ресурсов и надлежащий доступ к ним</translation>
    </message>
    <message>
        <source>End poaching and trafficking of protected species; address illegal wildlife products</source>
        <translation>Положить конец браконьерству и контрабанде охраняемых видов; решить проблему незаконной продукции живой природы</translation>
    </message>
    <message>
        <source>Prevent the introduction and reduce the impact of invasive alien species</source>
        <translation>Предотвращать проникновение и уменьшать воздействие чужеродных инвазивных видов</translation>
    </message>
    <message>
        <source>Integrate ecosystem and biodiversity values into national and local planning</source>
        <translation>Обеспечить учет ценности экосистем и биоразнообразия в процессе общегосударственного и местного планирования</translation>
    </message>
    <message>
        <source>Mobilize and increase financial resources to conserve and sustainably use biodiversity</source>
        <translation>Мобилизовать и увеличить финансовые ресурсы для сохранения и рационального использования биоразнообразия</translation>
    </message>
    <message>
        <source>Mobilize resources to finance sustainable forest management in developing countries</source>
        <translation>Мобилизовать ресурсы для финансирования рационального лесопользования в развивающихся странах</translation>
    </message>
    <message>
        <source>Enhance global support to combat poaching and trafficking of protected species</source>
        <translation>Активизировать глобальные усилия в борьбе с браконьерством и контрабандой охраняемых видов</translation>
    </message>
    <message>
        <source>Significantly reduce all forms of violence and related death rates everywhere</source>
        <translation>Значительно сократить распространенность всех форм насилия и связанные с ними показатели смертности во всем мире</translation>
    </message>
    <message>
        <source>End abuse, exploitation, trafficking and all violence against and torture of children</source>
        <translation>Положить конец надругательствам, эксплуатации, торговле и всем формам насилия и пыток в отношении детей</translation>
    </message>
    <message>
        <source>Promote the rule of law and ensure equal access to justice for all</source>
        <translation>Содействовать верховенству права и обеспечить всем равный доступ к правосудию</translation>
    </message>
    <message>
        <source>Reduce illicit financial and arms flows, recover stolen assets and combat organized crime</source>
        <translation>Сократить незаконные финансовые потоки и потоки оружия, возвращать похищенные активы и бороться с организованной преступностью</translation>
    </message>
    <message>
        <source>Substantially reduce corruption and bribery in all their forms</source>
        <translation>Значительно сократить масштабы коррупции и взяточничества во всех их формах</translation>
    </message>
    <message>
        <source>Develop effective, accountable and transparent institutions at all levels</source>
        <translation>Создать эффективные, подотчетные и прозрачные учреждения на всех уровнях</translation>
    </message>
    <message>
        <source>Responsive, inclusive, participatory and representative decision-making at all levels</source>
        <translation>Ответственное, всеохватное, основанное на широком участии и представительное принятие решений на всех уровнях</translation>
    </message>
    <message>
        <source>Strengthen participation of developing countries in institutions of global governance</source>
        <translation>Расширить участие развивающихся стран в деятельности институтов глобального управления</translation>
    </message>
    <message>
        <source>Provide legal identity for all, including birth registration</source>
        <translation>Обеспечить наличие у всех людей законных удостоверений личности, включая регистрацию рождений</translation>
    </message>
    <message>
        <source>Ensure public access to information and protect fundamental freedoms</source>
        <translation>Обеспечить доступ общественности к информации и защитить основные свободы</translation>
    </message>
    <message>
        <source>Strengthen national institutions to prevent violence and combat terrorism and crime</source>
        <translation>Укреплять национальные институты для предотвращения насилия и борьбы с терроризмом и преступностью</translation>
    </message>
    <message>
        <source>Promote and enforce non-discriminatory laws and policies for sustainable development</source>
        <translation>Поощрять и обеспечивать соблюдение недискриминационных законов и политики в интересах устойчивого развития</translation>
    </message>
    <message>
        <source>Strengthen domestic resource mobilization, incl. support for tax and revenue collection</source>
        <translation>Укреплять мобилизацию внутренних ресурсов, в том числе путем поддержки сбора налогов и других доходов</translation>
    </message>
    <message>
        <source>Developed countries to fully implement their official development assistance commitments</source>
        <translation>Развитые страны должны в полном объеме выполнить свои обязательства по оказанию официальной помощи в целях развития</translation>
    </message>
    <message>
        <source>Mobilize additional financial resources for developing countries from multiple sources</source>
        <translation>Мобилизовать дополнительные финансовые ресурсы для развивающихся стран из различных источников</translation>
    </message>
    <message>
        <source>Assist developing countries in attaining long-term debt sustainability</source>
        <translation>Оказывать развивающимся странам содействие в обеспечении долгосрочной приемлемости уровня задолженности</translation>
    </message>
    <message>
        <source>Adopt and implement investment promotion regimes for least developed countries</source>
        <translation>Принять и осуществлять режимы стимулирования инвестиций для наименее развитых стран</translation>
    </message>
    <message>
        <source>Enhance North-South, South-South and triangular cooperation on science and technology</source>
        <translation>Расширить сотрудничество по линии Север — Юг и Юг — Юг и трехстороннее сотрудничество в области науки и техники</translation>
    </message>
    <message>
        <source>Promote environmentally sound technologies to developing countries</source>
        <translation>Содействовать распространению экологически безопасных технологий в развивающиеся страны</translation>
    </message>
    <message>
        <source>Operationalize the technology bank for LDCs and enhance the use of ICT</source>
        <translation>Обеспечить функционирование банка технологий для НРС и расширить использование ИКТ</translation>
    </message>
    <message>
        <source>Enhance international support for targeted capacity-building in developing countries</source>
        <translation>Усилить международную поддержку целенаправленного наращивания потенциала в развивающихся странах</translation>
    </message>
    <message>
        <source>Promote a universal, rules-based, open, equitable multilateral trading system (WTO)</source>
        <translation>Содействовать созданию универсальной, основанной на правилах, открытой, справедливой многосторонней торговой системы (ВТО)</translation>
    </message>
    <message>
        <source>Significantly increase developing country exports; double LDCs&apos; share of global exports</source>
        <translation>Значительно увеличить объем экспорта из развивающихся стран; удвоить долю НРС в мировом экспорте</translation>
    </message>
    <message>
        <source>Realize timely implementation of duty-free and quota-free market access for all LDCs</source>
        <translation>Своевременно обеспечить беспошлинный и неквотируемый доступ на рынки для всех НРС</translation>
    </message>
    <message>
        <source>Enhance global macroeconomic stability, incl. through policy coordination and coherence</source>
        <translation>Повысить глобальную макроэкономическую стабильность, в том числе путем координации и согласования политики</translation>
    </message>
    <message>
        <source>Enhance policy coherence for sustainable development</source>
        <translation>Повысить согласованность политики в интересах устойчивого развития</translation>
    </message>
    <message>
        <source>Respect each country&apos;s policy space and leadership for poverty eradication and development</source>
        <translation>Уважать политическое пространство и руководящую роль каждой страны в искоренении нищеты и обеспечении развития</translation>
    </message>
    <message>
        <source>Enhance the Global Partnership for Sustainable Development; multi-stakeholder partnerships</source>
        <translation>Укреплять Глобальное партнерство в интересах устойчивого развития; партнерства с участием многих заинтересованных сторон</translation>
    </message>
    <message>
        <source>Encourage and promote effective public, public-private and civil society partnerships</source>
        <translation>Стимулировать и поощрять эффективное партнерство между государственными органами, государственным и частным секторами и гражданским обществом</translation>
    </message>
    <message>
        <source>Enhance capacity-building to increase high-quality, timely, reliable disaggregated data</source>
        <translation>Наращивать потенциал для повышения доступности высококачественных, актуальных и достоверных дезагрегированных данных</translation>
    </message>
    <message>
        <source>Develop measurements of progress on sustainable development that complement GDP</source>
        <translation>Разработать показатели прогресса в области устойчивого развития, дополняющие показатель ВВП</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Female</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <source>Other or unknown</source>
        <translation>Другой пол или неизвестно</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation>Объявленные взносы</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Израсходовано</translation>
    </message>
    <message>
        <source>Children</source>
        <extracomment>Targeted then reached, always in these colours (the Dashboard uses them too). A pie slice under this share gets no percentage label (it would read &quot;0 %&quot;).</extracomment>
        <translation>Дети</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Молодежь</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Взрослые</translation>
    </message>
    <message>
        <source>Older persons</source>
        <translation>Пожилые люди</translation>
    </message>
    <message>
        <source>How the figures count. People: an initiative reports its people for each period, and the same people are often reported again in the next period, so for each initiative and group only one period counts, the one with the highest figure (of two equal periods, the later one); these are added up across initiatives and groups, so someone counted in two periods is counted once. Targeted and reached are chosen separately. Indirect beneficiaries are never added to direct ones. Money: exact sums of the funding lines in USD at the rate each line used; pledged, committed, received and spent are separate figures.</source>
        <translation>Как рассчитываются показатели. Люди: инициатива сообщает о людях за каждый период, и те же люди часто снова учитываются в следующем периоде, поэтому для каждой инициативы и группы учитывается только один период — с наибольшим значением (из двух периодов с равными значениями — более поздний); эти значения суммируются по инициативам и группам, так что человек, учтенный в двух периодах, учитывается один раз. Целевой и фактический охват выбираются отдельно. Косвенные бенефициары никогда не прибавляются к прямым. Средства: точные суммы строк финансирования в USD по курсу, использованному в каждой строке; объявленные взносы, обязательства, полученные и израсходованные средства — отдельные показатели.</translation>
    </message>
    <message>
        <source>Portfolio KPIs — {scope}</source>
        <translation>КПЭ портфеля — {scope}</translation>
    </message>
    <message>
        <source>Portfolio KPIs</source>
        <translation>КПЭ портфеля</translation>
    </message>
    <message>
        <source>Fieldbook</source>
        <translation>Fieldbook</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Filters: {filters} · generated {generated} by Fieldbook {version}</source>
        <translation>Фильтры: {filters} · сформировано {generated} в Fieldbook {version}</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Инициативы</translation>
    </message>
    <message>
        <source>Countries supported</source>
        <translation>Страны, получающие поддержку</translation>
    </message>
    <message>
        <source>Cities supported</source>
        <translation>Города, получающие поддержку</translation>
    </message>
    <message>
        <source>Beneficiaries reached (direct)</source>
        <translation>Фактический охват (прямые бенефициары)</translation>
    </message>
    <message>
        <source>Beneficiaries targeted (direct)</source>
        <translation>Целевой охват (прямые бенефициары)</translation>
    </message>
    <message>
        <source>Funds received, USD</source>
        <translation>Полученные средства, USD</translation>
    </message>
    <message>
        <source>Funds committed, USD</source>
        <translation>Средства по обязательствам, USD</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнеры</translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation>Страны партнеров</translation>
    </message>
    <message>
        <source>Knowledge products</source>
        <translation>Продукты знаний</translation>
    </message>
    <message>
        <source>SDGs touched (of 17)</source>
        <translation>Охваченные ЦУР (из 17)</translation>
    </message>
    <message>
        <source>SDG targets touched (of 169)</source>
        <translation>Охваченные задачи ЦУР (из 169)</translation>
    </message>
    <message>
        <source>Initiatives by status</source>
        <translation>Инициативы по статусам</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Бенефициары</translation>
    </message>
    <message>
        <source>By group (direct)</source>
        <translation>По группам (прямые)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>Целевой охват</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Фактический охват</translation>
    </message>
    <message>
        <source>By sex (direct)</source>
        <translation>По полу (прямые)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>By age band (direct)</source>
        <translation>По возрастным группам (прямые)</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Возрастная группа</translation>
    </message>
    <message>
        <source>Other figures</source>
        <translation>Прочие показатели</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Persons with disabilities (direct)</source>
        <translation>Лица с инвалидностью (прямые)</translation>
    </message>
    <message>
        <source>Total (direct)</source>
        <translation>Всего (прямые)</translation>
    </message>
    <message>
        <source>Indirect beneficiaries</source>
        <translation>Косвенные бенефициары</translation>
    </message>
    <message>
        <source>Targeted and reached by group (direct)</source>
        <translation>Целевой и фактический охват по группам (прямые)</translation>
    </message>
    <message>
        <source>Targeted and reached by sex (direct)</source>
        <translation>Целевой и фактический охват по полу (прямые)</translation>
    </message>
    <message>
        <source>Targeted and reached by age band (direct)</source>
        <translation>Целевой и фактический охват по возрастным группам (прямые)</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>Средства</translation>
    </message>
    <message>
        <source>USD by transaction type</source>
        <translation>USD по типам операций</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Received by source type</source>
        <translation>Полученные средства по типам источников</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>Тип источника</translation>
    </message>
    <message>
        <source>Received by modality</source>
        <translation>Полученные средства по видам финансирования</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Вид финансирования</translation>
    </message>
    <message>
        <source>Pledged, committed, received, spent (USD)</source>
        <translation>Объявленные взносы, обязательства, получено, израсходовано (USD)</translation>
    </message>
    <message>
        <source>Partners by type</source>
        <translation>Партнеры по типам</translation>
    </message>
    <message>
        <source>Partner type</source>
        <translation>Тип партнера</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Партнерства</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Record id</source>
        <extracomment>Excel refuses longer cell text; nothing longer may be stored, or a package could not carry it. Fields every exchanged record carries (see db.models.Record).</extracomment>
        <translation>Идентификатор записи</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Создано (UTC)</translation>
    </message>
    <message>
        <source>Updated (UTC)</source>
        <translation>Обновлено (UTC)</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>Targeted: total</source>
        <extracomment>The count fields&apos; labels, written out so that each is a message of its own to translate.</extracomment>
        <translation>Целевой охват: всего</translation>
    </message>
    <message>
        <source>Targeted: female</source>
        <translation>Целевой охват: женщины</translation>
    </message>
    <message>
        <source>Targeted: male</source>
        <translation>Целевой охват: мужчины</translation>
    </message>
    <message>
        <source>Targeted: other</source>
        <translation>Целевой охват: другие</translation>
    </message>
    <message>
        <source>Targeted: children</source>
        <translation>Целевой охват: дети</translation>
    </message>
    <message>
        <source>Targeted: youth</source>
        <translation>Целевой охват: молодежь</translation>
    </message>
    <message>
        <source>Targeted: adults</source>
        <translation>Целевой охват: взрослые</translation>
    </message>
    <message>
        <source>Targeted: older</source>
        <translation>Целевой охват: пожилые люди</translation>
    </message>
    <message>
        <source>Targeted: pwd</source>
        <translation>Целевой охват: лица с инвалидностью</translation>
    </message>
    <message>
        <source>Reached: total</source>
        <translation>Фактический охват: всего</translation>
    </message>
    <message>
        <source>Reached: female</source>
        <translation>Фактический охват: женщины</translation>
    </message>
    <message>
        <source>Reached: male</source>
        <translation>Фактический охват: мужчины</translation>
    </message>
    <message>
        <source>Reached: other</source>
        <translation>Фактический охват: другие</translation>
    </message>
    <message>
        <source>Reached: children</source>
        <translation>Фактический охват: дети</translation>
    </message>
    <message>
        <source>Reached: youth</source>
        <translation>Фактический охват: молодежь</translation>
    </message>
    <message>
        <source>Reached: adults</source>
        <translation>Фактический охват: взрослые</translation>
    </message>
    <message>
        <source>Reached: older</source>
        <translation>Фактический охват: пожилые люди</translation>
    </message>
    <message>
        <source>Reached: pwd</source>
        <translation>Фактический охват: лица с инвалидностью</translation>
    </message>
    <message>
        <source>targeted</source>
        <extracomment>Words a message is made of, besides its template: translated with it.</extracomment>
        <translation>целевой охват</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>фактический охват</translation>
    </message>
    <message>
        <source>sex and age band</source>
        <translation>полу и возрастным группам</translation>
    </message>
    <message>
        <source>active</source>
        <translation>реализуемой</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>завершенной</translation>
    </message>
    <message>
        <source>initiative</source>
        <translation>инициативы</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>партнера</translation>
    </message>
    <message>
        <source>pledge</source>
        <translation>объявленного взноса</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>обязательства</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>поступивших средств</translation>
    </message>
    <message>
        <source>expenditure</source>
        <translation>расходов</translation>
    </message>
    <message>
        <source>Office code</source>
        <extracomment>What each entity holds beyond its identity, in the order people read it.</extracomment>
        <translation>Код отделения</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Название отделения</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Валюта по умолчанию</translation>
    </message>
    <message>
        <source>Language of its packages</source>
        <translation>Язык пакетов отделения</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Admin area (level 1)</source>
        <translation>Административная единица (1-го уровня)</translation>
    </message>
    <message>
        <source>City or locality</source>
        <translation>Город или населенный пункт</translation>
    </message>
    <message>
        <source>Flagship programme</source>
        <translation>Флагманская программа</translation>
    </message>
    <message>
        <source>Subprogramme</source>
        <translation>Подпрограмма</translation>
    </message>
    <message>
        <source>Flagship outcome</source>
        <translation>Результат флагманской программы</translation>
    </message>
    <message>
        <source>Crisis context</source>
        <translation>Кризисный контекст</translation>
    </message>
    <message>
        <source>SDG targets</source>
        <translation>Задачи ЦУР</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Аббревиатура</translation>
    </message>
    <message>
        <source>Partner type</source>
        <translation>Тип партнера</translation>
    </message>
    <message>
        <source>Initiative id</source>
        <translation>Идентификатор инициативы</translation>
    </message>
    <message>
        <source>Partner id</source>
        <translation>Идентификатор партнера</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Direct or indirect</source>
        <translation>Прямые или косвенные</translation>
    </message>
    <message>
        <source>Funder id</source>
        <translation>Идентификатор донора</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>Тип источника</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Вид финансирования</translation>
    </message>
    <message>
        <source>Transaction type</source>
        <translation>Тип операции</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>USD rate</source>
        <translation>Курс USD</translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation>Сумма (USD)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>{value!r} is not a whole number</source>
        <extracomment>Rows that depend on another record: field → the entity it points to. Digits a decimal may have before the point, and after it: what a decimal context of 28 digits writes out exactly. Beyond, writing the number (the digest, the store) fails (1E+300) or needs unbounded memory (1E-999999999999).</extracomment>
        <translation>{value!r} — не целое число</translation>
    </message>
    <message>
        <source>{value!r} is not a number</source>
        <translation>{value!r} — не число</translation>
    </message>
    <message>
        <source>{value!r} is out of range: a number has at most 28 digits before and after the decimal point</source>
        <translation>{value!r} — вне допустимого диапазона: число может содержать не более 28 цифр до и после десятичного разделителя</translation>
    </message>
    <message>
        <source>{value!r} has a time of day; give a date</source>
        <translation>{value!r} содержит время суток; укажите дату</translation>
    </message>
    <message>
        <source>{value!r} is not a date (write YYYY-MM-DD)</source>
        <translation>{value!r} — не дата (формат ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>{value!r} is not a date and time</source>
        <translation>{value!r} — не дата и время</translation>
    </message>
    <message>
        <source>{value!r} is not a record id (UUID)</source>
        <translation>{value!r} — не идентификатор записи (UUID)</translation>
    </message>
    <message>
        <source>Revision must be 1 or more</source>
        <translation>Номер версии должен быть не меньше 1</translation>
    </message>
    <message>
        <source>No {target} with id {value} in this package or store</source>
        <translation>В этом пакете и в хранилище нет {target} с идентификатором {value}</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <extracomment>Fields with an error of their own (set once the field checks are done): rules using them stay silent.</extracomment>
        <translation>Поле «{label}» обязательно для заполнения</translation>
    </message>
    <message>
        <source>{label} has a value of the wrong kind</source>
        <translation>Поле «{label}» содержит значение неверного типа</translation>
    </message>
    <message>
        <source>{label} is longer than {limit} characters</source>
        <translation>Длина поля «{label}» превышает допустимую ({limit} симв.)</translation>
    </message>
    <message>
        <source>Not in the list of {label}: {codes}</source>
        <translation>Нет в списке допустимых значений поля «{label}»: {codes}</translation>
    </message>
    <message>
        <source>{label} cannot be negative</source>
        <translation>Значение поля «{label}» не может быть отрицательным</translation>
    </message>
    <message>
        <source>a country code</source>
        <extracomment>What one code of each list is, with its article, as a message says it: &quot;&apos;Kenya&apos; is not a country code&quot;.</extracomment>
        <translation>код страны</translation>
    </message>
    <message>
        <source>a region code</source>
        <translation>код региона</translation>
    </message>
    <message>
        <source>a currency code</source>
        <translation>код валюты</translation>
    </message>
    <message>
        <source>a language code</source>
        <translation>код языка</translation>
    </message>
    <message>
        <source>a flagship programme code</source>
        <translation>код флагманской программы</translation>
    </message>
    <message>
        <source>a subprogramme code</source>
        <translation>код подпрограммы</translation>
    </message>
    <message>
        <source>a flagship outcome code</source>
        <translation>код результата флагманской программы</translation>
    </message>
    <message>
        <source>an initiative status</source>
        <translation>статус инициативы</translation>
    </message>
    <message>
        <source>a crisis context code</source>
        <translation>код кризисного контекста</translation>
    </message>
    <message>
        <source>a beneficiary group code</source>
        <translation>код группы бенефициаров</translation>
    </message>
    <message>
        <source>a reach type</source>
        <translation>тип охвата</translation>
    </message>
    <message>
        <source>a partner type code</source>
        <translation>код типа партнера</translation>
    </message>
    <message>
        <source>a partner role code</source>
        <translation>код роли партнера</translation>
    </message>
    <message>
        <source>a source type code</source>
        <translation>код типа источника</translation>
    </message>
    <message>
        <source>a funding modality code</source>
        <translation>код вида финансирования</translation>
    </message>
    <message>
        <source>a transaction type</source>
        <translation>тип операции</translation>
    </message>
    <message>
        <source>a knowledge product type code</source>
        <translation>код типа продукта знаний</translation>
    </message>
    <message>
        <source>an SDG target</source>
        <translation>задача ЦУР</translation>
    </message>
    <message>
        <source>{value!r} is not {noun}</source>
        <translation>{value!r} — не {noun}</translation>
    </message>
    <message>
        <source>{value!r} is not {noun}; did you mean {code} ({meaning})?</source>
        <translation>{value!r} — не {noun}; возможно, имелось в виду {code} ({meaning})?</translation>
    </message>
    <message>
        <source>The end date {end} is before the start date {start}</source>
        <extracomment>How alike (difflib&apos;s ratio) a value and a code or label must be for the code to be suggested, and how long the value must be: below three characters every code is about as near as any other (is &quot;UK&quot; UKR?). A value longer than this is no code or label mistyped (the longest label has 90 characters): no guess, none kept.</extracomment>
        <translation>Дата окончания {end} раньше даты начала {start}</translation>
    </message>
    <message>
        <source>An office code has 2–16 capital letters, digits or hyphens, such as KEN-NBO</source>
        <translation>Код отделения состоит из 2–16 заглавных латинских букв, цифр или дефисов, например KEN-NBO</translation>
    </message>
    <message>
        <source>An {status} initiative should have a start date</source>
        <translation>Для {status} инициативы следует указать дату начала</translation>
    </message>
    <message>
        <source>A completed initiative should have an end date</source>
        <translation>Для завершенной инициативы следует указать дату окончания</translation>
    </message>
    <message>
        <source>Link the initiative to a flagship programme or a subprogramme so it counts in reports</source>
        <translation>Свяжите инициативу с флагманской программой или подпрограммой, чтобы она учитывалась в отчетах</translation>
    </message>
    <message>
        <source>sex</source>
        <extracomment>(kind, total field, [(parts&apos; fields, first part&apos;s field, what)], pwd field) for the sum rules.</extracomment>
        <translation>полу</translation>
    </message>
    <message>
        <source>age band</source>
        <translation>возрастным группам</translation>
    </message>
    <message>
        <source>{value!r} is not a period: write 2023-H2, 2023-Q3 or 2023</source>
        <translation>{value!r} — не период: укажите 2023-H2, 2023-Q3 или 2023</translation>
    </message>
    <message>
        <source>Write the period as {code}</source>
        <translation>Укажите период в формате {code}</translation>
    </message>
    <message>
        <source>Period {period} is outside the initiative&apos;s dates</source>
        <translation>Период {period} выходит за рамки сроков инициативы</translation>
    </message>
    <message>
        <source>Persons with disabilities ({pwd}) cannot be more than the {kind} total ({total})</source>
        <translation>Число лиц с инвалидностью ({pwd}) не может превышать итоговое число ({kind}): {total}</translation>
    </message>
    <message>
        <source>Give a targeted or a reached total</source>
        <translation>Укажите итоговое число для целевого или фактического охвата</translation>
    </message>
    <message>
        <source>Reached ({reached}) is more than targeted ({targeted}); check both</source>
        <translation>Фактический охват ({reached}) превышает целевой ({targeted}); проверьте оба значения</translation>
    </message>
    <message>
        <source>Give the {kind} total: its parts by {what} are given</source>
        <translation>Укажите итоговое число ({kind}): данные по {what} уже введены</translation>
    </message>
    <message>
        <source>The {kind} total {total} differs from female + male + other = {sum} (and from the age groups, also {sum}): correct the total</source>
        <translation>Итоговое число ({kind}) {total} не совпадает с суммой женщины + мужчины + другие = {sum} (и с суммой по возрастным группам, также {sum}): исправьте итоговое число</translation>
    </message>
    <message>
        <source>The {kind} counts by {what} add up to {sum}, but the total and the counts by {other} are {total}: correct the counts by {what}</source>
        <translation>Сумма данных по {what} ({kind}) равна {sum}, а итоговое число и сумма данных по {other} равны {total}: исправьте данные по {what}</translation>
    </message>
    <message>
        <source>The {kind} counts by {what} add up to {sum}, more than the total {total}</source>
        <translation>Сумма данных по {what} ({kind}) равна {sum}, что больше итогового числа {total}</translation>
    </message>
    <message>
        <source>The {kind} counts by {what} add up to {sum}, not the total {total}</source>
        <translation>Сумма данных по {what} ({kind}) равна {sum} и не совпадает с итоговым числом {total}</translation>
    </message>
    <message>
        <source>{currency} amounts are whole numbers, without decimal places</source>
        <translation>Суммы в {currency} указываются в целых числах, без десятичных знаков</translation>
    </message>
    <message>
        <source>{currency} amounts have 1 decimal place at most</source>
        <translation>Суммы в {currency} указываются не более чем с 1 десятичным знаком</translation>
    </message>
    <message>
        <source>{currency} amounts have {places} decimal places at most</source>
        <translation>Суммы в {currency} указываются не более чем с {places} десятичными знаками</translation>
    </message>
    <message>
        <source>The amount is zero</source>
        <translation>Сумма равна нулю</translation>
    </message>
    <message>
        <source>A negative expenditure is a correction; check it</source>
        <translation>Отрицательная сумма расходов означает корректировку; проверьте ее</translation>
    </message>
    <message>
        <source>A pledge, commitment or incoming amount cannot be negative</source>
        <translation>Сумма объявленного взноса, обязательства или поступивших средств не может быть отрицательной</translation>
    </message>
    <message>
        <source>The USD rate must be more than zero</source>
        <translation>Курс USD должен быть больше нуля</translation>
    </message>
    <message>
        <source>The USD rate of an amount in USD is 1</source>
        <translation>Для суммы в USD курс USD равен 1</translation>
    </message>
    <message>
        <source>USD amounts have 2 decimal places at most</source>
        <translation>Суммы в USD указываются не более чем с 2 десятичными знаками</translation>
    </message>
    <message>
        <source>Amount × rate is {expected} USD, not {usd}</source>
        <translation>Сумма × курс = {expected} USD, а не {usd}</translation>
    </message>
    <message>
        <source>Name the funder of a {type}</source>
        <translation>Укажите донора для {type}</translation>
    </message>
    <message>
        <source>The date {date} is more than a year ahead</source>
        <translation>Дата {date} наступит более чем через год</translation>
    </message>
    <message>
        <source>The link should start with https://</source>
        <translation>Ссылка должна начинаться с https://</translation>
    </message>
    <message>
        <source>Over {factor}× the office&apos;s usual {currency} rate (1 {currency} = {usual} USD): typed the wrong way round?</source>
        <extracomment>How many times above or below the usual rate of its currency a line&apos;s USD rate may be before it is questioned. A rate typed the wrong way round (63.9 MZN per USD stored as USD per MZN) is off by the rate squared, thousands of times; a real year&apos;s swing, even a devaluation, rarely reaches five. Near parity (EUR, GBP, CHF) the two ways differ by less than this, and no warning can tell them apart.</extracomment>
        <translation>Курс более чем в {factor} раз выше обычного для отделения курса {currency} (1 {currency} = {usual} USD): возможно, он введен наоборот?</translation>
    </message>
    <message>
        <source>Under 1/{factor} of the office&apos;s usual {currency} rate (1 {currency} = {usual} USD): typed the wrong way round?</source>
        <translation>Курс ниже 1/{factor} обычного для отделения курса {currency} (1 {currency} = {usual} USD): возможно, он введен наоборот?</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>the disk is full</source>
        <extracomment>Partial files of versions before scratch folders (``.NAME.xlsx.part``) have no owner: removed once this old. What :func:`_disk_problem` finds: kinds of failure that have words of their own (the rest are the system&apos;s words).</extracomment>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>read-only file system</source>
        <translation>файловая система доступна только для чтения</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>отказано в доступе</translation>
    </message>
    <message>
        <source>free some space on that disk and try again</source>
        <translation>освободите место на этом диске и повторите попытку</translation>
    </message>
    <message>
        <source>choose a folder you can write to</source>
        <translation>выберите папку, в которую у вас есть право записи</translation>
    </message>
    <message>
        <source>check the folder and try again</source>
        <translation>проверьте папку и повторите попытку</translation>
    </message>
    <message>
        <source>{count} rows would break foreign keys, first in table {table}</source>
        <extracomment>The PostgreSQL advisory lock a schema upgrade holds to its commit (&quot;fbschema&quot; in ASCII).</extracomment>
        <translation>число строк, которые нарушили бы внешние ключи: {count}; первая — в таблице {table}</translation>
    </message>
    <message>
        <source>{path}: no such data file</source>
        <extracomment>A file of this name beside the executable of a built copy makes it portable (a USB stick). The data folder of a portable copy, beside the executable. Writes are refused: opened read-only, or (PostgreSQL) the database role may not write (:func:`read_only_text`).</extracomment>
        <translation>{path}: файл данных не найден</translation>
    </message>
    <message>
        <source>{path} is already open in another Fieldbook window or process; close it there first</source>
        <translation>{path} уже открыт в другом окне или процессе Fieldbook; сначала закройте его там</translation>
    </message>
    <message>
        <source>empty</source>
        <comment>a store with no schema yet</comment>
        <translation>пустое хранилище</translation>
    </message>
    <message>
        <source>{where} is not at this version&apos;s schema ({schema}); open it once in Fieldbook (or with a command that writes) to bring it up to date</source>
        <translation>{where} не соответствует схеме этой версии ({schema}); чтобы обновить его, откройте его один раз в Fieldbook (или с помощью команды, выполняющей запись)</translation>
    </message>
    <message>
        <source>this store is open read-only: your database role cannot write to it</source>
        <translation>это хранилище открыто только для чтения: у вашей роли в базе данных нет права записи в него</translation>
    </message>
    <message>
        <source>this store is open read-only</source>
        <translation>это хранилище открыто только для чтения</translation>
    </message>
    <message>
        <source>{path} is not a readable Fieldbook data file ({reason})</source>
        <translation>не удается прочитать {path} как файл данных Fieldbook ({reason})</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); restore a backup from Settings › Backups</source>
        <translation>{path} поврежден ({problem}); восстановите резервную копию в разделе «Настройки › Резервные копии»</translation>
    </message>
    <message>
        <source>{path} is not a Fieldbook data file (a database with other tables: {tables}); check the path</source>
        <translation>{path} — не файл данных Fieldbook (это база данных с другими таблицами: {tables}); проверьте путь</translation>
    </message>
    <message>
        <source>{path} holds no Fieldbook store; check the path, or import into it to create one</source>
        <translation>{path} не содержит хранилища Fieldbook; проверьте путь или выполните в него импорт, чтобы создать хранилище</translation>
    </message>
    <message>
        <source>updating {path} failed ({reason}); the file was restored from {backup}</source>
        <translation>не удалось обновить {path} ({reason}); файл восстановлен из {backup}</translation>
    </message>
    <message>
        <source>creating the store at {where} failed ({reason}); nothing was changed</source>
        <translation>не удалось создать хранилище в {where} ({reason}); ничего не изменено</translation>
    </message>
    <message>
        <source>updating the store from schema {schema} at {where} failed ({reason}); nothing was changed</source>
        <translation>не удалось обновить хранилище {where} со схемы {schema} ({reason}); ничего не изменено</translation>
    </message>
    <message>
        <source>{path}: the snapshot taken before an import could not be written to {folder} ({reason}), so nothing was changed: {todo}</source>
        <translation>{path}: не удалось записать снимок перед импортом в {folder} ({reason}), поэтому ничего не изменено: {todo}</translation>
    </message>
    <message>
        <source>{path}: the backup taken before updating it could not be written to {folder} ({reason}), so nothing was changed: {todo}</source>
        <translation>{path}: не удалось записать резервную копию перед обновлением в {folder} ({reason}), поэтому ничего не изменено: {todo}</translation>
    </message>
    <message>
        <source>{path}: the backup could not be written to {folder} ({reason}), so nothing was changed: {todo}</source>
        <translation>{path}: не удалось записать резервную копию в {folder} ({reason}), поэтому ничего не изменено: {todo}</translation>
    </message>
    <message>
        <source>make that folder writable and try again</source>
        <translation>сделайте эту папку доступной для записи и повторите попытку</translation>
    </message>
    <message>
        <source>{path}: restoring {backup} failed ({reason}); the data file was left as it was</source>
        <translation>{path}: не удалось восстановить данные из {backup} ({reason}); файл данных оставлен без изменений</translation>
    </message>
    <message>
        <source>{path}: the disk is full; free some space on it and try again</source>
        <translation>{path}: диск заполнен; освободите на нем место и повторите попытку</translation>
    </message>
    <message>
        <source>{path}: Fieldbook cannot write in its folder {folder} ({reason}); it keeps a lock and a small index beside the data file: copy the file to a folder you can write to, or make this one writable</source>
        <translation>{path}: Fieldbook не может выполнять запись в папку {folder} ({reason}); рядом с файлом данных программа хранит файл блокировки и небольшой индекс: скопируйте файл в папку, в которую у вас есть право записи, или сделайте эту папку доступной для записи</translation>
    </message>
    <message>
        <source>{path} is not a Fieldbook data file (it is empty); check the path, or restore a backup</source>
        <translation>{path} — не файл данных Fieldbook (файл пуст); проверьте путь или восстановите резервную копию</translation>
    </message>
    <message>
        <source>{where} was written by a newer version of Fieldbook (schema {schema}); this version knows up to {head}: install the newer version to open it</source>
        <translation>{where} записан более новой версией Fieldbook (схема {schema}); эта версия поддерживает схемы до {head}: чтобы открыть его, установите более новую версию</translation>
    </message>
    <message>
        <source>database {database} does not exist on the PostgreSQL server at {where}; check the name, or create it (createdb {database})</source>
        <translation>база данных {database} не существует на сервере PostgreSQL {where}; проверьте имя или создайте ее (createdb {database})</translation>
    </message>
    <message>
        <source>the PostgreSQL server at {where} refused user {user} ({reason}); check the user name and password</source>
        <translation>сервер PostgreSQL {where} отклонил пользователя {user} ({reason}); проверьте имя пользователя и пароль</translation>
    </message>
    <message>
        <source>cannot reach the PostgreSQL server at {where}: {reason}; check the address and that the server runs</source>
        <translation>не удается подключиться к серверу PostgreSQL {where}: {reason}; проверьте адрес и убедитесь, что сервер работает</translation>
    </message>
</context>
</TS>
