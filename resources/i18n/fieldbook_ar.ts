<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>About</name>
    <message>
        <source>Fieldbook {version}</source>
        <extracomment>The help window of no main window (``show_help(None, …)``), kept so it is not collected while shown.</extracomment>
        <translation>Fieldbook {version}</translation>
    </message>
    <message>
        <source>Package format: {format}</source>
        <translation>تنسيق الحزمة: {format}</translation>
    </message>
    <message>
        <source>Store schema: {schema}</source>
        <translation>مخطط مخزن البيانات: {schema}</translation>
    </message>
    <message>
        <source>Data file in use (schema {schema}):</source>
        <translation>ملف البيانات المستخدم (المخطط {schema}):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>About Fieldbook</source>
        <translation>حول Fieldbook</translation>
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
        <translation> (مُعدَّل، ولم يُحفظ بعد)</translation>
    </message>
    <message>
        <source>✗ see below</source>
        <translation>✗ انظر أدناه</translation>
    </message>
    <message>
        <source>⚠ see below</source>
        <translation>⚠ انظر أدناه</translation>
    </message>
    <message>
        <source>✓ sums agree</source>
        <translation>✓ المجاميع متطابقة</translation>
    </message>
</context>
<context>
    <name>BeneficiaryPage</name>
    <message>
        <source>Beneficiaries</source>
        <extracomment>Unsaved counts appeared or went away (the status bar tells the truth). What the grid shows (initiative, period, reach): where the pickers go back to when a move is cancelled. A record to show once its initiative is chosen: (initiative, period, reach) — a problem opened from the export dialog.</extracomment>
        <translation>المستفيدون</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>الفترة(&amp;P)</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>فترة الإبلاغ</translation>
    </message>
    <message>
        <source>A half-year (2026-H2), a quarter (2026-Q4) or a year; the grid opens on the latest period with counts for the initiative</source>
        <translation>نصف سنة (2026-H2) أو ربع سنة (2026-Q4) أو سنة؛ تُفتح الشبكة على آخر فترة تتضمن أعدادًا للمبادرة</translation>
    </message>
    <message>
        <source>&amp;Reach</source>
        <translation>نوع الوصول(&amp;R)</translation>
    </message>
    <message>
        <source>Direct or indirect</source>
        <translation>مباشر أو غير مباشر</translation>
    </message>
    <message>
        <source>Beneficiary counts by group</source>
        <translation>أعداد المستفيدين حسب الفئة</translation>
    </message>
    <message>
        <source>Problems in the counts</source>
        <translation>مشكلات في الأعداد</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>المجاميع</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>إلغاء التغييرات(&amp;V)</translation>
    </message>
    <message>
        <source>Revert unsaved counts</source>
        <translation>إلغاء الأعداد غير المحفوظة</translation>
    </message>
    <message>
        <source>&amp;Save counts</source>
        <translation>حفظ الأعداد(&amp;S)</translation>
    </message>
    <message>
        <source>Save the changed rows (Ctrl+S)</source>
        <translation>حفظ الصفوف التي تغيّرت (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save counts</source>
        <translation>حفظ الأعداد</translation>
    </message>
    <message>
        <source>The beneficiary counts of {period}</source>
        <translation>أعداد المستفيدين للفترة {period}</translation>
    </message>
    <message>
        <source>Targeted {targeted} · reached {reached}</source>
        <translation>المستهدَفون {targeted} · تم الوصول إليهم {reached}</translation>
    </message>
    <message>
        <source>Edit beneficiary counts</source>
        <translation>تحرير أعداد المستفيدين</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>لم يُحفظ: {error}</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Code</source>
        <extracomment>Grows on every reset, so that a proxy knows its accepted set is stale. How many records the list holds before search and filters (the &quot;of N&quot; of the count under the list).</extracomment>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>City or locality</source>
        <translation>المدينة أو البلدة</translation>
    </message>
    <message>
        <source>Flagship</source>
        <translation>البرنامج الرئيسي</translation>
    </message>
    <message>
        <source>Subprogramme</source>
        <translation>البرنامج الفرعي</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>End</source>
        <translation>الانتهاء</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>الاسم المختصر</translation>
    </message>
    <message>
        <source>Partner type</source>
        <translation>نوع الشريك</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>المبادرات</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>المبادرة</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>المعاملة</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>الجهة المموِّلة</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>نوع المصدر</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>طريقة التمويل</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>USD rate</source>
        <translation>سعر الصرف مقابل USD</translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation>المبلغ (USD)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>{low}–{high} years</source>
        <translation>{low}–{high} سنة</translation>
    </message>
    <message>
        <source>{low} years and over</source>
        <translation>{low} سنة فأكثر</translation>
    </message>
    <message>
        <source>{band}: {years}. The four age bands add up to the total.</source>
        <translation>{band}: {years}. مجموع الفئات العمرية الأربع يساوي المجموع الكلي.</translation>
    </message>
    <message>
        <source>People of this sex; female, male and other add up to the total.</source>
        <translation>الأشخاص من هذا الجنس؛ مجموع الإناث والذكور وغير ذلك يساوي المجموع الكلي.</translation>
    </message>
    <message>
        <source>Persons with disabilities, of any age or sex (part of the total).</source>
        <translation>الأشخاص ذوو الإعاقة، من أي سن أو جنس (جزء من المجموع الكلي).</translation>
    </message>
    <message>
        <source>Everyone counted in this group.</source>
        <translation>جميع من عُدّوا في هذه الفئة.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>الإناث</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>الذكور</translation>
    </message>
    <message>
        <source>Other sex</source>
        <translation>جنس آخر</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>الشباب</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>البالغون</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>كبار السن</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>ذوو الإعاقة</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>المستهدَفون</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>تم الوصول إليهم</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>التحقق</translation>
    </message>
</context>
<context>
    <name>Consolidate</name>
    <message>
        <source>Unreadable</source>
        <translation>غير مقروءة</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>صالحة</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>الرقم التسلسلي</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>الأخطاء</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>التحذيرات</translation>
    </message>
</context>
<context>
    <name>ConsolidatePage</name>
    <message>
        <source>Consolidate packages</source>
        <extracomment>How often the page asks who is importing into a PostgreSQL store, while it is shown.</extracomment>
        <translation>تجميع الحزم</translation>
    </message>
    <message>
        <source>Drop package files (.xlsx) here, or add them. Each is checked at once: merge the valid ones into one package, or import them into this data file.</source>
        <translation>أفلِت ملفات الحزم (.xlsx) هنا، أو أضفها. تُفحص كل حزمة فورًا: ادمج الحزم الصالحة في حزمة واحدة، أو استوردها إلى ملف البيانات هذا.</translation>
    </message>
    <message>
        <source>Drop package files (.xlsx) here, or add them. Each is checked at once: merge the valid ones into one package, or import them into this store.</source>
        <translation>أفلِت ملفات الحزم (.xlsx) هنا، أو أضفها. تُفحص كل حزمة فورًا: ادمج الحزم الصالحة في حزمة واحدة، أو استوردها إلى مخزن البيانات هذا.</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>الحزم</translation>
    </message>
    <message>
        <source>Problems of the selected package</source>
        <translation>مشكلات الحزمة المحددة</translation>
    </message>
    <message>
        <source>Select a package to see its problems here.</source>
        <translation>حدد حزمة لعرض مشكلاتها هنا.</translation>
    </message>
    <message>
        <source>&amp;Add packages…</source>
        <translation>إضافة حزم(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إزالة(&amp;R)</translation>
    </message>
    <message>
        <source>Show &amp;problems</source>
        <translation>عرض المشكلات(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Merge to file…</source>
        <translation>دمج في ملف(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Import into this data file…</source>
        <translation>استيراد إلى ملف البيانات هذا(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Import into this store…</source>
        <translation>استيراد إلى مخزن البيانات هذا(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Undo last import…</source>
        <translation>التراجع عن آخر عملية استيراد(&amp;U)…</translation>
    </message>
    <message>
        <source>Imports under way</source>
        <translation>عمليات الاستيراد الجارية</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>النتيجة الأخيرة</translation>
    </message>
    <message>
        <source>Add packages</source>
        <translation>إضافة حزم</translation>
    </message>
    <message>
        <source>Fieldbook packages (*.xlsx);;All files (*)</source>
        <translation>حزم Fieldbook (*.xlsx);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Checking packages…</source>
        <translation>جارٍ فحص الحزم…</translation>
    </message>
    <message>
        <source>{file}: {status}, {errors} errors, {warnings} warnings</source>
        <translation>{file}: {status}، الأخطاء: {errors}، التحذيرات: {warnings}</translation>
    </message>
    <message>
        <source>Merge into which folder?</source>
        <translation>الدمج في أي مجلد؟</translation>
    </message>
    <message>
        <source>Merging packages…</source>
        <translation>جارٍ دمج الحزم…</translation>
    </message>
    <message>
        <source>Merged into {file}: {records} records, {conflicts} conflicts, {superseded} superseded. Report: merge-report.xlsx beside it.</source>
        <translation>تم الدمج في {file}: السجلات: {records}، حالات التعارض: {conflicts}، السجلات التي حلّت محلها نسخ أحدث: {superseded}. التقرير: merge-report.xlsx بجانبه.</translation>
    </message>
    <message>
        <source>Checking what the import would change…</source>
        <translation>جارٍ التحقق مما سيغيّره الاستيراد…</translation>
    </message>
    <message>
        <source>Signing keys new to this data file — confirm each fingerprint with its office (by phone) before you answer Yes:</source>
        <translation>مفاتيح توقيع جديدة على ملف البيانات هذا — تأكد من كل بصمة مع مكتبها (هاتفيًا) قبل أن تجيب بـ«نعم»:</translation>
    </message>
    <message>
        <source>Signing keys new to this store — confirm each fingerprint with its office (by phone) before you answer Yes:</source>
        <translation>مفاتيح توقيع جديدة على مخزن البيانات هذا — تأكد من كل بصمة مع مكتبها (هاتفيًا) قبل أن تجيب بـ«نعم»:</translation>
    </message>
    <message>
        <source>Not signed (anyone could have written them); importing records your name in the ledger:</source>
        <translation>غير موقّعة (كان بإمكان أي شخص كتابتها)؛ يؤدي الاستيراد إلى تسجيل اسمك في دفتر القيود:</translation>
    </message>
    <message>
        <source>A dry run of the import found:

{lines}{trust}

Import for real? The last import can be undone.</source>
        <translation>وجد التشغيل التجريبي للاستيراد ما يلي:

{lines}{trust}

هل تريد تنفيذ الاستيراد فعليًا؟ يمكن التراجع عن آخر عملية استيراد.</translation>
    </message>
    <message>
        <source>Import packages?</source>
        <translation>استيراد الحزم؟</translation>
    </message>
    <message>
        <source>A dry run of the import found:

{lines}{trust}

Import for real? A backup of the data file is taken first, and the last import can be undone.</source>
        <translation>وجد التشغيل التجريبي للاستيراد ما يلي:

{lines}{trust}

هل تريد تنفيذ الاستيراد فعليًا؟ تُؤخذ نسخة احتياطية من ملف البيانات أولًا، ويمكن التراجع عن آخر عملية استيراد.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>أُلغي الاستيراد؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Importing packages…</source>
        <translation>جارٍ استيراد الحزم…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>أُلغيت العملية؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>أُلغيت العملية.</translation>
    </message>
    <message>
        <source>One package was imported before it; the others were not.</source>
        <translation>استُوردت حزمة واحدة قبل ذلك؛ ولم تُستورد الحزم الأخرى.</translation>
    </message>
    <message>
        <source>{n} packages were imported before it; the others were not.</source>
        <translation>استُوردت حزم عددها {n} قبل ذلك؛ ولم تُستورد الحزم الأخرى.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>و%n ملف آخر</numerusform>
            <numerusform>وملف آخر</numerusform>
            <numerusform>وملفان آخران</numerusform>
            <numerusform>و%n ملفات أخرى</numerusform>
            <numerusform>و%n ملفًا آخر</numerusform>
            <numerusform>و%n ملف آخر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) imported {when} by {who} — {offices}: {files}</source>
        <translation>
            <numerusform>%n حزمة استوردها {who} في {when} — {offices}: {files}</numerusform>
            <numerusform>حزمة واحدة استوردها {who} في {when} — {offices}: {files}</numerusform>
            <numerusform>حزمتان استوردهما {who} في {when} — {offices}: {files}</numerusform>
            <numerusform>%n حزم استوردها {who} في {when} — {offices}: {files}</numerusform>
            <numerusform>%n حزمةً استوردها {who} في {when} — {offices}: {files}</numerusform>
            <numerusform>%n حزمة استوردها {who} في {when} — {offices}: {files}</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo last import?</source>
        <translation>هل تريد التراجع عن آخر عملية استيراد؟</translation>
    </message>
    <message>
        <source>Undo the last import?

{what}

What these packages created is removed and what they changed or deleted comes back as it was; their ledger entries go, so they can be imported again. It is refused, with nothing undone, if records they wrote were edited or imported again since.</source>
        <translation>هل تريد التراجع عن آخر عملية استيراد؟

{what}

يُحذف ما أنشأته هذه الحزم، ويعود ما غيّرته أو حذفته إلى ما كان عليه؛ وتُزال قيودها من دفتر القيود، بحيث يمكن استيرادها مرة أخرى. ويُرفض التراجع، دون التراجع عن أي شيء، إذا كانت السجلات التي كتبتها قد عُدِّلت أو استُوردت مرة أخرى منذ ذلك الحين.</translation>
    </message>
    <message>
        <source>Undoing the last import…</source>
        <translation>جارٍ التراجع عن آخر عملية استيراد…</translation>
    </message>
    <message numerus="yes">
        <source>Undid the import of %n package(s): {files}</source>
        <translation>
            <numerusform>تم التراجع عن استيراد %n حزمة: {files}</numerusform>
            <numerusform>تم التراجع عن استيراد حزمة واحدة: {files}</numerusform>
            <numerusform>تم التراجع عن استيراد حزمتين: {files}</numerusform>
            <numerusform>تم التراجع عن استيراد %n حزم: {files}</numerusform>
            <numerusform>تم التراجع عن استيراد %n حزمةً: {files}</numerusform>
            <numerusform>تم التراجع عن استيراد %n حزمة: {files}</numerusform>
        </translation>
    </message>
    <message>
        <source>{who} is importing into this store since {time}</source>
        <translation>يستورد {who} إلى مخزن البيانات هذا منذ {time}</translation>
    </message>
    <message>
        <source>{who} is importing into this store</source>
        <translation>يستورد {who} إلى مخزن البيانات هذا</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>أُلغيت العملية؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Consolidate</source>
        <translation>التجميع</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>How people are counted: an initiative reports its people for each period, and the same people are often reported again in the next period. So for each initiative and group only one period counts, the one with the highest figure (of two equal periods, the later one), and these figures are added up across initiatives and groups: someone counted in 2023-H1 and again in 2023-H2 is counted once. Targeted and reached are chosen separately. The Office summary lists each period&apos;s reports as they were made; they are not added up here. Indirect beneficiaries are never added to direct ones.</source>
        <translation>طريقة عدّ الأشخاص: تُبلغ كل مبادرة عن أعداد الأشخاص في كل فترة، وكثيرًا ما يُبلَّغ عن الأشخاص أنفسهم مرة أخرى في الفترة التالية. لذلك لا تُحتسب لكل مبادرة وفئة إلا فترة واحدة، هي الفترة ذات الرقم الأعلى (وإذا تساوت فترتان، فالفترة الأحدث)، ثم تُجمع هذه الأرقام على مستوى جميع المبادرات والفئات: فالشخص الذي عُدّ في 2023-H1 ثم في 2023-H2 يُحتسب مرة واحدة. ويُختار رقم المستهدَفين ورقم من تم الوصول إليهم كلٌّ على حدة. ويعرض «موجز المكتب» تقارير كل فترة كما قُدّمت؛ ولا تُجمع هنا. ولا يُضاف المستفيدون غير المباشرين إلى المستفيدين المباشرين أبدًا.</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>المبادرة</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>From package</source>
        <translation>من الحزمة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>الجهة المموِّلة</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <extracomment>How often the page asks, while shown, whether an import has committed into the store.</extracomment>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Flagship</source>
        <translation>البرنامج الرئيسي</translation>
    </message>
    <message>
        <source>Subprogramme</source>
        <translation>البرنامج الفرعي</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Filter by {what}</source>
        <translation>التصفية حسب {what}</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>تصدير التقرير…</translation>
    </message>
    <message>
        <source>Export the KPI report as a workbook</source>
        <translation>تصدير تقرير مؤشرات الأداء الرئيسية في شكل مصنّف</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>المبادرات</translation>
    </message>
    <message>
        <source>Countries supported</source>
        <translation>البلدان المدعومة</translation>
    </message>
    <message>
        <source>Cities supported</source>
        <translation>المدن المدعومة</translation>
    </message>
    <message>
        <source>People reached (direct)</source>
        <translation>الأشخاص الذين تم الوصول إليهم (مباشر)</translation>
    </message>
    <message>
        <source>People targeted (direct)</source>
        <translation>الأشخاص المستهدَفون (مباشر)</translation>
    </message>
    <message>
        <source>Funds received (USD)</source>
        <translation>الأموال المقبوضة (USD)</translation>
    </message>
    <message>
        <source>Funds committed (USD)</source>
        <translation>الأموال الملتزم بها (USD)</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>Knowledge products</source>
        <translation>المنتجات المعرفية</translation>
    </message>
    <message>
        <source>SDG targets touched</source>
        <translation>غايات أهداف التنمية المستدامة المشمولة</translation>
    </message>
    <message>
        <source>Funds pledged (USD)</source>
        <translation>الأموال المتعهد بها (USD)</translation>
    </message>
    <message>
        <source>Funds spent (USD)</source>
        <translation>الأموال المنفقة (USD)</translation>
    </message>
    <message>
        <source>Each initiative&apos;s group counted once, in its period with the highest figure</source>
        <translation>تُحتسب كل فئة في كل مبادرة مرة واحدة، في فترتها ذات الرقم الأعلى</translation>
    </message>
    <message>
        <source>People by group: targeted and reached</source>
        <translation>الأشخاص حسب الفئة: المستهدَفون ومن تم الوصول إليهم</translation>
    </message>
    <message>
        <source>Funds by transaction type (USD millions)</source>
        <translation>الأموال حسب نوع المعاملة (بملايين USD)</translation>
    </message>
    <message>
        <source>Funds received by source</source>
        <translation>الأموال المقبوضة حسب المصدر</translation>
    </message>
    <message>
        <source>Initiatives by status</source>
        <translation>المبادرات حسب الحالة</translation>
    </message>
    <message>
        <source>Click a figure to see the records behind it.</source>
        <translation>انقر على رقم لعرض السجلات التي يستند إليها.</translation>
    </message>
    <message>
        <source>{n} reached indirectly</source>
        <translation>تم الوصول إلى {n} بصورة غير مباشرة</translation>
    </message>
    <message>
        <source>from {n} countries</source>
        <translation>من بلدان عددها {n}</translation>
    </message>
    <message>
        <source>{n} of 17 goals</source>
        <translation>{n} من أصل 17 هدفًا</translation>
    </message>
    <message>
        <source>Dashboard — {filters}</source>
        <translation>لوحة المعلومات — {filters}</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>تم الوصول إليهم</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>المستهدَفون</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation>المتعهد به</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>الملتزم به</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>المقبوض</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>المنفق</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Records behind: {figure}</source>
        <translation>السجلات التي يستند إليها الرقم: {figure}</translation>
    </message>
    <message>
        <source>Export the KPI report</source>
        <translation>تصدير تقرير مؤشرات الأداء الرئيسية</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنّف Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>تمت كتابة التقرير</translation>
    </message>
    <message>
        <source>The KPI report is in {path}</source>
        <translation>تقرير مؤشرات الأداء الرئيسية موجود في {path}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export package</source>
        <extracomment>Problems listed in the dialog; the rest are counted. The person wants to fix a problem: entity, record id (the dialog closes; the window opens the record).</extracomment>
        <translation>تصدير الحزمة</translation>
    </message>
    <message>
        <source>Checking the records…</source>
        <translation>جارٍ فحص السجلات…</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>فترة الإبلاغ</translation>
    </message>
    <message>
        <source>A half-year (2026-H2), a quarter (2026-Q4) or a year (2026)</source>
        <translation>نصف سنة (2026-H2) أو ربع سنة (2026-Q4) أو سنة (2026)</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>الفترة(&amp;P)</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>مجلد الوجهة</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>اختيار(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the destination folder</source>
        <translation>اختيار مجلد الوجهة</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>المجلد(&amp;F)</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>الرقم التسلسلي</translation>
    </message>
    <message>
        <source>The office&apos;s packages are numbered 1, 2, 3… across periods: one more than the highest in the folder. Headquarters notices a gap.</source>
        <translation>تُرقَّم حزم المكتب 1، 2، 3… عبر الفترات: الرقم التالي لأعلى رقم في المجلد. ويلاحظ المقر أي فجوة في الترقيم.</translation>
    </message>
    <message>
        <source>&amp;Sequence</source>
        <translation>الرقم التسلسلي(&amp;S)</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>اسم الملف</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>What will go</source>
        <translation>ما ستتضمنه الحزمة</translation>
    </message>
    <message>
        <source>What goes</source>
        <translation>ما تتضمنه الحزمة</translation>
    </message>
    <message>
        <source>Problems found by the rules; Enter opens the record</source>
        <translation>المشكلات التي كشفتها القواعد؛ يفتح Enter السجل</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>نتيجة التصدير</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>تصدير(&amp;E)</translation>
    </message>
    <message>
        <source>Show in f&amp;older</source>
        <translation>عرض في المجلد(&amp;O)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>This data file cannot be exported as an office package</source>
        <translation>لا يمكن تصدير ملف البيانات هذا كحزمة مكتب</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln initiative(s)</source>
        <translation>
            <numerusform>%Ln مبادرة</numerusform>
            <numerusform>%Ln مبادرة</numerusform>
            <numerusform>%Ln مبادرة</numerusform>
            <numerusform>%Ln مبادرات</numerusform>
            <numerusform>%Ln مبادرةً</numerusform>
            <numerusform>%Ln مبادرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln beneficiary count(s)</source>
        <translation>
            <numerusform>%Ln سجل لأعداد المستفيدين</numerusform>
            <numerusform>%Ln سجل لأعداد المستفيدين</numerusform>
            <numerusform>%Ln سجل لأعداد المستفيدين</numerusform>
            <numerusform>%Ln سجلات لأعداد المستفيدين</numerusform>
            <numerusform>%Ln سجلًا لأعداد المستفيدين</numerusform>
            <numerusform>%Ln سجل لأعداد المستفيدين</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln funding line(s)</source>
        <translation>
            <numerusform>%Ln بند تمويل</numerusform>
            <numerusform>%Ln بند تمويل</numerusform>
            <numerusform>%Ln بند تمويل</numerusform>
            <numerusform>%Ln بنود تمويل</numerusform>
            <numerusform>%Ln بند تمويل</numerusform>
            <numerusform>%Ln بند تمويل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln شريك</numerusform>
            <numerusform>%Ln شريك</numerusform>
            <numerusform>%Ln شريك</numerusform>
            <numerusform>%Ln شركاء</numerusform>
            <numerusform>%Ln شريكًا</numerusform>
            <numerusform>%Ln شريك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner link(s)</source>
        <translation>
            <numerusform>%Ln ارتباط بشركاء</numerusform>
            <numerusform>%Ln ارتباط بشركاء</numerusform>
            <numerusform>%Ln ارتباط بشركاء</numerusform>
            <numerusform>%Ln ارتباطات بشركاء</numerusform>
            <numerusform>%Ln ارتباطًا بشركاء</numerusform>
            <numerusform>%Ln ارتباط بشركاء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln knowledge product(s)</source>
        <translation>
            <numerusform>%Ln منتج معرفي</numerusform>
            <numerusform>%Ln منتج معرفي</numerusform>
            <numerusform>%Ln منتج معرفي</numerusform>
            <numerusform>%Ln منتجات معرفية</numerusform>
            <numerusform>%Ln منتجًا معرفيًا</numerusform>
            <numerusform>%Ln منتج معرفي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deletion(s)</source>
        <translation>
            <numerusform>%Ln عملية حذف</numerusform>
            <numerusform>%Ln عملية حذف</numerusform>
            <numerusform>%Ln عملية حذف</numerusform>
            <numerusform>%Ln عمليات حذف</numerusform>
            <numerusform>%Ln عملية حذف</numerusform>
            <numerusform>%Ln عملية حذف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln خطأ</numerusform>
            <numerusform>%Ln خطأ</numerusform>
            <numerusform>%Ln خطأ</numerusform>
            <numerusform>%Ln أخطاء</numerusform>
            <numerusform>%Ln خطأً</numerusform>
            <numerusform>%Ln خطأ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln تحذير</numerusform>
            <numerusform>%Ln تحذير</numerusform>
            <numerusform>%Ln تحذير</numerusform>
            <numerusform>%Ln تحذيرات</numerusform>
            <numerusform>%Ln تحذيرًا</numerusform>
            <numerusform>%Ln تحذير</numerusform>
        </translation>
    </message>
    <message>
        <source>The office profile and all its records: {list}.</source>
        <translation>ملف تعريف المكتب وجميع سجلاته: {list}.</translation>
    </message>
    <message>
        <source>{errors} to fix first: the regional office&apos;s check would refuse the package. Press Enter on a problem (or double-click it) to open its record.</source>
        <translation>يلزم أولًا تصحيح {errors}: فحص المكتب الإقليمي سيرفض الحزمة. اضغط Enter على مشكلة (أو انقر عليها نقرًا مزدوجًا) لفتح سجلها.</translation>
    </message>
    <message>
        <source>And {warnings}.</source>
        <translation>وهناك أيضًا {warnings}.</translation>
    </message>
    <message>
        <source>No errors. {warnings} to look at (the package can go as it is); Enter opens the record.</source>
        <translation>لا توجد أخطاء. يُرجى الاطلاع على {warnings} (يمكن إرسال الحزمة كما هي)؛ يفتح Enter السجل.</translation>
    </message>
    <message>
        <source>The rules find no problem in the records.</source>
        <translation>لم تكشف القواعد أي مشكلة في السجلات.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… وغيرها: {n}</translation>
    </message>
    <message>
        <source>The records could not be read</source>
        <translation>تعذرت قراءة السجلات</translation>
    </message>
    <message>
        <source>Folder for the package</source>
        <translation>مجلد الحزمة</translation>
    </message>
    <message>
        <source>“{text}” is not a period: type 2026-H2, 2026-Q4 or 2026</source>
        <translation>«{text}» ليست فترة: اكتب 2026-H2 أو 2026-Q4 أو 2026</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>جارٍ كتابة الحزمة…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Checked as the regional office will check it: valid.</source>
        <translation>فُحصت الحزمة كما سيفحصها المكتب الإقليمي: صالحة.</translation>
    </message>
    <message>
        <source>Checked as the regional office will check it: {errors}; open the file in Consolidate to see them.</source>
        <translation>فُحصت الحزمة كما سيفحصها المكتب الإقليمي: {errors}؛ افتح الملف في صفحة «التجميع» لعرضها.</translation>
    </message>
    <message>
        <source>Exported {file} ({records} records) to {folder}.</source>
        <translation>صُدِّر {file} (عدد السجلات: {records}) إلى {folder}.</translation>
    </message>
    <message>
        <source>Send this file to your regional office.</source>
        <translation>أرسل هذا الملف إلى مكتبك الإقليمي.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>The package was not written: {error}</source>
        <translation>لم تُكتب الحزمة: {error}</translation>
    </message>
</context>
<context>
    <name>FunderField</name>
    <message>
        <source>&amp;New partner…</source>
        <extracomment>Create a partner: the name typed, if it matches none.</extracomment>
        <translation>شريك جديد(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new partner as the funder</source>
        <translation>إنشاء شريك جديد بوصفه الجهة المموِّلة</translation>
    </message>
    <message>
        <source>Create a partner that is not in the list yet (Alt+N)</source>
        <translation>إنشاء شريك غير موجود في القائمة بعد (Alt+N)</translation>
    </message>
</context>
<context>
    <name>FundingPage</name>
    <message>
        <source>Funding</source>
        <translation>التمويل</translation>
    </message>
    <message>
        <source>&amp;New line</source>
        <translation>بند جديد(&amp;N)</translation>
    </message>
    <message>
        <source>New funding line (Ctrl+N)</source>
        <translation>بند تمويل جديد (Ctrl+N)</translation>
    </message>
    <message>
        <source>New funding line</source>
        <translation>بند تمويل جديد</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير(&amp;E)</translation>
    </message>
    <message>
        <source>Edit the selected funding line</source>
        <translation>تحرير بند التمويل المحدد</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>حذف(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected funding line</source>
        <translation>حذف بند التمويل المحدد</translation>
    </message>
    <message>
        <source>Funding lines</source>
        <translation>بنود التمويل</translation>
    </message>
    <message>
        <source>Totals in USD</source>
        <translation>المجاميع (USD)</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Fieldbook user guide</source>
        <extracomment>A section&apos;s anchor: a line of its own in the Markdown. What an anchor line becomes for Qt&apos;s Markdown reader (a paragraph of plain text), until load_guide removes it. Pictures wider than this are shown scaled down, so a screenshot fits the window without scrolling sideways.</extracomment>
        <translation>دليل مستخدم Fieldbook</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>دليل المستخدم</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of Fieldbook.</source>
        <translation>دليل المستخدم غير مثبَّت مع هذه النسخة من Fieldbook.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>حُذف</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Select a record to see its history.</source>
        <translation>حدد سجلًا لعرض سجل تغييراته.</translation>
    </message>
    <message>
        <source>Change history of the selected record</source>
        <translation>سجل تغييرات السجل المحدد</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to this record; newest first.</source>
        <translation>
            <numerusform>لا توجد تغييرات على هذا السجل.</numerusform>
            <numerusform>تغيير واحد على هذا السجل.</numerusform>
            <numerusform>تغييران على هذا السجل؛ الأحدث أولًا.</numerusform>
            <numerusform>%Ln تغييرات على هذا السجل؛ الأحدث أولًا.</numerusform>
            <numerusform>%Ln تغييرًا على هذا السجل؛ الأحدث أولًا.</numerusform>
            <numerusform>%Ln تغيير على هذا السجل؛ الأحدث أولًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record is deleted (tombstone kept).</source>
        <translation>السجل محذوف (مع الاحتفاظ بعلامة الحذف).</translation>
    </message>
</context>
<context>
    <name>InitiativePicker</name>
    <message>
        <source>&amp;Initiative</source>
        <extracomment>The person chose an initiative (from the list, or typed and confirmed), not the program.</extracomment>
        <translation>المبادرة(&amp;I)</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>المبادرة</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Search (Ctrl+F)…</source>
        <translation>بحث (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Search {what}</source>
        <translation>البحث في {what}</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>جديد(&amp;N)</translation>
    </message>
    <message>
        <source>New record (Ctrl+N)</source>
        <translation>سجل جديد (Ctrl+N)</translation>
    </message>
    <message>
        <source>New {what}</source>
        <translation>سجل جديد في {what}</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير(&amp;E)</translation>
    </message>
    <message>
        <source>Edit the selected record (Enter)</source>
        <translation>تحرير السجل المحدد (Enter)</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>تحرير السجل المحدد</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>حذف(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected record (Del)</source>
        <translation>حذف السجل المحدد (Del)</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>حذف السجل المحدد</translation>
    </message>
    <message>
        <source>List of {what}</source>
        <translation>قائمة {what}</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>الصفوف المعروضة</translation>
    </message>
    <message>
        <source>Loading initiatives…</source>
        <translation>جارٍ تحميل المبادرات…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>جارٍ التحميل</translation>
    </message>
    <message>
        <source>Loading cancelled; press F5 to load the list.</source>
        <translation>أُلغي التحميل؛ اضغط F5 لتحميل القائمة.</translation>
    </message>
    <message>
        <source>The list could not be loaded: {error}</source>
        <translation>تعذر تحميل القائمة: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>لا توجد سجلات</numerusform>
            <numerusform>سجل واحد</numerusform>
            <numerusform>سجلان</numerusform>
            <numerusform>%Ln سجلات</numerusform>
            <numerusform>%Ln سجلًا</numerusform>
            <numerusform>%Ln سجل</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} records shown</source>
        <translation>السجلات المعروضة: {shown} من أصل {total}</translation>
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
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>المبادرات</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>المستفيدون</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>التمويل</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>Knowledge products</source>
        <translation>المنتجات المعرفية</translation>
    </message>
    <message>
        <source>Office summary</source>
        <translation>موجز المكتب</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <source>Consolidate</source>
        <translation>التجميع</translation>
    </message>
    <message>
        <source>History</source>
        <translation>سجل التغييرات</translation>
    </message>
    <message>
        <source>History of the selected record</source>
        <translation>سجل تغييرات السجل المحدد</translation>
    </message>
    <message>
        <source>Record counts</source>
        <translation>أعداد السجلات</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>حُفظت جميع التغييرات</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>حالة الحفظ</translation>
    </message>
    <message>
        <source>Data file in use</source>
        <translation>ملف البيانات المستخدم</translation>
    </message>
    <message>
        <source>Data file in use: {path}</source>
        <translation>ملف البيانات المستخدم: {path}</translation>
    </message>
    <message>
        <source>{store} (read-only)</source>
        <translation>{store} (للقراءة فقط)</translation>
    </message>
    <message>
        <source>Fieldbook — headquarters store {store}</source>
        <translation>Fieldbook — مخزن بيانات المقر {store}</translation>
    </message>
    <message>
        <source>Headquarters store: {store}</source>
        <translation>مخزن بيانات المقر: {store}</translation>
    </message>
    <message>
        <source>Headquarters store in use: {store}</source>
        <translation>مخزن بيانات المقر المستخدم: {store}</translation>
    </message>
    <message>
        <source>Headquarters store in use</source>
        <translation>مخزن بيانات المقر المستخدم</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open headquarters store…</source>
        <translation>فتح مخزن بيانات المقر(&amp;O)…</translation>
    </message>
    <message>
        <source>Read every office&apos;s records in a headquarters store: a SQLite file or a PostgreSQL database</source>
        <translation>قراءة سجلات جميع المكاتب في مخزن بيانات المقر: ملف SQLite أو قاعدة بيانات PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Recent stores</source>
        <translation>مخازن البيانات المفتوحة مؤخرًا(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Back to my office data file</source>
        <translation>العودة إلى ملف بيانات مكتبي(&amp;B)</translation>
    </message>
    <message>
        <source>Close the headquarters store and open this office&apos;s own data file again</source>
        <translation>إغلاق مخزن بيانات المقر وإعادة فتح ملف البيانات الخاص بهذا المكتب</translation>
    </message>
    <message>
        <source>&amp;Export package…</source>
        <translation>تصدير الحزمة(&amp;E)…</translation>
    </message>
    <message>
        <source>Write this period&apos;s package for the regional office</source>
        <translation>كتابة حزمة هذه الفترة للمكتب الإقليمي</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإعدادات(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنهاء(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>تراجع(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إعادة(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>سجل جديد(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>بحث(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>إعادة التحميل(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>دليل المستخدم(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Fieldbook</source>
        <translation>حول Fieldbook(&amp;A)</translation>
    </message>
    <message>
        <source>Fieldbook — {name} ({code})</source>
        <translation>Fieldbook — {name} ({code})</translation>
    </message>
    <message>
        <source>No recent stores</source>
        <translation>لا توجد مخازن بيانات مفتوحة مؤخرًا</translation>
    </message>
    <message>
        <source>Back to my office data file</source>
        <translation>العودة إلى ملف بيانات مكتبي</translation>
    </message>
    <message>
        <source>Building the demo office…</source>
        <translation>جارٍ إنشاء المكتب التجريبي…</translation>
    </message>
    <message>
        <source>Demo office</source>
        <translation>المكتب التجريبي</translation>
    </message>
    <message>
        <source>{initiative} initiatives · {beneficiary_count} beneficiary counts · {funding_line} funding lines · {partner} partners · {knowledge_product} knowledge products</source>
        <translation>المبادرات: {initiative} · سجلات أعداد المستفيدين: {beneficiary_count} · بنود التمويل: {funding_line} · الشركاء: {partner} · المنتجات المعرفية: {knowledge_product}</translation>
    </message>
    <message>
        <source>Saved with a warning: {message}</source>
        <translation>حُفظ مع تحذير: {message}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete this {what}? It can be undone with Ctrl+Z; a tombstone is kept so the deletion travels in the next package.</source>
        <translation>هل تريد حذف هذا السجل ({what})؟ يمكن التراجع عن الحذف بالضغط على Ctrl+Z؛ ويُحتفظ بعلامة حذف لكي ينتقل الحذف في الحزمة التالية.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>حذف(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>إبقاء(&amp;K)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Unsaved beneficiary counts (Ctrl+S saves)</source>
        <translation>أعداد مستفيدين غير محفوظة (Ctrl+S للحفظ)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>غير محفوظ</translation>
    </message>
    <message>
        <source>Something went wrong: {message}</source>
        <translation>حدث خطأ: {message}</translation>
    </message>
    <message>
        <source>Undo or redo could not be applied: {message}</source>
        <translation>تعذر تطبيق التراجع أو الإعادة: {message}</translation>
    </message>
    <message>
        <source>Exported {file}</source>
        <translation>صُدِّر {file}</translation>
    </message>
</context>
<context>
    <name>OfficeWizard</name>
    <message>
        <source>Set up my office</source>
        <translation>إعداد مكتبي</translation>
    </message>
    <message>
        <source>&amp;Start recording</source>
        <translation>بدء التسجيل(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Add</source>
        <extracomment>A change reached the store (saved, deleted, undone or redone): entities touched. An undo or redo failed: the message to show.</extracomment>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>حذف {what}</translation>
    </message>
    <message>
        <source>office profile</source>
        <translation>ملف تعريف المكتب</translation>
    </message>
    <message>
        <source>initiative</source>
        <translation>مبادرة</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>شريك</translation>
    </message>
    <message>
        <source>beneficiary counts</source>
        <translation>أعداد المستفيدين</translation>
    </message>
    <message>
        <source>funding line</source>
        <translation>بند تمويل</translation>
    </message>
    <message>
        <source>knowledge product</source>
        <translation>منتج معرفي</translation>
    </message>
    <message>
        <source>partner link</source>
        <translation>ارتباط شريك</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <source>Type the date as 2024-03-01 or {short}; Alt+Down opens the calendar, Up and Down move it a day</source>
        <translation>اكتب التاريخ بالشكل 2024-03-01 أو {short}؛ يفتح Alt+Down التقويم، ويغيّر المفتاحان Up وDown التاريخ بمقدار يوم</translation>
    </message>
    <message>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>اختيار التاريخ من التقويم (Alt+Down)</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>فتح التقويم</translation>
    </message>
    <message>
        <source>Leave the date empty (Ctrl+Delete)</source>
        <translation>ترك التاريخ فارغًا (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Clear date</source>
        <translation>مسح التاريخ</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Records are entered in the office&apos;s own data file; this is a headquarters store</source>
        <translation>تُدخَل السجلات في ملف البيانات الخاص بالمكتب؛ وهذا مخزن بيانات المقر</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>{what} have changes that are not saved yet.</source>
        <translation>توجد تغييرات لم تُحفظ بعد في {what}.</translation>
    </message>
    <message>
        <source>Save them, discard them, or go back to them?</source>
        <translation>هل تريد حفظها أم تجاهلها أم العودة إليها؟</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>تجاهل(&amp;D)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>المبادرات</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>Knowledge products</source>
        <translation>المنتجات المعرفية</translation>
    </message>
</context>
<context>
    <name>PartnerLinksEditor</name>
    <message>
        <source>Partner to link</source>
        <extracomment>Add was pressed on a name that matches no partner: the typed name.</extracomment>
        <translation>الشريك المراد ربطه</translation>
    </message>
    <message>
        <source>Role of the partner</source>
        <translation>دور الشريك</translation>
    </message>
    <message>
        <source>&amp;Add partner</source>
        <translation>إضافة شريك(&amp;A)</translation>
    </message>
    <message>
        <source>Add the partner with this role</source>
        <translation>إضافة الشريك بهذا الدور</translation>
    </message>
    <message>
        <source>Add the partner with this role (Enter in the partner box); a name that is not in the list creates a new partner</source>
        <translation>إضافة الشريك بهذا الدور (Enter في مربع الشريك)؛ يؤدي إدخال اسم غير موجود في القائمة إلى إنشاء شريك جديد</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Linked partners</source>
        <translation>الشركاء المرتبطون</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>إزالة المحدد(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected partner link</source>
        <translation>إزالة ارتباط الشريك المحدد</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Problems in {file}</source>
        <translation>المشكلات في {file}</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>لا توجد مشكلات.</translation>
    </message>
</context>
<context>
    <name>RateField</name>
    <message>
        <source>Which way the rate goes</source>
        <extracomment>Which way a typed rate goes: USD for one unit of the currency (how the store keeps it), or units for one USD. Currencies quoted as USD for one unit (EUR/USD 1.08); every other one is quoted as units for one USD (63.9 MZN). The places FundingLine.usd_rate keeps (DecimalText(24, 10)).</extracomment>
        <translation>اتجاه سعر الصرف</translation>
    </message>
    <message>
        <source>How the rate you type is read: units of the currency for one US dollar, or US dollars for one unit of the currency</source>
        <translation>كيفية قراءة السعر الذي تكتبه: عدد وحدات العملة مقابل دولار أمريكي واحد، أو عدد الدولارات الأمريكية مقابل وحدة واحدة من العملة</translation>
    </message>
    <message>
        <source>The rate both ways</source>
        <translation>السعر في الاتجاهين</translation>
    </message>
    <message>
        <source>{currency} per 1 USD</source>
        <translation>{currency} لكل 1 USD</translation>
    </message>
    <message>
        <source>USD per 1 {currency}</source>
        <translation>USD لكل 1 {currency}</translation>
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
        <translation>إضافة {what}</translation>
    </message>
    <message>
        <source>Edit {what}</source>
        <translation>تحرير {what}</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>حالة الحفظ</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ(&amp;S)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>حفظ (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>التفاصيل(&amp;D)</translation>
    </message>
    <message>
        <source>SD&amp;G targets</source>
        <translation>غايات أهداف التنمية المستدامة(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>الشركاء(&amp;P)</translation>
    </message>
    <message>
        <source>Save the changes to this {what}?</source>
        <translation>هل تريد حفظ التغييرات على هذا السجل ({what})؟</translation>
    </message>
    <message>
        <source>Discard closes the editor and loses what was typed; Cancel goes back to it.</source>
        <translation>يؤدي «تجاهل» إلى إغلاق المحرر وفقدان ما كُتب؛ ويعيدك «إلغاء» إليه.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>تجاهل(&amp;D)</translation>
    </message>
    <message>
        <source>Fill in the fields marked * to save.</source>
        <translation>املأ الحقول المميزة بعلامة * لتتمكن من الحفظ.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) to fix before saving.</source>
        <translation>
            <numerusform>لا توجد مشكلات يلزم تصحيحها قبل الحفظ.</numerusform>
            <numerusform>مشكلة واحدة يلزم تصحيحها قبل الحفظ.</numerusform>
            <numerusform>مشكلتان يلزم تصحيحهما قبل الحفظ.</numerusform>
            <numerusform>%Ln مشكلات يلزم تصحيحها قبل الحفظ.</numerusform>
            <numerusform>%Ln مشكلةً يلزم تصحيحها قبل الحفظ.</numerusform>
            <numerusform>%Ln مشكلة يلزم تصحيحها قبل الحفظ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Can be saved; %Ln warning(s) to check.</source>
        <translation>
            <numerusform>يمكن الحفظ؛ لا توجد تحذيرات للمراجعة.</numerusform>
            <numerusform>يمكن الحفظ؛ هناك تحذير واحد للمراجعة.</numerusform>
            <numerusform>يمكن الحفظ؛ هناك تحذيران للمراجعة.</numerusform>
            <numerusform>يمكن الحفظ؛ هناك %Ln تحذيرات للمراجعة.</numerusform>
            <numerusform>يمكن الحفظ؛ هناك %Ln تحذيرًا للمراجعة.</numerusform>
            <numerusform>يمكن الحفظ؛ هناك %Ln تحذير للمراجعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Not saved: another record already has this code or these keys.</source>
        <translation>لم يُحفظ: يوجد سجل آخر له هذا الرمز أو هذه المفاتيح.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>لم يُحفظ: {error}</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Parts of the record</source>
        <translation>أجزاء السجل</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>الجهة المموِّلة</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>المبادرة</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>مشكلة في {field}</translation>
    </message>
    <message>
        <source>“{text}” is not in the list; type part of a name and pick one</source>
        <translation>«{text}» غير موجود في القائمة؛ اكتب جزءًا من الاسم ثم اختر من القائمة</translation>
    </message>
    <message>
        <source>2024-03-01 or {short}</source>
        <translation>2024-03-01 أو {short}</translation>
    </message>
    <message>
        <source>“{text}” is not a date; type it as {ways}</source>
        <translation>«{text}» ليس تاريخًا؛ اكتبه بالشكل {ways}</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>RecordsBehindDialog</name>
    <message>
        <source>{n} records. “From package” names the package each came from, or says it was entered in this store.</source>
        <translation>عدد السجلات: {n}. يذكر عمود «من الحزمة» الحزمة التي جاء منها كل سجل، أو يبيّن أنه أُدخل في مخزن البيانات هذا.</translation>
    </message>
    <message>
        <source>Each row is the period that counts for one initiative and group: the one with the highest figure (of two equal periods, the later one). The other periods&apos; reports are left out, so that people reported again are counted once; these rows add up to the figure.</source>
        <translation>يمثل كل صف الفترة المحتسبة لمبادرة وفئة واحدة: الفترة ذات الرقم الأعلى (وإذا تساوت فترتان، فالفترة الأحدث). وتُستبعد تقارير الفترات الأخرى، حتى يُحتسب الأشخاص الذين أُبلغ عنهم مرة أخرى مرة واحدة فقط؛ ومجموع هذه الصفوف يساوي الرقم.</translation>
    </message>
</context>
<context>
    <name>SdgPicker</name>
    <message>
        <source>Find a target: 11.1, housing, slum…</source>
        <translation>البحث عن غاية: 11.1، مساكن، الأحياء الفقيرة…</translation>
    </message>
    <message>
        <source>Find an SDG target</source>
        <translation>البحث عن غاية من غايات أهداف التنمية المستدامة</translation>
    </message>
    <message>
        <source>Goal {goal}: {label}</source>
        <translation>الهدف {goal}: {label}</translation>
    </message>
    <message>
        <source>SDG targets</source>
        <translation>غايات أهداف التنمية المستدامة</translation>
    </message>
    <message>
        <source>Selected: {codes}</source>
        <translation>الغايات المحددة: {codes}</translation>
    </message>
    <message>
        <source>No target selected</source>
        <translation>لم تُحدَّد أي غاية</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>أقسام الإعدادات</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>حفظ ملف التعريف(&amp;S)</translation>
    </message>
    <message>
        <source>Save the office profile</source>
        <translation>حفظ ملف تعريف المكتب</translation>
    </message>
    <message>
        <source>The office code is in every record and package of the office, so it cannot be changed once the office is set up.</source>
        <translation>يرد رمز المكتب في كل سجل وكل حزمة للمكتب، ولذلك لا يمكن تغييره بعد إعداد المكتب.</translation>
    </message>
    <message>
        <source>Office profile</source>
        <translation>ملف تعريف المكتب</translation>
    </message>
    <message>
        <source>&amp;Language of Fieldbook&apos;s windows and messages:</source>
        <translation>لغة نوافذ Fieldbook ورسائله(&amp;L):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>لغة النظام الافتراضية ({language})</translation>
    </message>
    <message>
        <source>Kept for you on this computer. The window is rebuilt in the new language at once; counts you typed and did not save yet stay as they are. The language of the packages your office exports is the office profile&apos;s.</source>
        <translation>يُحفظ هذا الاختيار لك على هذا الحاسوب. يُعاد بناء النافذة باللغة الجديدة فورًا؛ وتبقى الأعداد التي كتبتها ولم تحفظها بعد كما هي. أما لغة الحزم التي يصدّرها مكتبك فهي اللغة المحددة في ملف تعريف المكتب.</translation>
    </message>
    <message>
        <source>&amp;Apply language</source>
        <translation>تطبيق اللغة(&amp;A)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data folder&lt;/b&gt;</source>
        <translation>&lt;b&gt;مجلد البيانات&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data file&lt;/b&gt;</source>
        <translation>&lt;b&gt;ملف البيانات&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The data file, its backups and these settings live in this folder. To keep them somewhere else — a shared drive or a USB stick — start Fieldbook with &lt;code&gt;fieldbook --data-dir FOLDER&lt;/code&gt;.</source>
        <translation>يوجد ملف البيانات ونسخه الاحتياطية وهذه الإعدادات في هذا المجلد. ولحفظها في مكان آخر — محرك أقراص مشترك أو ذاكرة USB — شغّل Fieldbook بالأمر &lt;code&gt;fieldbook --data-dir FOLDER&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signing key&lt;/b&gt;</source>
        <translation>&lt;b&gt;مفتاح التوقيع&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>مفتاح التوقيع</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>فتح مجلد البيانات(&amp;O)</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>فتح مجلد البيانات</translation>
    </message>
    <message>
        <source>Fieldbook backs the data file up before every update of its format and every import. Restoring a backup replaces all the data in the file; the current data is backed up first.</source>
        <translation>يأخذ Fieldbook نسخة احتياطية من ملف البيانات قبل كل تحديث لتنسيقه وقبل كل عملية استيراد. وتؤدي استعادة نسخة احتياطية إلى استبدال جميع البيانات في الملف؛ وتُؤخذ نسخة احتياطية من البيانات الحالية أولًا.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>النسخ الاحتياطية، الأحدث أولًا</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>نسخ احتياطي الآن(&amp;B)</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>نسخ احتياطي الآن</translation>
    </message>
    <message>
        <source>Open backups &amp;folder</source>
        <translation>فتح مجلد النسخ الاحتياطية(&amp;F)</translation>
    </message>
    <message>
        <source>Open the backups folder</source>
        <translation>فتح مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>استعادة المحددة(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>استعادة النسخة الاحتياطية المحددة</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Made when the office is set up: it signs every package the office exports.</source>
        <translation>يُنشأ عند إعداد المكتب، ويُستخدم لتوقيع كل حزمة يصدّرها المكتب.</translation>
    </message>
    <message>
        <source>{fingerprint}
{path}
It signs every package this office exports, so headquarters knows the package is yours and unchanged. Back it up with the data file, and copy it with the data file to a new computer; read this fingerprint out to headquarters when it asks.</source>
        <translation>{fingerprint}
{path}
يُستخدم هذا المفتاح لتوقيع كل حزمة يصدّرها هذا المكتب، حتى يعرف المقر أن الحزمة صادرة عنك ولم تُغيَّر. احتفظ بنسخة احتياطية منه مع ملف البيانات، وانسخه مع ملف البيانات إلى أي حاسوب جديد؛ واقرأ هذه البصمة على المقر عندما يطلبها.</translation>
    </message>
    <message>
        <source>{name}  ({size} KB)</source>
        <translation>{name}  ({size} KB)</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>لا توجد نسخ احتياطية بعد.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Office profile saved.</source>
        <translation>حُفظ ملف تعريف المكتب.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>لم يُحفظ: {error}</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>أُخذت نسخة احتياطية في {path}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Replace all the data in the data file with the backup {name}?

The current data is backed up first, and the undo history is cleared.</source>
        <translation>هل تريد استبدال جميع البيانات في ملف البيانات بالنسخة الاحتياطية {name}؟

تُؤخذ نسخة احتياطية من البيانات الحالية أولًا، ويُمسح سجل التراجع.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>جارٍ الاستعادة…</translation>
    </message>
    <message>
        <source>Not restored: {error}</source>
        <translation>لم تتم الاستعادة: {error}</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>تمت استعادة النسخة الاحتياطية.</translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <source>Open headquarters store</source>
        <extracomment>The keyring service a server&apos;s password is kept under. The settings key of the recent stores (URLs or paths, never a password), most recent first. Seconds to wait for a server that does not answer: an address mistyped says so instead of hanging. The store is open: the store, and the target it was opened from (with any password).</extracomment>
        <translation>فتح مخزن بيانات المقر</translation>
    </message>
    <message>
        <source>Headquarters reads every office&apos;s records in one store: a SQLite file, or a PostgreSQL database that several officers share. Records are still entered in each office&apos;s own data file.</source>
        <translation>يقرأ المقر سجلات جميع المكاتب في مخزن بيانات واحد: ملف SQLite، أو قاعدة بيانات PostgreSQL يتشاركها عدة موظفين. وتظل السجلات تُدخَل في ملف البيانات الخاص بكل مكتب.</translation>
    </message>
    <message>
        <source>&amp;SQLite file</source>
        <translation>ملف SQLite(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server</source>
        <translation>خادم PostgreSQL(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف(&amp;F)</translation>
    </message>
    <message>
        <source>SQLite file of the store</source>
        <translation>ملف SQLite لمخزن البيانات</translation>
    </message>
    <message>
        <source>/path/to/headquarters.sqlite</source>
        <translation>/path/to/headquarters.sqlite</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>استعراض(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the SQLite file</source>
        <translation>اختيار ملف SQLite</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>المضيف(&amp;H)</translation>
    </message>
    <message>
        <source>Server host name or address</source>
        <translation>اسم مضيف الخادم أو عنوانه</translation>
    </message>
    <message>
        <source>Por&amp;t</source>
        <translation>المنفذ(&amp;T)</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>منفذ الخادم</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>قاعدة البيانات(&amp;D)</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>اسم قاعدة البيانات</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>المستخدم(&amp;U)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>كلمة المرور(&amp;W)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;Remember the password (in the system keyring, not in Fieldbook&apos;s settings)</source>
        <translation>تذكُّر كلمة المرور (في حلقة مفاتيح النظام، وليس في إعدادات Fieldbook)(&amp;R)</translation>
    </message>
    <message>
        <source>This computer has no system keyring: the password cannot be remembered and is asked for each time.</source>
        <translation>لا توجد حلقة مفاتيح للنظام على هذا الحاسوب: لا يمكن تذكُّر كلمة المرور، وستُطلب في كل مرة.</translation>
    </message>
    <message>
        <source>Why the store did not open</source>
        <translation>سبب تعذر فتح مخزن البيانات</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>فتح(&amp;O)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Choose the headquarters store</source>
        <translation>اختيار مخزن بيانات المقر</translation>
    </message>
    <message>
        <source>Fieldbook stores (*.sqlite *.db);;All files (*)</source>
        <translation>مخازن بيانات Fieldbook (*.sqlite *.db);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Choose the SQLite file of the store.</source>
        <translation>اختر ملف SQLite لمخزن البيانات.</translation>
    </message>
    <message>
        <source>Fill in the host, the database and the user of the PostgreSQL server.</source>
        <translation>أدخل المضيف وقاعدة البيانات والمستخدم الخاصة بخادم PostgreSQL.</translation>
    </message>
    <message>
        <source>Opening {store}…</source>
        <translation>جارٍ فتح {store}…</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Office summary</source>
        <translation>موجز المكتب</translation>
    </message>
    <message>
        <source>E&amp;xport package… (Ctrl+E)</source>
        <translation>تصدير الحزمة(&amp;X)… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export this period&apos;s package for the regional office</source>
        <translation>تصدير حزمة هذه الفترة للمكتب الإقليمي</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>المبادرات</translation>
    </message>
    <message>
        <source>People (direct)</source>
        <translation>الأشخاص (مباشر)</translation>
    </message>
    <message>
        <source>Funding (USD)</source>
        <translation>التمويل (USD)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Initiatives by status</source>
        <translation>المبادرات حسب الحالة</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>السجلات المحذوفة</translation>
    </message>
    <message>
        <source>Office summary — {name} ({code})</source>
        <translation>موجز المكتب — {name} ({code})</translation>
    </message>
    <message>
        <source>{active} active · {pipeline} in the pipeline</source>
        <translation>نشطة: {active} · قيد الإعداد: {pipeline}</translation>
    </message>
    <message>
        <source>reached of {targeted} targeted, each initiative&apos;s group counted once (as on the Dashboard)</source>
        <translation>تم الوصول إليهم من أصل {targeted} من المستهدَفين، مع احتساب كل فئة في كل مبادرة مرة واحدة (كما في لوحة المعلومات)</translation>
    </message>
    <message>
        <source>As reported, per period</source>
        <translation>كما أُبلغ عنها، حسب الفترة</translation>
    </message>
    <message>
        <source>{period}: {reached} reached of {targeted} targeted</source>
        <translation>{period}: تم الوصول إلى {reached} من أصل {targeted} من المستهدَفين</translation>
    </message>
    <message>
        <source>The periods are not added up: the same people are often reported again in the next period (added up, the periods would give {added}). The figure above takes, for each initiative and group, the period with the highest figure (of two equal periods, the later one) and adds those up, so a person counted in two periods is counted once.</source>
        <translation>لا تُجمع الفترات: فكثيرًا ما يُبلَّغ عن الأشخاص أنفسهم مرة أخرى في الفترة التالية (ولو جُمعت الفترات لكان المجموع {added}). أما الرقم أعلاه فيأخذ، لكل مبادرة وفئة، الفترة ذات الرقم الأعلى (وإذا تساوت فترتان، فالفترة الأحدث) ثم يجمع هذه الأرقام، وبذلك يُحتسب الشخص الذي عُدّ في فترتين مرة واحدة.</translation>
    </message>
    <message>
        <source>No counts yet</source>
        <translation>لا توجد أعداد بعد</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>Beneficiary counts</source>
        <translation>أعداد المستفيدين</translation>
    </message>
    <message>
        <source>Funding lines</source>
        <translation>بنود التمويل</translation>
    </message>
    <message>
        <source>Knowledge products</source>
        <translation>المنتجات المعرفية</translation>
    </message>
    <message>
        <source>Deletions are kept as tombstones so that they travel in the next package.</source>
        <translation>يُحتفظ بعمليات الحذف في شكل علامات حذف لكي تنتقل في الحزمة التالية.</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>Click to list the records behind this figure</source>
        <translation>انقر لعرض قائمة السجلات التي يستند إليها هذا الرقم</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Fieldbook</source>
        <translation>مرحبًا بك في Fieldbook</translation>
    </message>
    <message>
        <source>Fieldbook keeps your office&apos;s portfolio — initiatives, beneficiaries, funding, partners and knowledge products — on this computer, and works without a connection. Each reporting period you send one package to your regional office.</source>
        <translation>يحفظ Fieldbook حافظة مكتبك — المبادرات والمستفيدين والتمويل والشركاء والمنتجات المعرفية — على هذا الحاسوب، ويعمل دون اتصال بالإنترنت. وفي كل فترة إبلاغ، ترسل حزمة واحدة إلى مكتبك الإقليمي.</translation>
    </message>
    <message>
        <source>Set up my office</source>
        <translation>إعداد مكتبي</translation>
    </message>
    <message>
        <source>Enter your office&apos;s code, name, country, region, currency and language, then start recording.</source>
        <translation>أدخل رمز مكتبك واسمه وبلده ومنطقته وعملته ولغته، ثم ابدأ التسجيل.</translation>
    </message>
    <message>
        <source>Explore the demo office</source>
        <translation>استكشاف المكتب التجريبي</translation>
    </message>
    <message>
        <source>Open the Nairobi demo office, filled with initiatives from the Executive Board report, to try Fieldbook out. You can set up your own office later in a new data folder.</source>
        <translation>افتح مكتب نيروبي التجريبي، الحافل بمبادرات مأخوذة من تقرير المجلس التنفيذي، لتجربة Fieldbook. ويمكنك إعداد مكتبك الخاص لاحقًا في مجلد بيانات جديد.</translation>
    </message>
    <message>
        <source>Data file: {path}</source>
        <translation>ملف البيانات: {path}</translation>
    </message>
</context>
<context>
    <name>_OfficePage</name>
    <message>
        <source>Your office</source>
        <translation>مكتبك</translation>
    </message>
    <message>
        <source>These details go into every package the office sends. Fields marked * are required.</source>
        <translation>تُدرج هذه التفاصيل في كل حزمة يرسلها المكتب. الحقول المميزة بعلامة * مطلوبة.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>الاستخدام: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>الوسائط الموضعية</translation>
    </message>
    <message>
        <source>options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>عرض رسالة المساعدة هذه ثم الخروج</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: خطأ: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>الوسيط %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>الوسائط التالية مطلوبة: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>وسائط غير معروفة: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>اختيار غير صالح: %(value)r (اختر من بين: %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>قيمة غير صالحة من النوع %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>يلزم وسيط واحد</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>يلزم وسيط واحد على الأقل</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>يُسمح بوسيط واحد على الأكثر</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>خيار ملتبس: قد يطابق %(option)s أيًّا من: %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>غير مسموح به مع الوسيط %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>يلزم تحديد أحد الوسائط %s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>سلسلة خيار غير متوقعة: %s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>يتعذر فتح &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>عدد الوسائط المتوقع: %s</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>عدد الوسائط المتوقع: %s</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Fieldbook: record a country office&apos;s portfolio offline and exchange it as an Excel package. Without a command, opens the desktop app.</source>
        <translation>Fieldbook: سجّل حافظة مكتب قُطري دون اتصال بالإنترنت وتبادلها في شكل حزمة Excel. ويفتح تطبيق سطح المكتب إذا لم يُحدَّد أي أمر.</translation>
    </message>
    <message>
        <source>show the version, the package format and the store schema it writes, and exit</source>
        <translation>عرض الإصدار، وتنسيق الحزمة ومخطط مخزن البيانات اللذين يكتبهما، ثم الخروج</translation>
    </message>
    <message>
        <source>folder for the data file, backups and settings (default: the per-user data folder)</source>
        <translation>مجلد ملف البيانات والنسخ الاحتياطية والإعدادات (الافتراضي: مجلد البيانات الخاص بكل مستخدم)</translation>
    </message>
    <message>
        <source>the language of the window and of every message: {codes} (default: the app&apos;s setting, else the system&apos;s)</source>
        <translation>لغة النافذة وجميع الرسائل: {codes} (الافتراضي: إعداد التطبيق، وإلا فلغة النظام)</translation>
    </message>
    <message>
        <source>without a command: open the app on this store, a SQLite file or a PostgreSQL URL (a headquarters store; records are entered only in the office&apos;s own data file)</source>
        <translation>دون أمر: فتح التطبيق على مخزن البيانات هذا، وهو ملف SQLite أو عنوان URL لـ PostgreSQL (مخزن بيانات المقر؛ ولا تُدخَل السجلات إلا في ملف البيانات الخاص بالمكتب)</translation>
    </message>
    <message>
        <source>a SQLite file or a SQLAlchemy URL (default: the data folder&apos;s store)</source>
        <translation>ملف SQLite أو عنوان URL لـ SQLAlchemy (الافتراضي: مخزن البيانات في مجلد البيانات)</translation>
    </message>
    <message>
        <source>a SQLite file or a SQLAlchemy URL</source>
        <translation>ملف SQLite أو عنوان URL لـ SQLAlchemy</translation>
    </message>
    <message>
        <source>package files (.xlsx)</source>
        <translation>ملفات الحزم (.xlsx)</translation>
    </message>
    <message>
        <source>who made the hand edits found in these packages (default: &apos;spreadsheet edit&apos;)</source>
        <translation>من أجرى التعديلات اليدوية الموجودة في هذه الحزم (الافتراضي: &apos;spreadsheet edit&apos;)</translation>
    </message>
    <message>
        <source>create a demo office store</source>
        <translation>إنشاء مخزن بيانات لمكتب تجريبي</translation>
    </message>
    <message>
        <source>the SQLite file to create (default: the data folder&apos;s store)</source>
        <translation>ملف SQLite المراد إنشاؤه (الافتراضي: مخزن البيانات في مجلد البيانات)</translation>
    </message>
    <message>
        <source>which demo office (default KEN-NBO); see --list</source>
        <translation>المكتب التجريبي المطلوب (الافتراضي KEN-NBO)؛ انظر --list</translation>
    </message>
    <message>
        <source>list the demo offices and exit</source>
        <translation>سرد المكاتب التجريبية ثم الخروج</translation>
    </message>
    <message>
        <source>instead, a headquarters store with this many synthetic office portfolios (e.g. 150), as after importing their packages</source>
        <translation>بدلًا من ذلك، مخزن بيانات للمقر يضم هذا العدد من حوافظ المكاتب المصطنَعة (مثل 150)، كما لو استُوردت حزمها</translation>
    </message>
    <message>
        <source>show what a store holds</source>
        <translation>عرض محتويات مخزن البيانات</translation>
    </message>
    <message>
        <source>write the office&apos;s package (.xlsx)</source>
        <translation>كتابة حزمة المكتب (.xlsx)</translation>
    </message>
    <message>
        <source>the package file, or a folder: then it is named OFFICE_PERIOD_SEQ.xlsx</source>
        <translation>ملف الحزمة، أو مجلد: ويُسمّى الملف عندئذ OFFICE_PERIOD_SEQ.xlsx</translation>
    </message>
    <message>
        <source>reporting period, such as 2023-H2 (default: the current half-year)</source>
        <translation>فترة الإبلاغ، مثل 2023-H2 (الافتراضي: نصف السنة الحالي)</translation>
    </message>
    <message>
        <source>sequence number (default: 1 + the highest of this office&apos;s packages in the folder)</source>
        <translation>الرقم التسلسلي (الافتراضي: 1 + أعلى رقم بين حزم هذا المكتب في المجلد)</translation>
    </message>
    <message>
        <source>the office&apos;s signing key (default: the one beside the data file, made on first use)</source>
        <translation>مفتاح توقيع المكتب (الافتراضي: المفتاح الموجود بجانب ملف البيانات، ويُنشأ عند أول استخدام)</translation>
    </message>
    <message>
        <source>check packages; exit 0 valid, 1 rejected</source>
        <translation>فحص الحزم؛ رمز الخروج 0: صالحة، 1: مرفوضة</translation>
    </message>
    <message>
        <source>write an annotated copy (one FILE: OUT.xlsx; several: a folder)</source>
        <translation>كتابة نسخة مزوّدة بالملاحظات (لملف FILE واحد: OUT.xlsx؛ لعدة ملفات: مجلد)</translation>
    </message>
    <message>
        <source>print the reports as JSON</source>
        <translation>طباعة التقارير بتنسيق JSON</translation>
    </message>
    <message>
        <source>merge packages into one package, with a report of what was merged</source>
        <translation>دمج الحزم في حزمة واحدة، مع تقرير بما دُمج</translation>
    </message>
    <message>
        <source>the merged package, or a folder for it</source>
        <translation>الحزمة المدمجة، أو مجلد لها</translation>
    </message>
    <message>
        <source>write the merge report: sources, packages left out, conflicts field by field, superseded versions</source>
        <translation>كتابة تقرير الدمج: المصادر، والحزم المستبعَدة، وحالات التعارض حقلًا حقلًا، والنسخ التي حلّت محلها نسخ أحدث</translation>
    </message>
    <message>
        <source>what the merged package is named for, e.g. a region (default MERGED)</source>
        <translation>الجهة التي تُسمّى الحزمة المدمجة باسمها، مثل منطقة (الافتراضي MERGED)</translation>
    </message>
    <message>
        <source>the merged package&apos;s period (default: the latest of the inputs)</source>
        <translation>فترة الحزمة المدمجة (الافتراضي: أحدث فترات الحزم المُدخلة)</translation>
    </message>
    <message>
        <source>fail the whole merge if any package is invalid</source>
        <translation>إفشال الدمج بأكمله إذا كانت أي حزمة غير صالحة</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>طباعة النتيجة بتنسيق JSON</translation>
    </message>
    <message>
        <source>the region&apos;s signing key (default: the one in the data folder, made on first use)</source>
        <translation>مفتاح توقيع المنطقة (الافتراضي: المفتاح الموجود في مجلد البيانات، ويُنشأ عند أول استخدام)</translation>
    </message>
    <message>
        <source>import packages into a store, each all-or-nothing</source>
        <translation>استيراد الحزم إلى مخزن بيانات، كل حزمة بكاملها أو لا شيء منها</translation>
    </message>
    <message>
        <source>a SQLite file or a SQLAlchemy URL (postgresql+psycopg://…)</source>
        <translation>ملف SQLite أو عنوان URL لـ SQLAlchemy (postgresql+psycopg://…)</translation>
    </message>
    <message>
        <source>count what would change; change nothing</source>
        <translation>إحصاء ما سيتغير دون تغيير أي شيء</translation>
    </message>
    <message>
        <source>undo the last import (every package of its run), on SQLite or PostgreSQL</source>
        <translation>التراجع عن آخر عملية استيراد (جميع حزم تلك العملية)، على SQLite أو PostgreSQL</translation>
    </message>
    <message>
        <source>print the summaries as JSON (and no progress)</source>
        <translation>طباعة الملخصات بتنسيق JSON (دون عرض التقدم)</translation>
    </message>
    <message>
        <source>trust the key of an office (or region) this store has no key for yet, once you have confirmed its fingerprint with them (trust on first use)</source>
        <translation>الوثوق بمفتاح مكتب (أو منطقة) ليس له مفتاح في مخزن البيانات هذا بعد، بعد أن تتأكد من بصمته معه (الثقة عند أول استخدام)</translation>
    </message>
    <message>
        <source>let in packages without a signature (format 1, or unsigned); each one is recorded in the ledger with your name</source>
        <translation>قبول الحزم غير الموقّعة (التنسيق 1، أو دون توقيع)؛ وتُسجَّل كل حزمة منها في دفتر القيود مع اسمك</translation>
    </message>
    <message>
        <source>the key file (default: the one beside the data file)</source>
        <translation>ملف المفتاح (الافتراضي: الملف الموجود بجانب ملف البيانات)</translation>
    </message>
    <message>
        <source>the data file the key is beside (default: the data folder&apos;s store)</source>
        <translation>ملف البيانات الذي يوجد المفتاح بجانبه (الافتراضي: مخزن البيانات في مجلد البيانات)</translation>
    </message>
    <message>
        <source>signing keys: this data folder&apos;s own, and the ones a store trusts</source>
        <translation>مفاتيح التوقيع: مفتاح مجلد البيانات هذا، والمفاتيح التي يثق بها مخزن البيانات</translation>
    </message>
    <message>
        <source>this data folder&apos;s signing key: its fingerprint, to read out to headquarters</source>
        <translation>مفتاح التوقيع الخاص بمجلد البيانات هذا: بصمته، لقراءتها على المقر</translation>
    </message>
    <message>
        <source>the keys a store knows: trusted, retired, revoked</source>
        <translation>المفاتيح التي يعرفها مخزن البيانات: الموثوق بها، والمستبدَلة، والملغاة</translation>
    </message>
    <message>
        <source>trust the key that signed a package, after confirming its fingerprint with the office</source>
        <translation>الوثوق بالمفتاح الذي وقّع حزمة، بعد التأكد من بصمته مع المكتب</translation>
    </message>
    <message>
        <source>a package signed with the key</source>
        <translation>حزمة موقّعة بالمفتاح</translation>
    </message>
    <message>
        <source>the fingerprint the office read out (checked against the package&apos;s key)</source>
        <translation>البصمة التي قرأها المكتب (تُطابَق مع مفتاح الحزمة)</translation>
    </message>
    <message>
        <source>stop trusting a key (lost laptop, departed staff)</source>
        <translation>إلغاء الثقة بمفتاح (حاسوب محمول مفقود، موظف غادر)</translation>
    </message>
    <message>
        <source>the office or region code</source>
        <translation>رمز المكتب أو المنطقة</translation>
    </message>
    <message>
        <source>the key&apos;s fingerprint, or its first 8 or more hex digits</source>
        <translation>بصمة المفتاح، أو أول 8 خانات ست عشرية منها أو أكثر</translation>
    </message>
    <message>
        <source>why, for the record</source>
        <translation>السبب، للتوثيق</translation>
    </message>
    <message>
        <source>replace this data folder&apos;s key; the next packages carry the change, signed by the old key</source>
        <translation>استبدال مفتاح مجلد البيانات هذا؛ وتحمل الحزم التالية هذا التغيير، موقّعًا بالمفتاح القديم</translation>
    </message>
    <message>
        <source>the office (or region) code the key signs for (default: the store&apos;s office)</source>
        <translation>رمز المكتب (أو المنطقة) الذي يوقّع المفتاح باسمه (الافتراضي: مكتب مخزن البيانات)</translation>
    </message>
    <message>
        <source>portfolio KPIs of a store, on screen, as JSON or as a workbook</source>
        <translation>مؤشرات الأداء الرئيسية للحافظة في مخزن بيانات، على الشاشة أو بتنسيق JSON أو في مصنّف</translation>
    </message>
    <message>
        <source>2023-H2, 2023-Q3 or 2023 (default: all periods)</source>
        <translation>2023-H2 أو 2023-Q3 أو 2023 (الافتراضي: جميع الفترات)</translation>
    </message>
    <message>
        <source>only this region (a code)</source>
        <translation>هذه المنطقة فقط (رمز)</translation>
    </message>
    <message>
        <source>only this country (a code)</source>
        <translation>هذا البلد فقط (رمز)</translation>
    </message>
    <message>
        <source>only this flagship (a code)</source>
        <translation>هذا البرنامج الرئيسي فقط (رمز)</translation>
    </message>
    <message>
        <source>only this subprogramme (a code)</source>
        <translation>هذا البرنامج الفرعي فقط (رمز)</translation>
    </message>
    <message>
        <source>only this office (a code)</source>
        <translation>هذا المكتب فقط (رمز)</translation>
    </message>
    <message>
        <source>write the KPI workbook with charts</source>
        <translation>كتابة مصنّف مؤشرات الأداء الرئيسية مع الرسوم البيانية</translation>
    </message>
    <message>
        <source>print the figures as JSON</source>
        <translation>طباعة الأرقام بتنسيق JSON</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n مبادرة</numerusform>
            <numerusform>مبادرة واحدة</numerusform>
            <numerusform>مبادرتان</numerusform>
            <numerusform>%n مبادرات</numerusform>
            <numerusform>%n مبادرةً</numerusform>
            <numerusform>%n مبادرة</numerusform>
        </translation>
    </message>
    <message>
        <source>--headquarters takes a number of offices, 1 or more</source>
        <translation>يتطلب --headquarters عددًا من المكاتب، 1 أو أكثر</translation>
    </message>
    <message numerus="yes">
        <source>{target}: headquarters demo: %n office(s), {records} records</source>
        <translation>
            <numerusform>{target}: مقر تجريبي: %n مكتب، وعدد السجلات: {records}</numerusform>
            <numerusform>{target}: مقر تجريبي: مكتب واحد، وعدد السجلات: {records}</numerusform>
            <numerusform>{target}: مقر تجريبي: مكتبان، وعدد السجلات: {records}</numerusform>
            <numerusform>{target}: مقر تجريبي: %n مكاتب، وعدد السجلات: {records}</numerusform>
            <numerusform>{target}: مقر تجريبي: %n مكتبًا، وعدد السجلات: {records}</numerusform>
            <numerusform>{target}: مقر تجريبي: %n مكتب، وعدد السجلات: {records}</numerusform>
        </translation>
    </message>
    <message>
        <source>{target}: demo office {code} ({name}): {counts}</source>
        <translation>{target}: المكتب التجريبي {code} ({name}): {counts}</translation>
    </message>
    <message>
        <source>--seq must be 1 or more</source>
        <translation>يجب أن تكون قيمة --seq 1 أو أكثر</translation>
    </message>
    <message numerus="yes">
        <source>{path}: %n record(s) ({counts}); sha256 {digest}</source>
        <translation>
            <numerusform>{path}: %n سجل ({counts})؛ sha256 {digest}</numerusform>
            <numerusform>{path}: سجل واحد ({counts})؛ sha256 {digest}</numerusform>
            <numerusform>{path}: سجلان ({counts})؛ sha256 {digest}</numerusform>
            <numerusform>{path}: %n سجلات ({counts})؛ sha256 {digest}</numerusform>
            <numerusform>{path}: %n سجلًا ({counts})؛ sha256 {digest}</numerusform>
            <numerusform>{path}: %n سجل ({counts})؛ sha256 {digest}</numerusform>
        </translation>
    </message>
    <message>
        <source>with several files, --report must be an existing folder</source>
        <extracomment>Problems listed per file on the terminal; --report or --json give them all.</extracomment>
        <translation>عند تحديد عدة ملفات، يجب أن تكون قيمة --report مجلدًا موجودًا</translation>
    </message>
    <message>
        <source>{path}: the annotated report {out} could not be written ({reason})</source>
        <translation>{path}: تعذرت كتابة التقرير المزوّد بالملاحظات {out} ({reason})</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see --report or --json)</source>
        <translation>
            <numerusform>… ولا مشكلات أخرى (انظر --report أو --json)</numerusform>
            <numerusform>… ومشكلة أخرى (انظر --report أو --json)</numerusform>
            <numerusform>… ومشكلتان أخريان (انظر --report أو --json)</numerusform>
            <numerusform>… و%n مشكلات أخرى (انظر --report أو --json)</numerusform>
            <numerusform>… و%n مشكلةً أخرى (انظر --report أو --json)</numerusform>
            <numerusform>… و%n مشكلة أخرى (انظر --report أو --json)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>merging %n package(s)</source>
        <translation>
            <numerusform>جارٍ دمج %n حزمة</numerusform>
            <numerusform>جارٍ دمج حزمة واحدة</numerusform>
            <numerusform>جارٍ دمج حزمتين</numerusform>
            <numerusform>جارٍ دمج %n حزم</numerusform>
            <numerusform>جارٍ دمج %n حزمةً</numerusform>
            <numerusform>جارٍ دمج %n حزمة</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid</source>
        <comment>a package left out of a merge</comment>
        <translation>غير صالحة</translation>
    </message>
    <message>
        <source>left out {file}: {problem}</source>
        <translation>استُبعدت الحزمة {file}: {problem}</translation>
    </message>
    <message>
        <source>--undo-last takes no files and no --dry-run</source>
        <translation>لا يقبل --undo-last أي ملفات ولا الخيار --dry-run</translation>
    </message>
    <message>
        <source>{db}: undid the import of {file}: {office} #{sequence}, imported {when} UTC</source>
        <translation>{db}: تم التراجع عن استيراد {file}: {office} #{sequence}، استُوردت في {when} UTC</translation>
    </message>
    <message numerus="yes">
        <source>{db}: undid the import of %n packages ({file} the last of them): {office} #{sequence}, imported {when} UTC</source>
        <translation>
            <numerusform>{db}: تم التراجع عن استيراد %n حزمة (آخرها {file}): {office} #{sequence}، استُوردت في {when} UTC</numerusform>
            <numerusform>{db}: تم التراجع عن استيراد حزمة واحدة ({file}): {office} #{sequence}، استُوردت في {when} UTC</numerusform>
            <numerusform>{db}: تم التراجع عن استيراد حزمتين (آخرهما {file}): {office} #{sequence}، استُوردت في {when} UTC</numerusform>
            <numerusform>{db}: تم التراجع عن استيراد %n حزم (آخرها {file}): {office} #{sequence}، استُوردت في {when} UTC</numerusform>
            <numerusform>{db}: تم التراجع عن استيراد %n حزمةً (آخرها {file}): {office} #{sequence}، استُوردت في {when} UTC</numerusform>
            <numerusform>{db}: تم التراجع عن استيراد %n حزمة (آخرها {file}): {office} #{sequence}، استُوردت في {when} UTC</numerusform>
        </translation>
    </message>
    <message>
        <source>name the packages to import</source>
        <translation>حدد الحزم المراد استيرادها</translation>
    </message>
    <message>
        <source>importing {file}</source>
        <translation>جارٍ استيراد {file}</translation>
    </message>
    <message numerus="yes">
        <source>importing %n packages</source>
        <translation>
            <numerusform>جارٍ استيراد %n حزمة</numerusform>
            <numerusform>جارٍ استيراد حزمة واحدة</numerusform>
            <numerusform>جارٍ استيراد حزمتين</numerusform>
            <numerusform>جارٍ استيراد %n حزم</numerusform>
            <numerusform>جارٍ استيراد %n حزمةً</numerusform>
            <numerusform>جارٍ استيراد %n حزمة</numerusform>
        </translation>
    </message>
    <message>
        <source>hand edit: {edit}</source>
        <translation>تعديل يدوي: {edit}</translation>
    </message>
    <message>
        <source>{file}: {holder} signs with key {fingerprint}, new to this store: trusted (--trust-new-keys)</source>
        <translation>{file}: يوقّع {holder} بالمفتاح {fingerprint}، وهو جديد على مخزن البيانات هذا: تم الوثوق به (--trust-new-keys)</translation>
    </message>
    <message>
        <source>initiatives</source>
        <translation>المبادرات</translation>
    </message>
    <message>
        <source>countries, cities</source>
        <translation>البلدان، المدن</translation>
    </message>
    <message>
        <source>beneficiaries</source>
        <translation>المستفيدون</translation>
    </message>
    <message>
        <source>{reached} reached of {targeted} targeted (direct); {indirect} reached indirectly</source>
        <translation>تم الوصول إلى {reached} من أصل {targeted} من المستهدَفين (مباشر)؛ وتم الوصول إلى {indirect} بصورة غير مباشرة</translation>
    </message>
    <message>
        <source>funds (USD)</source>
        <translation>الأموال (USD)</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>الشركاء</translation>
    </message>
    <message numerus="yes">
        <source>{partners} from %n countries</source>
        <translation>
            <numerusform>{partners} من %n بلد</numerusform>
            <numerusform>{partners} من بلد واحد</numerusform>
            <numerusform>{partners} من بلدين</numerusform>
            <numerusform>{partners} من %n بلدان</numerusform>
            <numerusform>{partners} من %n بلدًا</numerusform>
            <numerusform>{partners} من %n بلد</numerusform>
        </translation>
    </message>
    <message>
        <source>knowledge products</source>
        <translation>المنتجات المعرفية</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>أهداف التنمية المستدامة</translation>
    </message>
    <message>
        <source>{goals} of 17 goals, {targets} of 169 targets</source>
        <translation>{goals} من أصل 17 هدفًا، و{targets} من أصل 169 غاية</translation>
    </message>
    <message>
        <source>workbook</source>
        <translation>المصنّف</translation>
    </message>
    <message>
        <source>KPIs of {target} ({filters})</source>
        <translation>مؤشرات الأداء الرئيسية لـ {target} ({filters})</translation>
    </message>
    <message>
        <source>pledged</source>
        <comment>funds</comment>
        <translation>المتعهد به</translation>
    </message>
    <message>
        <source>committed</source>
        <comment>funds</comment>
        <translation>الملتزم به</translation>
    </message>
    <message>
        <source>received</source>
        <comment>funds</comment>
        <translation>المقبوض</translation>
    </message>
    <message>
        <source>spent</source>
        <comment>funds</comment>
        <translation>المنفق</translation>
    </message>
    <message>
        <source>{path}: new key {fingerprint} for {holder}; the previous key was kept beside it, and the next packages carry the change signed by it</source>
        <translation>{path}: مفتاح جديد {fingerprint} لـ {holder}؛ احتُفظ بالمفتاح السابق بجانبه، وتحمل الحزم التالية هذا التغيير موقّعًا بالمفتاح السابق</translation>
    </message>
    <message>
        <source>{package}: not signed; there is no key to trust</source>
        <translation>{package}: غير موقّعة؛ لا يوجد مفتاح للوثوق به</translation>
    </message>
    <message>
        <source>{package}: signed by key {fingerprint}, not {given}: do not trust it; ask the office which key it uses (fieldbook keys mine)</source>
        <translation>{package}: موقّعة بالمفتاح {fingerprint}، وليس {given}: لا تثق به؛ واسأل المكتب عن المفتاح الذي يستخدمه (fieldbook keys mine)</translation>
    </message>
    <message>
        <source>{db}: no keys yet (the first package of each office asks to confirm its key)</source>
        <translation>{db}: لا توجد مفاتيح بعد (تطلب أول حزمة من كل مكتب تأكيد مفتاحه)</translation>
    </message>
    <message numerus="yes">
        <source>{target}: name the holder of the key with --holder (the store holds %n offices)</source>
        <translation>
            <numerusform>{target}: حدد صاحب المفتاح باستخدام --holder (يضم مخزن البيانات %n مكتب)</numerusform>
            <numerusform>{target}: حدد صاحب المفتاح باستخدام --holder (يضم مخزن البيانات مكتبًا واحدًا)</numerusform>
            <numerusform>{target}: حدد صاحب المفتاح باستخدام --holder (يضم مخزن البيانات مكتبين)</numerusform>
            <numerusform>{target}: حدد صاحب المفتاح باستخدام --holder (يضم مخزن البيانات %n مكاتب)</numerusform>
            <numerusform>{target}: حدد صاحب المفتاح باستخدام --holder (يضم مخزن البيانات %n مكتبًا)</numerusform>
            <numerusform>{target}: حدد صاحب المفتاح باستخدام --holder (يضم مخزن البيانات %n مكتب)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n office(s)</source>
        <translation>
            <numerusform>%n مكتب</numerusform>
            <numerusform>مكتب واحد</numerusform>
            <numerusform>مكتبان</numerusform>
            <numerusform>%n مكاتب</numerusform>
            <numerusform>%n مكتبًا</numerusform>
            <numerusform>%n مكتب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n شريك</numerusform>
            <numerusform>شريك واحد</numerusform>
            <numerusform>شريكان</numerusform>
            <numerusform>%n شركاء</numerusform>
            <numerusform>%n شريكًا</numerusform>
            <numerusform>%n شريك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner link(s)</source>
        <translation>
            <numerusform>%n ارتباط بشركاء</numerusform>
            <numerusform>ارتباط شريك واحد</numerusform>
            <numerusform>ارتباطان بشركاء</numerusform>
            <numerusform>%n ارتباطات بشركاء</numerusform>
            <numerusform>%n ارتباطًا بشركاء</numerusform>
            <numerusform>%n ارتباط بشركاء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n beneficiary count(s)</source>
        <translation>
            <numerusform>%n سجل لأعداد المستفيدين</numerusform>
            <numerusform>سجل واحد لأعداد المستفيدين</numerusform>
            <numerusform>سجلان لأعداد المستفيدين</numerusform>
            <numerusform>%n سجلات لأعداد المستفيدين</numerusform>
            <numerusform>%n سجلًا لأعداد المستفيدين</numerusform>
            <numerusform>%n سجل لأعداد المستفيدين</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n funding line(s)</source>
        <translation>
            <numerusform>%n بند تمويل</numerusform>
            <numerusform>بند تمويل واحد</numerusform>
            <numerusform>بندا تمويل</numerusform>
            <numerusform>%n بنود تمويل</numerusform>
            <numerusform>%n بند تمويل</numerusform>
            <numerusform>%n بند تمويل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n knowledge product(s)</source>
        <translation>
            <numerusform>%n منتج معرفي</numerusform>
            <numerusform>منتج معرفي واحد</numerusform>
            <numerusform>منتجان معرفيان</numerusform>
            <numerusform>%n منتجات معرفية</numerusform>
            <numerusform>%n منتجًا معرفيًا</numerusform>
            <numerusform>%n منتج معرفي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tombstone(s)</source>
        <translation>
            <numerusform>%n علامة حذف</numerusform>
            <numerusform>علامة حذف واحدة</numerusform>
            <numerusform>علامتا حذف</numerusform>
            <numerusform>%n علامات حذف</numerusform>
            <numerusform>%n علامة حذف</numerusform>
            <numerusform>%n علامة حذف</numerusform>
        </translation>
    </message>
    <message>
        <source>the desktop app is not available in this build ({reason}); use a command, see --help</source>
        <translation>تطبيق سطح المكتب غير متاح في هذا الإصدار ({reason})؛ استخدم أمرًا، وانظر --help</translation>
    </message>
    <message>
        <source>error: --db goes after the command&apos;s name (fieldbook {command} --db …); before it, --db opens the app</source>
        <translation>خطأ: يأتي --db بعد اسم الأمر (fieldbook {command} --db …)؛ أما قبله فيفتح --db التطبيق</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>خطأ: {message}</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>أُوقف التنفيذ</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>all</source>
        <translation>الكل</translation>
    </message>
    <message numerus="yes">
        <source>Headquarters: %n office(s)</source>
        <translation>
            <numerusform>المقر: %n مكتب</numerusform>
            <numerusform>المقر: مكتب واحد</numerusform>
            <numerusform>المقر: مكتبان</numerusform>
            <numerusform>المقر: %n مكاتب</numerusform>
            <numerusform>المقر: %n مكتبًا</numerusform>
            <numerusform>المقر: %n مكتب</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>contains macros (vbaProject.bin); a Fieldbook package never does</source>
        <extracomment>Real packages compress their XML 5–30 times; zip bombs compress hundreds to millions of times. Columns and cells (first to last, as a rectangle) a worksheet may span: 100,000 records need about 3.5 million. The compression methods Open Packaging Conventions allow (ECMA-376 Part 2, annex C): stored and deflated.</extracomment>
        <translation>يحتوي على وحدات ماكرو (vbaProject.bin)؛ ولا تحتوي حزمة Fieldbook على ذلك أبدًا</translation>
    </message>
    <message>
        <source>links to other workbooks (externalLinks); a Fieldbook package never does</source>
        <translation>يحتوي على روابط إلى مصنّفات أخرى (externalLinks)؛ ولا تحتوي حزمة Fieldbook على ذلك أبدًا</translation>
    </message>
    <message>
        <source>contains embedded objects (OLE); a Fieldbook package never does</source>
        <translation>يحتوي على كائنات مضمّنة (OLE)؛ ولا تحتوي حزمة Fieldbook على ذلك أبدًا</translation>
    </message>
    <message>
        <source>contains ActiveX controls; a Fieldbook package never does</source>
        <translation>يحتوي على عناصر تحكم ActiveX؛ ولا تحتوي حزمة Fieldbook على ذلك أبدًا</translation>
    </message>
    <message>
        <source>no such file</source>
        <extracomment>Worksheet part → (rows, columns) it may span: exact, or an upper bound that is well within the limits.</extracomment>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <source>is not a file</source>
        <translation>ليس ملفًا</translation>
    </message>
    <message>
        <source>is empty (0 bytes)</source>
        <translation>فارغ (0 بايت)</translation>
    </message>
    <message>
        <source>is too large for a package ({size} MB; at most {limit} MB)</source>
        <translation>أكبر من أن يكون حزمة ({size} MB؛ الحد الأقصى {limit} MB)</translation>
    </message>
    <message>
        <source>is an old .xls workbook or a password-protected one; a package is a plain .xlsx</source>
        <translation>مصنّف .xls قديم أو مصنّف محمي بكلمة مرور؛ والحزمة ملف .xlsx عادي</translation>
    </message>
    <message>
        <source>is not an Excel .xlsx file (not a zip archive)</source>
        <translation>ليس ملف Excel بصيغة .xlsx (ليس أرشيف zip)</translation>
    </message>
    <message>
        <source>is damaged or incomplete (the zip archive is truncated)</source>
        <translation>تالف أو غير مكتمل (أرشيف zip مبتور)</translation>
    </message>
    <message>
        <source>cannot be opened as a zip archive ({reason})</source>
        <translation>يتعذر فتحه كأرشيف zip ({reason})</translation>
    </message>
    <message>
        <source>has {count} parts; a package has a few dozen (possible zip bomb)</source>
        <translation>عدد أجزائه {count}؛ بينما لا تتجاوز أجزاء الحزمة بضع عشرات (قد يكون قنبلة zip)</translation>
    </message>
    <message>
        <source>is a zip archive but not an Excel workbook</source>
        <translation>أرشيف zip لكنه ليس مصنّف Excel</translation>
    </message>
    <message>
        <source>is encrypted; a package is a plain .xlsx</source>
        <translation>مشفّر؛ والحزمة ملف .xlsx عادي</translation>
    </message>
    <message>
        <source>{part} is compressed with method {method}; an .xlsx stores its parts plain or deflated</source>
        <translation>{part} مضغوط بالطريقة {method}؛ بينما يخزّن ملف .xlsx أجزاءه دون ضغط أو مضغوطة بطريقة deflate</translation>
    </message>
    <message>
        <source>would expand to {size} MB (possible zip bomb)</source>
        <translation>سيتمدد إلى {size} MB (قد يكون قنبلة zip)</translation>
    </message>
    <message>
        <source>is a macro-enabled workbook (.xlsm); a package never has macros</source>
        <translation>مصنّف يدعم وحدات الماكرو (.xlsm)؛ ولا تحتوي الحزمة على وحدات ماكرو أبدًا</translation>
    </message>
    <message>
        <source>is damaged ({part}: {reason})</source>
        <translation>تالف ({part}: {reason})</translation>
    </message>
    <message>
        <source>{part} expands far beyond its compressed size (possible zip bomb)</source>
        <translation>{part} يتمدد إلى حجم يفوق حجمه المضغوط بكثير (قد يكون قنبلة zip)</translation>
    </message>
    <message>
        <source>{part} is written in UTF-16 or UTF-32, not UTF-8 as Excel writes every XML part; another encoding could hide a DTD from this check</source>
        <translation>{part} مكتوب بترميز UTF-16 أو UTF-32، وليس بترميز UTF-8 الذي يكتب به Excel كل أجزاء XML؛ وقد يُخفي ترميز آخر تعريف DTD عن هذا الفحص</translation>
    </message>
    <message>
        <source>{part} declares a DTD or entities (&lt;!DOCTYPE&gt;); Excel never writes one, it is how XML entity attacks work</source>
        <translation>{part} يعلن عن تعريف DTD أو كيانات (&lt;!DOCTYPE&gt;)؛ ولا يكتب Excel ذلك أبدًا، وهذه هي الطريقة التي تعمل بها هجمات كيانات XML</translation>
    </message>
    <message>
        <source>{part} claims a range beyond Excel&apos;s last column</source>
        <translation>{part} يشير إلى نطاق يتجاوز آخر عمود في Excel</translation>
    </message>
    <message>
        <source>{part} has a cell beyond Excel&apos;s last column</source>
        <translation>{part} يحتوي على خلية تتجاوز آخر عمود في Excel</translation>
    </message>
    <message>
        <source>is damaged or incomplete ({part}: {reason})</source>
        <translation>تالف أو غير مكتمل ({part}: {reason})</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>تتعذر قراءته ({reason})</translation>
    </message>
    <message>
        <source>{part} claims cells up to row {row}, column {column}; a package sheet has at most {limit} columns</source>
        <translation>{part} يشير إلى خلايا حتى الصف {row} والعمود {column}؛ بينما الحد الأقصى لأعمدة ورقة الحزمة هو {limit}</translation>
    </message>
    <message>
        <source>{part} spans {rows} rows × {columns} columns, more than a package may ({limit} cells)</source>
        <translation>{part} يمتد على {rows} × {columns} (صفوف × أعمدة)، وهذا أكثر مما يُسمح به في الحزمة (الحد الأقصى للخلايا: {limit})</translation>
    </message>
    <message>
        <source>sheet {name}</source>
        <translation>الورقة {name}</translation>
    </message>
    <message numerus="yes">
        <source>…({count} character(s))…</source>
        <extracomment>What str.splitlines() breaks a line at, written as its escape (a cell&apos;s line break as \n). Text quoted from a file (a cell of 32,767 characters, a part&apos;s name) is quoted this far.</extracomment>
        <translation>
            <numerusform>…({count} حرف)…</numerusform>
            <numerusform>…({count} حرف)…</numerusform>
            <numerusform>…({count} حرف)…</numerusform>
            <numerusform>…({count} أحرف)…</numerusform>
            <numerusform>…({count} حرفًا)…</numerusform>
            <numerusform>…({count} حرف)…</numerusform>
        </translation>
    </message>
    <message>
        <source>error</source>
        <extracomment>At most this many problems are kept per file; a package with more is rejected anyway. A problem&apos;s severity as a person reads it (the value itself is a code, in JSON and in tests).</extracomment>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>(file)</source>
        <translation>(الملف)</translation>
    </message>
    <message>
        <source>{rows} and {count} more</source>
        <translation>{rows} و{count} غيرها</translation>
    </message>
    <message numerus="yes">
        <source>{sheet} row(s) {rows}</source>
        <translation>
            <numerusform>الصفوف {rows} في {sheet}</numerusform>
            <numerusform>الصف {rows} في {sheet}</numerusform>
            <numerusform>الصفان {rows} في {sheet}</numerusform>
            <numerusform>الصفوف {rows} في {sheet}</numerusform>
            <numerusform>الصفوف {rows} في {sheet}</numerusform>
            <numerusform>الصفوف {rows} في {sheet}</numerusform>
        </translation>
    </message>
    <message>
        <source>{out}: merged {packages}: {records}, {deletions}, {conflicts}, {superseded}, {duplicates}</source>
        <extracomment>What a merged package keeps of each source&apos;s manifest: its signature and what it signed, so headquarters can check each source against the office that made it (desktop.exchange.trust.check_sources). The winners the report names — of records with a superseded version, and the hand edits found by this merge — not every winner (those are in the package), by record, in the order the records first came.</extracomment>
        <translation>{out}: ناتج دمج {packages}: {records}، {deletions}، {conflicts}، {superseded}، {duplicates}</translation>
    </message>
    <message numerus="yes">
        <source>{count} package(s)</source>
        <translation>
            <numerusform>{count} حزمة</numerusform>
            <numerusform>{count} حزمة</numerusform>
            <numerusform>{count} حزمة</numerusform>
            <numerusform>{count} حزم</numerusform>
            <numerusform>{count} حزمةً</numerusform>
            <numerusform>{count} حزمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} record(s)</source>
        <translation>
            <numerusform>{count} سجل</numerusform>
            <numerusform>{count} سجل</numerusform>
            <numerusform>{count} سجل</numerusform>
            <numerusform>{count} سجلات</numerusform>
            <numerusform>{count} سجلًا</numerusform>
            <numerusform>{count} سجل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} deletion(s)</source>
        <translation>
            <numerusform>{count} عملية حذف</numerusform>
            <numerusform>{count} عملية حذف</numerusform>
            <numerusform>{count} عملية حذف</numerusform>
            <numerusform>{count} عمليات حذف</numerusform>
            <numerusform>{count} عملية حذف</numerusform>
            <numerusform>{count} عملية حذف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} conflict(s)</source>
        <translation>
            <numerusform>{count} حالة تعارض</numerusform>
            <numerusform>{count} حالة تعارض</numerusform>
            <numerusform>{count} حالة تعارض</numerusform>
            <numerusform>{count} حالات تعارض</numerusform>
            <numerusform>{count} حالة تعارض</numerusform>
            <numerusform>{count} حالة تعارض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} superseded</source>
        <translation>
            <numerusform>{count} نسخة مستبدَلة</numerusform>
            <numerusform>{count} نسخة مستبدَلة</numerusform>
            <numerusform>{count} نسخة مستبدَلة</numerusform>
            <numerusform>{count} نسخ مستبدَلة</numerusform>
            <numerusform>{count} نسخةً مستبدَلةً</numerusform>
            <numerusform>{count} نسخة مستبدَلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} duplicate(s)</source>
        <translation>
            <numerusform>{count} نسخة مكررة</numerusform>
            <numerusform>{count} نسخة مكررة</numerusform>
            <numerusform>{count} نسخة مكررة</numerusform>
            <numerusform>{count} نسخ مكررة</numerusform>
            <numerusform>{count} نسخةً مكررةً</numerusform>
            <numerusform>{count} نسخة مكررة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hand-edited row(s) accepted as new versions</source>
        <translation>
            <numerusform>لم يُقبل أي صف معدَّل يدويًا بوصفه نسخة جديدة</numerusform>
            <numerusform>قُبل صف واحد معدَّل يدويًا بوصفه نسخة جديدة</numerusform>
            <numerusform>قُبل صفان معدَّلان يدويًا بوصفهما نسختين جديدتين</numerusform>
            <numerusform>قُبلت %n صفوف معدَّلة يدويًا بوصفها نسخًا جديدة</numerusform>
            <numerusform>قُبل %n صفًا معدَّلًا يدويًا بوصفها نسخًا جديدة</numerusform>
            <numerusform>قُبل %n صف معدَّل يدويًا بوصفها نسخًا جديدة</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} is the same package as {first} (one file given twice)</source>
        <translation>{file} هو الحزمة نفسها الموجودة في {first} (حُدِّد ملف واحد مرتين)</translation>
    </message>
    <message numerus="yes">
        <source>left out %n invalid: {files}</source>
        <translation>
            <numerusform>استُبعدت %n حزمة غير صالحة: {files}</numerusform>
            <numerusform>استُبعدت حزمة واحدة غير صالحة: {files}</numerusform>
            <numerusform>استُبعدت حزمتان غير صالحتين: {files}</numerusform>
            <numerusform>استُبعدت %n حزم غير صالحة: {files}</numerusform>
            <numerusform>استُبعدت %n حزمةً غير صالحة: {files}</numerusform>
            <numerusform>استُبعدت %n حزمة غير صالحة: {files}</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem} (--strict: nothing merged)</source>
        <translation>{problem} (--strict: لم يُدمج شيء)</translation>
    </message>
    <message>
        <source>no valid package to merge ({problem})</source>
        <translation>لا توجد حزمة صالحة للدمج ({problem})</translation>
    </message>
    <message>
        <source>no valid package to merge</source>
        <translation>لا توجد حزمة صالحة للدمج</translation>
    </message>
    <message numerus="yes">
        <source>{path}: %n errors, first: {problem} (--strict: nothing merged)</source>
        <translation>
            <numerusform>{path}: %n خطأ، أولها: {problem} (--strict: لم يُدمج شيء)</numerusform>
            <numerusform>{path}: خطأ واحد: {problem} (--strict: لم يُدمج شيء)</numerusform>
            <numerusform>{path}: خطآن، أولهما: {problem} (--strict: لم يُدمج شيء)</numerusform>
            <numerusform>{path}: %n أخطاء، أولها: {problem} (--strict: لم يُدمج شيء)</numerusform>
            <numerusform>{path}: %n خطأً، أولها: {problem} (--strict: لم يُدمج شيء)</numerusform>
            <numerusform>{path}: %n خطأ، أولها: {problem} (--strict: لم يُدمج شيء)</numerusform>
        </translation>
    </message>
    <message>
        <source>the disk is full</source>
        <extracomment>The page cache of the merged store (a store&apos;s own is 64 MiB): it is written once, in the order of its indexes&apos; first columns mostly, and read once, by the export.</extracomment>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>free some space on that disk and try again</source>
        <translation>حرّر بعض المساحة على ذلك القرص ثم حاول مرة أخرى</translation>
    </message>
    <message>
        <source>check the folder and try again</source>
        <translation>تحقق من المجلد ثم حاول مرة أخرى</translation>
    </message>
    <message>
        <source>the merged package could not be written in {folder} ({reason}); nothing was written: {todo}</source>
        <translation>تعذرت كتابة الحزمة المدمجة في {folder} ({reason})؛ لم يُكتب شيء: {todo}</translation>
    </message>
    <message>
        <source>the merge report {path} could not be written ({reason}); the merged package {out} was written; {todo}</source>
        <extracomment>Winning versions written to the merged store at a time (importer.apply_versions): what a merge holds in memory of the records it writes, whatever the number of packages. The page cache of the file of kept versions: enough for its index, which is what adding a version searches. The values a version&apos;s own fields are, for a record: Version.record_id is values[&quot;id&quot;], and so on.</extracomment>
        <translation>تعذرت كتابة تقرير الدمج {path} ({reason})؛ وقد كُتبت الحزمة المدمجة {out}؛ {todo}</translation>
    </message>
    <message>
        <source>Merged into {file} · {time} · Fieldbook {version}</source>
        <translation>دُمجت في {file} · {time} · Fieldbook {version}</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>الرقم التسلسلي</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Digest (SHA-256)</source>
        <translation>الملخص (SHA-256)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>مدمجة</translation>
    </message>
    <message>
        <source>LEFT OUT: invalid (sheet Left out)</source>
        <translation>مستبعَدة: غير صالحة (الورقة Left out)</translation>
    </message>
    <message>
        <source>{records} records and {deletions} deletions in the output; {conflicts} conflicts, {superseded} superseded versions, {duplicates} identical copies merged, {left_out} packages left out.</source>
        <translation>السجلات في الناتج: {records}، وعمليات الحذف: {deletions}؛ حالات التعارض: {conflicts}، والنسخ التي حلّت محلها نسخ أحدث: {superseded}، والنسخ المتطابقة التي دُمجت: {duplicates}، والحزم المستبعَدة: {left_out}.</translation>
    </message>
    <message>
        <source>Packages left out of the merge, and why</source>
        <translation>الحزم المستبعَدة من الدمج، وأسباب استبعادها</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>غير صالحة</translation>
    </message>
    <message>
        <source>Same revision, different content: the winner is in the output, the loser only here</source>
        <translation>رقم المراجعة نفسه، والمحتوى مختلف: النسخة المعتمدة موجودة في الناتج، والنسخة الأخرى هنا فقط</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>نوع السجل</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>رقم المراجعة</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>القيمة المعتمدة</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>القيمة الأخرى</translation>
    </message>
    <message>
        <source>Kept from</source>
        <translation>مصدر النسخة المعتمدة</translation>
    </message>
    <message>
        <source>Other from</source>
        <translation>مصدر النسخة الأخرى</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(محذوف)</translation>
    </message>
    <message>
        <source>Older revisions replaced by a newer one (kept out of the output)</source>
        <translation>نسخ سابقة حلّت محلها نسخة أحدث (مستبعَدة من الناتج)</translation>
    </message>
    <message>
        <source>From package</source>
        <translation>من الحزمة</translation>
    </message>
    <message>
        <source>Kept revision</source>
        <translation>رقم المراجعة المعتمد</translation>
    </message>
    <message>
        <source>{package} (hand-edited)</source>
        <translation>{package} (معدَّلة يدويًا)</translation>
    </message>
    <message numerus="yes">
        <source>{count} error(s)</source>
        <translation>
            <numerusform>{count} خطأ</numerusform>
            <numerusform>{count} خطأ</numerusform>
            <numerusform>{count} خطأ</numerusform>
            <numerusform>{count} أخطاء</numerusform>
            <numerusform>{count} خطأً</numerusform>
            <numerusform>{count} خطأ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} warning(s)</source>
        <translation>
            <numerusform>{count} تحذير</numerusform>
            <numerusform>{count} تحذير</numerusform>
            <numerusform>{count} تحذير</numerusform>
            <numerusform>{count} تحذيرات</numerusform>
            <numerusform>{count} تحذيرًا</numerusform>
            <numerusform>{count} تحذير</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: valid: {records}, {errors}, {warnings}</source>
        <translation>{file}: صالحة: {records}، {errors}، {warnings}</translation>
    </message>
    <message>
        <source>{file}: rejected: {records}, {errors}, {warnings}</source>
        <translation>{file}: مرفوضة: {records}، {errors}، {warnings}</translation>
    </message>
    <message>
        <source> (more problems not listed)</source>
        <translation> (توجد مشكلات أخرى غير مدرجة)</translation>
    </message>
    <message>
        <source>cannot be read as a workbook ({reason}); the file is damaged or was changed by another program: ask for the package to be exported again</source>
        <extracomment>Signed lines by source package (data digest): a signed office package&apos;s own, a merged package&apos;s Provenance.</extracomment>
        <translation>تتعذر قراءته كمصنّف ({reason})؛ فالملف تالف أو غيّره برنامج آخر: اطلب تصدير الحزمة مرة أخرى</translation>
    </message>
    <message>
        <source>sheet {name} cannot be read ({reason}); the file is damaged or was changed by another program: ask for the package to be exported again</source>
        <extracomment>Sheet name → its rows of cell values, streamed, from row 1 and column A. Kinds whose cell text, when already canonical, the digest takes as it is instead of writing the typed value out again (an import spends a tenth of its reading on that otherwise); tests/exchange/test_read_canonical.py checks that text taken so is exactly what the typed value would have been written as. The same, asked of a whole column at once.</extracomment>
        <translation>تتعذر قراءة الورقة {name} ({reason})؛ فالملف تالف أو غيّره برنامج آخر: اطلب تصدير الحزمة مرة أخرى</translation>
    </message>
    <message>
        <source>is not a Fieldbook package (it has no Manifest sheet)</source>
        <translation>ليس حزمة Fieldbook (لا يحتوي على ورقة Manifest)</translation>
    </message>
    <message>
        <source>The sheet {sheet} is missing</source>
        <translation>الورقة {sheet} مفقودة</translation>
    </message>
    <message>
        <source>The data differs from what was exported (digest mismatch): edited by hand: {rows} (merge and import take each edit as a new version, attributed to the editor)</source>
        <translation>تختلف البيانات عما صُدِّر (عدم تطابق الملخص): عُدِّلت يدويًا: {rows} (يعتمد الدمج والاستيراد كل تعديل بوصفه نسخة جديدة منسوبة إلى من أجراه)</translation>
    </message>
    <message>
        <source>The data differs from what was exported (digest mismatch): it was changed by hand or damaged</source>
        <translation>تختلف البيانات عما صُدِّر (عدم تطابق الملخص): فقد غُيّرت يدويًا أو تلفت</translation>
    </message>
    <message numerus="yes">
        <source>The manifest says {rows} row(s) in {sheet}; the sheet has {count}</source>
        <translation>
            <numerusform>تذكر ورقة Manifest وجود {rows} صف في {sheet}؛ بينما عدد صفوف الورقة {count}</numerusform>
            <numerusform>تذكر ورقة Manifest وجود {rows} صف في {sheet}؛ بينما عدد صفوف الورقة {count}</numerusform>
            <numerusform>تذكر ورقة Manifest وجود {rows} صف في {sheet}؛ بينما عدد صفوف الورقة {count}</numerusform>
            <numerusform>تذكر ورقة Manifest وجود {rows} صفوف في {sheet}؛ بينما عدد صفوف الورقة {count}</numerusform>
            <numerusform>تذكر ورقة Manifest وجود {rows} صفًا في {sheet}؛ بينما عدد صفوف الورقة {count}</numerusform>
            <numerusform>تذكر ورقة Manifest وجود {rows} صف في {sheet}؛ بينما عدد صفوف الورقة {count}</numerusform>
        </translation>
    </message>
    <message>
        <source>is not a Fieldbook package (its Manifest does not name the format {format})</source>
        <translation>ليس حزمة Fieldbook (لا تذكر ورقة Manifest فيه التنسيق {format})</translation>
    </message>
    <message>
        <source>has an unreadable format version ({version!r}) in its Manifest</source>
        <translation>يحتوي على رقم إصدار تنسيق غير مقروء ({version!r}) في ورقة Manifest</translation>
    </message>
    <message>
        <source>was written by a newer Fieldbook (package format {version}; this Fieldbook reads up to {newest}); update Fieldbook to read it</source>
        <translation>كُتب بإصدار أحدث من Fieldbook (تنسيق الحزمة {version}؛ وهذا الإصدار من Fieldbook يقرأ حتى التنسيق {newest})؛ حدّث Fieldbook لقراءته</translation>
    </message>
    <message>
        <source>has package format {version}, which this Fieldbook cannot read</source>
        <translation>تنسيق الحزمة فيه {version}، ولا يستطيع هذا الإصدار من Fieldbook قراءته</translation>
    </message>
    <message>
        <source>The sheet {sheet} has lost its three header rows (keys, labels, HXL tags)</source>
        <translation>فقدت الورقة {sheet} صفوف العناوين الثلاثة (المفاتيح، والتسميات، ووسوم HXL)</translation>
    </message>
    <message>
        <source>The column {key} appears twice (also column {column})</source>
        <translation>يظهر العمود {key} مرتين (وأيضًا في العمود {column})</translation>
    </message>
    <message>
        <source>The column {key} is not part of the package format; it is ignored</source>
        <translation>العمود {key} ليس جزءًا من تنسيق الحزمة؛ ويُتجاهل</translation>
    </message>
    <message>
        <source>Columns missing from row 1 of {sheet}: {columns}</source>
        <translation>أعمدة مفقودة من الصف 1 في {sheet}: {columns}</translation>
    </message>
    <message>
        <source>The record id {id} is also on row {row}</source>
        <translation>معرّف السجل {id} موجود أيضًا في الصف {row}</translation>
    </message>
    <message>
        <source>The Manifest names {offices}, but every row belongs to {owner}: the Manifest was changed, or this is {owner}&apos;s package; ask {owner} for its own package</source>
        <translation>تذكر ورقة Manifest {offices}، لكن جميع الصفوف تعود إلى {owner}: فإما أن ورقة Manifest قد غُيّرت، وإما أن هذه حزمة {owner}؛ اطلب من {owner} حزمته الخاصة</translation>
    </message>
    <message>
        <source>This row belongs to office {owner}; a package of {offices} may carry only its own records: remove the row, or ask that office for its own package</source>
        <translation>يعود هذا الصف إلى المكتب {owner}؛ ولا يجوز لحزمة {offices} أن تحمل إلا سجلاتها الخاصة: احذف الصف، أو اطلب من ذلك المكتب حزمته الخاصة</translation>
    </message>
    <message>
        <source>The profile of office {office} cannot travel in a package of {offices}</source>
        <translation>لا يجوز نقل ملف تعريف المكتب {office} في حزمة {offices}</translation>
    </message>
    <message>
        <source>This deletion is of a record of office {owner}; a package of {offices} may delete only its own records</source>
        <translation>تخص عملية الحذف هذه سجلًا للمكتب {owner}؛ ولا يجوز لحزمة {offices} أن تحذف إلا سجلاتها الخاصة</translation>
    </message>
    <message>
        <source>This hand edit names no valid record id and revision; it was changed after export</source>
        <translation>لا يتضمن هذا التعديل اليدوي معرّف سجل ورقم مراجعة صالحين؛ فقد غُيّر بعد التصدير</translation>
    </message>
    <message>
        <source>This row&apos;s {key} says {text!r}, but its {of} is {expected!r}; Fieldbook goes by the id: correct {of} if the row belongs to {text!r}</source>
        <translation>قيمة {key} في هذا الصف هي {text!r}، لكن قيمة {of} فيه هي {expected!r}؛ ويعتمد Fieldbook على المعرّف: صحّح {of} إذا كان الصف يعود إلى {text!r}</translation>
    </message>
    <message>
        <source>The deletion&apos;s {key} is required</source>
        <translation>الحقل {key} مطلوب في عملية الحذف</translation>
    </message>
    <message>
        <source>{entity!r} is not an entity of the package</source>
        <translation>{entity!r} ليس نوعًا من أنواع سجلات الحزمة</translation>
    </message>
    <message>
        <source>Severity</source>
        <extracomment>The Problems sheet&apos;s headings (translated where they are written) and column widths.</extracomment>
        <translation>الخطورة</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>الخلية</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>معرّف السجل</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>لم يُعثر على أي مشكلات.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>Parents before children: the order rows are written in.</extracomment>
        <translation>
            <numerusform>و%n صف آخر</numerusform>
            <numerusform>وصف آخر</numerusform>
            <numerusform>وصفان آخران</numerusform>
            <numerusform>و%n صفوف أخرى</numerusform>
            <numerusform>و%n صفًا آخر</numerusform>
            <numerusform>و%n صف آخر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) would change records another office owns ({rows})</source>
        <translation>
            <numerusform>%n صف من شأنه تغيير سجلات يملكها مكتب آخر ({rows})</numerusform>
            <numerusform>صف واحد من شأنه تغيير سجلات يملكها مكتب آخر ({rows})</numerusform>
            <numerusform>صفان من شأنهما تغيير سجلات يملكها مكتب آخر ({rows})</numerusform>
            <numerusform>%n صفوف من شأنها تغيير سجلات يملكها مكتب آخر ({rows})</numerusform>
            <numerusform>%n صفًا من شأنها تغيير سجلات يملكها مكتب آخر ({rows})</numerusform>
            <numerusform>%n صف من شأنها تغيير سجلات يملكها مكتب آخر ({rows})</numerusform>
        </translation>
    </message>
    <message>
        <source>imported</source>
        <extracomment>Child entities and the parents their rows point at (a row whose parent was deleted is stale, not a failure). What the database deletes with a parent (ON DELETE CASCADE): each of these leaves a tombstone too. What each status of an import summary says to a person (the status itself is a code: JSON, tests, the app).</extracomment>
        <translation>مستورَدة</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>مستورَدة سابقًا</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>تشغيل تجريبي</translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n سجل جديد</numerusform>
            <numerusform>سجل جديد واحد</numerusform>
            <numerusform>سجلان جديدان</numerusform>
            <numerusform>%n سجلات جديدة</numerusform>
            <numerusform>%n سجلًا جديدًا</numerusform>
            <numerusform>%n سجل جديد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n سجل محدَّث</numerusform>
            <numerusform>سجل محدَّث واحد</numerusform>
            <numerusform>سجلان محدَّثان</numerusform>
            <numerusform>%n سجلات محدَّثة</numerusform>
            <numerusform>%n سجلًا محدَّثًا</numerusform>
            <numerusform>%n سجل محدَّث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n سجل دون تغيير</numerusform>
            <numerusform>سجل واحد دون تغيير</numerusform>
            <numerusform>سجلان دون تغيير</numerusform>
            <numerusform>%n سجلات دون تغيير</numerusform>
            <numerusform>%n سجلًا دون تغيير</numerusform>
            <numerusform>%n سجل دون تغيير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <translation>
            <numerusform>%n سجل متقادم</numerusform>
            <numerusform>سجل متقادم واحد</numerusform>
            <numerusform>سجلان متقادمان</numerusform>
            <numerusform>%n سجلات متقادمة</numerusform>
            <numerusform>%n سجلًا متقادمًا</numerusform>
            <numerusform>%n سجل متقادم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n سجل محذوف</numerusform>
            <numerusform>سجل محذوف واحد</numerusform>
            <numerusform>سجلان محذوفان</numerusform>
            <numerusform>%n سجلات محذوفة</numerusform>
            <numerusform>%n سجلًا محذوفًا</numerusform>
            <numerusform>%n سجل محذوف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n حالة تعارض</numerusform>
            <numerusform>حالة تعارض واحدة</numerusform>
            <numerusform>حالتا تعارض</numerusform>
            <numerusform>%n حالات تعارض</numerusform>
            <numerusform>%n حالة تعارض</numerusform>
            <numerusform>%n حالة تعارض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n سجل مرفوض</numerusform>
            <numerusform>سجل مرفوض واحد</numerusform>
            <numerusform>سجلان مرفوضان</numerusform>
            <numerusform>%n سجلات مرفوضة</numerusform>
            <numerusform>%n سجلًا مرفوضًا</numerusform>
            <numerusform>%n سجل مرفوض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hand-edited row(s) accepted</source>
        <translation>
            <numerusform>لم يُقبل أي صف معدَّل يدويًا</numerusform>
            <numerusform>قُبل صف واحد معدَّل يدويًا</numerusform>
            <numerusform>قُبل صفان معدَّلان يدويًا</numerusform>
            <numerusform>قُبلت %n صفوف معدَّلة يدويًا</numerusform>
            <numerusform>قُبل %n صفًا معدَّلًا يدويًا</numerusform>
            <numerusform>قُبل %n صف معدَّل يدويًا</numerusform>
        </translation>
    </message>
    <message>
        <source>gap: {office} sequence {numbers} never imported</source>
        <translation>فجوة: لم تُستورد قط حزم {office} ذات الأرقام التسلسلية {numbers}</translation>
    </message>
    <message>
        <source>{reason}; nothing was imported from it</source>
        <extracomment>An import run commits its packages in batches: one transaction holds up to this many records (each package still all-or-nothing, in a savepoint of its own), so the index pages a batch touches are written out once per batch and not once per package — at headquarters scale that is most of an import&apos;s cost. The batch also ends after BATCH_SECONDS, so a power cut loses at most that much work (and nothing is reported imported before its commit). ... and at most this many packages: PostgreSQL keeps the savepoints of an open transaction that wrote in a cache of 64 per connection; past it, every other session&apos;s snapshot must look them up on disk (a known slowdown), so a batch of many small packages ends before it. The SQLite page cache while a batch is open (taken only as pages are used): the pages a batch dirties stay in memory until its commit instead of spilling to the write-ahead log one package at a time.</extracomment>
        <translation>{reason}؛ لم يُستورد منها شيء</translation>
    </message>
    <message>
        <source>{path}: the process reading it stopped abruptly (a damaged or hostile file?)</source>
        <translation>{path}: توقفت العملية التي تقرؤه فجأة (هل الملف تالف أو ضار؟)</translation>
    </message>
    <message>
        <source>another import</source>
        <extracomment>The PostgreSQL advisory lock every import into a store takes per batch (&quot;fieldbk&quot; in ASCII). What an import&apos;s connection calls itself while it holds the lock (``application_name``): who, and since when (the run&apos;s start, in seconds since 1970, so that a run of several batches shows one time).</extracomment>
        <translation>عملية استيراد أخرى</translation>
    </message>
    <message>
        <source>waiting: {who} is writing to this store since {time}; this import goes on when it has committed</source>
        <translation>في الانتظار: مخزن البيانات هذا قيد الكتابة من قِبل {who} منذ {time}؛ وسيُستأنف هذا الاستيراد بعد اعتماد تلك التغييرات</translation>
    </message>
    <message>
        <source>waiting: {who} is writing to this store; this import goes on when it has committed</source>
        <translation>في الانتظار: مخزن البيانات هذا قيد الكتابة من قِبل {who}؛ وسيُستأنف هذا الاستيراد بعد اعتماد تلك التغييرات</translation>
    </message>
    <message>
        <source>{reason}; nothing was imported</source>
        <translation>{reason}؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>the store refused the package ({reason}); nothing was imported</source>
        <translation>رفض مخزن البيانات الحزمة ({reason})؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>{sheet} row {row} ({label})</source>
        <translation>{sheet}، الصف {row} ({label})</translation>
    </message>
    <message>
        <source>{sheet} row {row}</source>
        <translation>{sheet}، الصف {row}</translation>
    </message>
    <message>
        <source>{row}: owned by {owner}, not {office}</source>
        <extracomment>prctl(2) option: the signal a process gets when its parent dies. Who a hand edit is attributed to when no editor is named (``--editor``).</extracomment>
        <translation>{row}: يملكه {owner}، وليس {office}</translation>
    </message>
    <message numerus="yes">
        <source>%n {entity} record(s) changed in the store while this package was imported; import it again</source>
        <translation>
            <numerusform>تغيّر %n سجل من نوع {entity} في مخزن البيانات أثناء استيراد هذه الحزمة؛ استوردها مرة أخرى</numerusform>
            <numerusform>تغيّر سجل واحد من نوع {entity} في مخزن البيانات أثناء استيراد هذه الحزمة؛ استوردها مرة أخرى</numerusform>
            <numerusform>تغيّر سجلان من نوع {entity} في مخزن البيانات أثناء استيراد هذه الحزمة؛ استوردها مرة أخرى</numerusform>
            <numerusform>تغيّرت %n سجلات من نوع {entity} في مخزن البيانات أثناء استيراد هذه الحزمة؛ استوردها مرة أخرى</numerusform>
            <numerusform>تغيّر %n سجلًا من نوع {entity} في مخزن البيانات أثناء استيراد هذه الحزمة؛ استوردها مرة أخرى</numerusform>
            <numerusform>تغيّر %n سجل من نوع {entity} في مخزن البيانات أثناء استيراد هذه الحزمة؛ استوردها مرة أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>{row}: deletes a record of {owner}, not of {office}</source>
        <translation>{row}: يحذف سجلًا يملكه {owner}، وليس {office}</translation>
    </message>
    <message>
        <source>the {entity} {id} changed in the store while this package was imported; import it again</source>
        <translation>تغيّر السجل {id} من نوع {entity} في مخزن البيانات أثناء استيراد هذه الحزمة؛ استوردها مرة أخرى</translation>
    </message>
    <message>
        <source>added</source>
        <translation>أُضيف</translation>
    </message>
    <message>
        <source>no value changed</source>
        <translation>لم تتغير أي قيمة</translation>
    </message>
    <message>
        <source>{sheet} {id}: {what} (edited by {editor} in {file}; now revision {revision})</source>
        <translation>{sheet} {id}: {what} (عدّله {editor} في {file}؛ رقم المراجعة الآن {revision})</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>{path}: {file} was imported by a version of Fieldbook that did not record how to undo an import, so it cannot be undone here</source>
        <translation>{path}: استُورد {file} بإصدار من Fieldbook لم يكن يسجّل كيفية التراجع عن الاستيراد، ولذلك لا يمكن التراجع عنه هنا</translation>
    </message>
    <message>
        <source>the snapshot taken before it is {snapshot}</source>
        <translation>اللقطة التي أُخذت قبل هذا الاستيراد هي {snapshot}</translation>
    </message>
    <message>
        <source>{path}: no import to undo</source>
        <translation>{path}: لا توجد عملية استيراد للتراجع عنها</translation>
    </message>
    <message>
        <source>trusted</source>
        <extracomment>A fingerprint typed by a person must name at least this many hex digits (32 bits: no accidental match). A key&apos;s status as a person reads it in a sentence (the status itself is stored data).</extracomment>
        <translation>موثوق به</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>مستبدَل</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>{holder} is not an office code or region label (1 to {most} characters)</source>
        <extracomment>The holder&apos;s current key. No key at all is registered for this holder: a first contact (trust on first use may apply). The holder has other keys, and not this one: refuse, unless a valid rotation from its trusted key comes along. The holder&apos;s key before a signed rotation: what it signed before the rotation is still the holder&apos;s. Revoked (for this holder or any other): never accepted.</extracomment>
        <translation>{holder} ليس رمز مكتب أو تسمية منطقة (طوله من 1 إلى {most} من الأحرف)</translation>
    </message>
    <message>
        <source>key {fingerprint} was revoked for {holder} on {date}: it is not trusted again unless forced</source>
        <translation>أُلغي المفتاح {fingerprint} لـ {holder} في {date}: ولن يُوثق به مرة أخرى ما لم يُفرض ذلك</translation>
    </message>
    <message>
        <source>key {fingerprint} was revoked for {holder}: it is not trusted again unless forced</source>
        <translation>أُلغي المفتاح {fingerprint} لـ {holder}: ولن يُوثق به مرة أخرى ما لم يُفرض ذلك</translation>
    </message>
    <message>
        <source>the key rotation for {holder} gives no UTC time ({time})</source>
        <translation>لا يذكر تدوير المفتاح لـ {holder} وقتًا بالتوقيت العالمي UTC ({time})</translation>
    </message>
    <message>
        <source>the key rotation statement for {holder} does not verify: its signature or its fields are wrong</source>
        <translation>تعذر التحقق من بيان تدوير المفتاح لـ {holder}: توقيعه أو حقوله غير صحيحة</translation>
    </message>
    <message>
        <source>the key rotation statement does not verify: its signature or its fields are wrong</source>
        <translation>تعذر التحقق من بيان تدوير المفتاح: توقيعه أو حقوله غير صحيحة</translation>
    </message>
    <message>
        <source>the key rotation for {holder} is signed by {old}, a key not registered for {holder}: confirm the new key {new} with the office</source>
        <translation>تدوير المفتاح لـ {holder} موقّع بالمفتاح {old}، وهو مفتاح غير مسجَّل لـ {holder}: تأكد من المفتاح الجديد {new} مع المكتب</translation>
    </message>
    <message>
        <source>the key rotation for {holder} is signed by {old}, which is {status}: confirm the new key {new} with the office</source>
        <translation>تدوير المفتاح لـ {holder} موقّع بالمفتاح {old}، وهو مفتاح {status}: تأكد من المفتاح الجديد {new} مع المكتب</translation>
    </message>
    <message>
        <source>the key rotation for {holder} names key {new}, which was revoked for {other} on {date}</source>
        <translation>يذكر تدوير المفتاح لـ {holder} المفتاح {new}، الذي أُلغي لـ {other} في {date}</translation>
    </message>
    <message>
        <source>the key rotation for {holder} names key {new}, which was revoked for {other}</source>
        <translation>يذكر تدوير المفتاح لـ {holder} المفتاح {new}، الذي أُلغي لـ {other}</translation>
    </message>
    <message>
        <source>{text} is not a key fingerprint: type at least {least} of its hex digits, as `SHA256:ab12 cd34` or `ab12cd34`</source>
        <translation>{text} ليست بصمة مفتاح: اكتب ما لا يقل عن {least} من خاناتها الست عشرية، مثل `SHA256:ab12 cd34` أو `ab12cd34`</translation>
    </message>
    <message>
        <source>{holder} has no key whose fingerprint starts with {prefix}: list the keys to see theirs</source>
        <translation>ليس لدى {holder} مفتاح تبدأ بصمته بـ {prefix}: اعرض قائمة المفاتيح لرؤية بصماتها</translation>
    </message>
    <message numerus="yes">
        <source>%n keys of {holder} start with {prefix}: type more of the fingerprint</source>
        <translation>
            <numerusform>لدى {holder} %n مفتاح تبدأ بصماتها بـ {prefix}: اكتب جزءًا أكبر من البصمة</numerusform>
            <numerusform>لدى {holder} مفتاح واحد تبدأ بصمته بـ {prefix}: اكتب جزءًا أكبر من البصمة</numerusform>
            <numerusform>لدى {holder} مفتاحان تبدأ بصمتاهما بـ {prefix}: اكتب جزءًا أكبر من البصمة</numerusform>
            <numerusform>لدى {holder} %n مفاتيح تبدأ بصماتها بـ {prefix}: اكتب جزءًا أكبر من البصمة</numerusform>
            <numerusform>لدى {holder} %n مفتاحًا تبدأ بصماتها بـ {prefix}: اكتب جزءًا أكبر من البصمة</numerusform>
            <numerusform>لدى {holder} %n مفتاح تبدأ بصماتها بـ {prefix}: اكتب جزءًا أكبر من البصمة</numerusform>
        </translation>
    </message>
    <message>
        <source>REVOKED {date}</source>
        <translation>ملغى في {date}</translation>
    </message>
    <message>
        <source>REVOKED</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>retired {date}</source>
        <translation>مستبدَل في {date}</translation>
    </message>
    <message>
        <source>trusted {date} by {user} ({how})</source>
        <translation>وُثق به في {date} بواسطة {user} ({how})</translation>
    </message>
    <message>
        <source>restore it from your backup, or move it out of the folder to start a new key (headquarters must then confirm the new key by hand)</source>
        <extracomment>A PEM of an Ed25519 key is about 120 bytes; anything far larger is not one (and is not read into memory whole). Bytes of sha256 shown in a fingerprint: 160 bits, 40 hex digits in ten groups — short enough to read aloud. The fields of a rotation statement; the signature covers the others. What to do about a key file that cannot be read (translated where it is said).</extracomment>
        <translation>استعده من نسختك الاحتياطية، أو انقله خارج المجلد لبدء مفتاح جديد (وعندئذ يجب أن يؤكد المقر المفتاح الجديد يدويًا)</translation>
    </message>
    <message>
        <source>{text} is not a public key (not base64 text)</source>
        <translation>{text} ليس مفتاحًا عامًا (ليس نصًا بترميز base64)</translation>
    </message>
    <message>
        <source>{text} is not a public key ({count} bytes, an Ed25519 key has 32)</source>
        <translation>{text} ليس مفتاحًا عامًا (حجمه {count} بايت، بينما حجم مفتاح Ed25519 هو 32 بايت)</translation>
    </message>
    <message>
        <source>{path}: there is no signing key file here: restore it from your backup (the next export makes a new key, which headquarters must then confirm by hand)</source>
        <translation>{path}: لا يوجد ملف مفتاح توقيع هنا: استعده من نسختك الاحتياطية (ينشئ التصدير التالي مفتاحًا جديدًا، ويجب عندئذ أن يؤكده المقر يدويًا)</translation>
    </message>
    <message>
        <source>larger than {size} bytes</source>
        <translation>أكبر من {size} بايت</translation>
    </message>
    <message>
        <source>{path} cannot be read as a signing key ({reason}): {advice}</source>
        <translation>تتعذر قراءة {path} كمفتاح توقيع ({reason}): {advice}</translation>
    </message>
    <message>
        <source>it is protected by a password</source>
        <translation>محمي بكلمة مرور</translation>
    </message>
    <message>
        <source>a kind of key Fieldbook does not use</source>
        <translation>نوع مفتاح لا يستخدمه Fieldbook</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <source>damaged, or not a PEM private key</source>
        <translation>تالف، أو ليس مفتاحًا خاصًا بتنسيق PEM</translation>
    </message>
    <message>
        <source>a {kind}, not an Ed25519 key</source>
        <translation>{kind}، وليس مفتاح Ed25519</translation>
    </message>
    <message>
        <source>{path}: the key rotation statement cannot be read ({reason}); restore it from your backup, or rotate the key again</source>
        <translation>{path}: تتعذر قراءة بيان تدوير المفتاح ({reason})؛ استعده من نسختك الاحتياطية، أو أعد تدوير المفتاح</translation>
    </message>
    <message>
        <source>not a statement</source>
        <translation>ليس بيانًا</translation>
    </message>
    <message>
        <source>{path}: too many retired keys named {name}: move some away</source>
        <translation>{path}: يوجد عدد كبير جدًا من المفاتيح المستبدَلة المسماة {name}: انقل بعضها إلى مكان آخر</translation>
    </message>
    <message>
        <source>(unreadable key)</source>
        <translation>(مفتاح غير مقروء)</translation>
    </message>
    <message>
        <source>The signed statement in the Manifest is unreadable: the Manifest was changed after signing; ask the office to export the package again</source>
        <translation>البيان الموقّع في ورقة Manifest غير مقروء: فقد غُيّرت ورقة Manifest بعد التوقيع؛ اطلب من المكتب تصدير الحزمة مرة أخرى</translation>
    </message>
    <message>
        <source>The signature does not match: the Manifest was changed after signing, or the package was not made by the key it names; ask the office to export the package again</source>
        <translation>التوقيع غير مطابق: فإما أن ورقة Manifest غُيّرت بعد التوقيع، وإما أن الحزمة لم تُنشأ بالمفتاح الذي تذكره؛ اطلب من المكتب تصدير الحزمة مرة أخرى</translation>
    </message>
    <message>
        <source>The Manifest&apos;s {name} ({value!r}) is not what was signed ({signed!r}): it was changed after signing</source>
        <translation>قيمة {name} في ورقة Manifest ({value!r}) ليست القيمة الموقّعة ({signed!r}): فقد غُيّرت بعد التوقيع</translation>
    </message>
    <message>
        <source>The Manifest&apos;s list of sources is not what was signed: it was changed after signing</source>
        <translation>قائمة المصادر في ورقة Manifest ليست القائمة الموقّعة: فقد غُيّرت بعد التوقيع</translation>
    </message>
    <message>
        <source>Rows were added or removed, a grey fingerprint changed, or a deletion or hand edit changed after the package was signed (values may be edited; those columns not): ask for the package again</source>
        <translation>أُضيفت صفوف أو أُزيلت، أو تغيّرت بصمة رمادية، أو تغيّرت عملية حذف أو تعديل يدوي بعد توقيع الحزمة (يجوز تعديل القيم، ولا يجوز تعديل تلك الأعمدة): اطلب الحزمة مرة أخرى</translation>
    </message>
    <message>
        <source>it was written by a Fieldbook before signed packages</source>
        <translation>كُتبت بإصدار من Fieldbook يسبق الحزم الموقّعة</translation>
    </message>
    <message>
        <source>it carries no signature</source>
        <translation>لا تحمل أي توقيع</translation>
    </message>
    <message>
        <source>{file}: not signed ({reason}); ask the office to export it again with this Fieldbook, or import it with --accept-unsigned (recorded in the ledger)</source>
        <translation>{file}: غير موقّعة ({reason})؛ اطلب من المكتب تصديرها مرة أخرى بهذا الإصدار من Fieldbook، أو استوردها باستخدام --accept-unsigned (يُسجَّل ذلك في دفتر القيود)</translation>
    </message>
    <message>
        <source>{file}: signed on {date} with {holder}&apos;s key {fingerprint}, which its rotation replaced on {retired}: refused; ask the office for a package signed with its new key</source>
        <translation>{file}: موقّعة في {date} بالمفتاح {fingerprint} الخاص بـ {holder}، الذي حلّ محله مفتاح جديد بالتدوير في {retired}: مرفوضة؛ اطلب من المكتب حزمة موقّعة بمفتاحه الجديد</translation>
    </message>
    <message>
        <source>{file}: signed by {holder}&apos;s key {fingerprint}, which was revoked: refused; ask the office for a package signed with its new key</source>
        <translation>{file}: موقّعة بالمفتاح {fingerprint} الخاص بـ {holder}، وهو مفتاح ملغى: مرفوضة؛ اطلب من المكتب حزمة موقّعة بمفتاحه الجديد</translation>
    </message>
    <message>
        <source>{file}: signed by a key ({fingerprint}) that is not the one on record for {holder}; if the office changed its key, confirm the new fingerprint with it by phone and add it: fieldbook keys trust --db … {holder} &quot;{fingerprint}&quot; (see fieldbook keys list)</source>
        <translation>{file}: موقّعة بمفتاح ({fingerprint}) غير المفتاح المسجَّل لـ {holder}؛ إذا كان المكتب قد غيّر مفتاحه، فتأكد من البصمة الجديدة معه هاتفيًا ثم أضفها: fieldbook keys trust --db … {holder} &quot;{fingerprint}&quot; (انظر fieldbook keys list)</translation>
    </message>
    <message>
        <source>{file}: signed by {holder} key {fingerprint}, which this store does not know yet: confirm the fingerprint with the office (by phone), then import with --trust-new-keys, or add it first with fieldbook keys trust</source>
        <translation>{file}: موقّعة بالمفتاح {fingerprint} الخاص بـ {holder}، الذي لا يعرفه مخزن البيانات هذا بعد: تأكد من البصمة مع المكتب (هاتفيًا)، ثم استورد باستخدام --trust-new-keys، أو أضفه أولًا باستخدام fieldbook keys trust</translation>
    </message>
    <message>
        <source>{file} (source {office} #{sequence})</source>
        <translation>{file} (المصدر {office} #{sequence})</translation>
    </message>
    <message>
        <source>its signature does not match what the source package signed</source>
        <translation>توقيعه لا يطابق ما وقّعته الحزمة المصدر</translation>
    </message>
    <message>
        <source>What {office} signed in its package no. {sequence} is not carried whole (sheet Provenance): its records cannot be checked against its signature; merge again from the office&apos;s own packages</source>
        <translation>ما وقّعه {office} في حزمته رقم {sequence} غير منقول كاملًا (الورقة Provenance): لا يمكن التحقق من سجلاته مقابل توقيعه؛ أعد الدمج انطلاقًا من حزم المكتب نفسه</translation>
    </message>
    <message>
        <source>This row of {owner} is not one {owner} signed, and it is not an attributed hand edit: ask {owner} for its own package</source>
        <translation>هذا الصف التابع لـ {owner} ليس من الصفوف التي وقّعها {owner}، وليس تعديلًا يدويًا منسوبًا إلى من أجراه: اطلب من {owner} حزمته الخاصة</translation>
    </message>
    <message>
        <source>This deletion of a record of {owner} is not one {owner} signed: ask {owner} for its own package</source>
        <translation>عملية الحذف هذه لسجل تابع لـ {owner} ليست من العمليات التي وقّعها {owner}: اطلب من {owner} حزمته الخاصة</translation>
    </message>
    <message numerus="yes">
        <source>cannot undo {file}: %n record(s) it brought in changed by a later import since; nothing was undone</source>
        <extracomment>Parents before children, as an import writes them (the importer&apos;s order too). How each non-JSON type of a row is written (looked up by exact type: an update of many records encodes many rows).</extracomment>
        <translation>
            <numerusform>تعذر التراجع عن استيراد {file}: غيّرت عملية استيراد لاحقة منذ ذلك الحين %n سجل مما أدخلته الحزمة؛ ولم يُتراجَع عن أي شيء</numerusform>
            <numerusform>تعذر التراجع عن استيراد {file}: غيّرت عملية استيراد لاحقة منذ ذلك الحين سجلًا واحدًا مما أدخلته الحزمة؛ ولم يُتراجَع عن أي شيء</numerusform>
            <numerusform>تعذر التراجع عن استيراد {file}: غيّرت عملية استيراد لاحقة منذ ذلك الحين سجلين مما أدخلته الحزمة؛ ولم يُتراجَع عن أي شيء</numerusform>
            <numerusform>تعذر التراجع عن استيراد {file}: غيّرت عملية استيراد لاحقة منذ ذلك الحين %n سجلات مما أدخلته الحزمة؛ ولم يُتراجَع عن أي شيء</numerusform>
            <numerusform>تعذر التراجع عن استيراد {file}: غيّرت عملية استيراد لاحقة منذ ذلك الحين %n سجلًا مما أدخلته الحزمة؛ ولم يُتراجَع عن أي شيء</numerusform>
            <numerusform>تعذر التراجع عن استيراد {file}: غيّرت عملية استيراد لاحقة منذ ذلك الحين %n سجل مما أدخلته الحزمة؛ ولم يُتراجَع عن أي شيء</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot undo {file}: the {entity} {id} it wrote has changed since it was imported; nothing was undone</source>
        <translation>تعذر التراجع عن استيراد {file}: تغيّر السجل {id} من نوع {entity} الذي كتبته الحزمة منذ استيرادها؛ ولم يُتراجَع عن أي شيء</translation>
    </message>
    <message numerus="yes">
        <source>cannot undo {file}: %n record(s) it wrote edited since it was imported; nothing was undone</source>
        <translation>
            <numerusform>تعذر التراجع عن استيراد {file}: عُدِّل منذ الاستيراد %n سجل مما كتبته الحزمة؛ ولم يُتراجَع عن أي شيء</numerusform>
            <numerusform>تعذر التراجع عن استيراد {file}: عُدِّل منذ الاستيراد سجل واحد مما كتبته الحزمة؛ ولم يُتراجَع عن أي شيء</numerusform>
            <numerusform>تعذر التراجع عن استيراد {file}: عُدِّل منذ الاستيراد سجلان مما كتبته الحزمة؛ ولم يُتراجَع عن أي شيء</numerusform>
            <numerusform>تعذر التراجع عن استيراد {file}: عُدِّلت منذ الاستيراد %n سجلات مما كتبته الحزمة؛ ولم يُتراجَع عن أي شيء</numerusform>
            <numerusform>تعذر التراجع عن استيراد {file}: عُدِّل منذ الاستيراد %n سجلًا مما كتبته الحزمة؛ ولم يُتراجَع عن أي شيء</numerusform>
            <numerusform>تعذر التراجع عن استيراد {file}: عُدِّل منذ الاستيراد %n سجل مما كتبته الحزمة؛ ولم يُتراجَع عن أي شيء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot undo {file}: %n {entity} record(s) it updated changed since it was imported; nothing was undone</source>
        <translation>
            <numerusform>تعذر التراجع عن استيراد {file}: تغيّر منذ الاستيراد %n سجل من نوع {entity} مما حدّثته الحزمة؛ ولم يُتراجَع عن أي شيء</numerusform>
            <numerusform>تعذر التراجع عن استيراد {file}: تغيّر منذ الاستيراد سجل واحد من نوع {entity} مما حدّثته الحزمة؛ ولم يُتراجَع عن أي شيء</numerusform>
            <numerusform>تعذر التراجع عن استيراد {file}: تغيّر منذ الاستيراد سجلان من نوع {entity} مما حدّثته الحزمة؛ ولم يُتراجَع عن أي شيء</numerusform>
            <numerusform>تعذر التراجع عن استيراد {file}: تغيّرت منذ الاستيراد %n سجلات من نوع {entity} مما حدّثته الحزمة؛ ولم يُتراجَع عن أي شيء</numerusform>
            <numerusform>تعذر التراجع عن استيراد {file}: تغيّر منذ الاستيراد %n سجلًا من نوع {entity} مما حدّثته الحزمة؛ ولم يُتراجَع عن أي شيء</numerusform>
            <numerusform>تعذر التراجع عن استيراد {file}: تغيّر منذ الاستيراد %n سجل من نوع {entity} مما حدّثته الحزمة؛ ولم يُتراجَع عن أي شيء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot undo {file}: records it created have %n {child} record(s) added since under them; nothing was undone</source>
        <translation>
            <numerusform>تعذر التراجع عن استيراد {file}: أُضيف منذ ذلك الحين %n سجل من نوع {child} تحت السجلات التي أنشأتها الحزمة؛ ولم يُتراجَع عن أي شيء</numerusform>
            <numerusform>تعذر التراجع عن استيراد {file}: أُضيف منذ ذلك الحين سجل واحد من نوع {child} تحت السجلات التي أنشأتها الحزمة؛ ولم يُتراجَع عن أي شيء</numerusform>
            <numerusform>تعذر التراجع عن استيراد {file}: أُضيف منذ ذلك الحين سجلان من نوع {child} تحت السجلات التي أنشأتها الحزمة؛ ولم يُتراجَع عن أي شيء</numerusform>
            <numerusform>تعذر التراجع عن استيراد {file}: أُضيفت منذ ذلك الحين %n سجلات من نوع {child} تحت السجلات التي أنشأتها الحزمة؛ ولم يُتراجَع عن أي شيء</numerusform>
            <numerusform>تعذر التراجع عن استيراد {file}: أُضيف منذ ذلك الحين %n سجلًا من نوع {child} تحت السجلات التي أنشأتها الحزمة؛ ولم يُتراجَع عن أي شيء</numerusform>
            <numerusform>تعذر التراجع عن استيراد {file}: أُضيف منذ ذلك الحين %n سجل من نوع {child} تحت السجلات التي أنشأتها الحزمة؛ ولم يُتراجَع عن أي شيء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot undo {file}: %n record(s) it created no longer in the store; nothing was undone</source>
        <translation>
            <numerusform>تعذر التراجع عن استيراد {file}: لم يعد في مخزن البيانات %n سجل مما أنشأته الحزمة؛ ولم يُتراجَع عن أي شيء</numerusform>
            <numerusform>تعذر التراجع عن استيراد {file}: لم يعد في مخزن البيانات سجل واحد مما أنشأته الحزمة؛ ولم يُتراجَع عن أي شيء</numerusform>
            <numerusform>تعذر التراجع عن استيراد {file}: لم يعد في مخزن البيانات سجلان مما أنشأته الحزمة؛ ولم يُتراجَع عن أي شيء</numerusform>
            <numerusform>تعذر التراجع عن استيراد {file}: لم تعد في مخزن البيانات %n سجلات مما أنشأته الحزمة؛ ولم يُتراجَع عن أي شيء</numerusform>
            <numerusform>تعذر التراجع عن استيراد {file}: لم يعد في مخزن البيانات %n سجلًا مما أنشأته الحزمة؛ ولم يُتراجَع عن أي شيء</numerusform>
            <numerusform>تعذر التراجع عن استيراد {file}: لم يعد في مخزن البيانات %n سجل مما أنشأته الحزمة؛ ولم يُتراجَع عن أي شيء</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>form</name>
    <message>
        <source>The language of the packages this office exports: their README sheet and the row of column names are written in it, with English beside. The language of Fieldbook&apos;s windows is chosen in Settings ▸ Language.</source>
        <translation>لغة الحزم التي يصدّرها هذا المكتب: تُكتب بها ورقة README وصف أسماء الأعمدة، مع الإنكليزية بجانبها. أما لغة نوافذ Fieldbook فتُختار من الإعدادات ◂ اللغة.</translation>
    </message>
</context>
<context>
    <name>package</name>
    <message>
        <source>This workbook is a Fieldbook package: one country office&apos;s portfolio for one reporting period.</source>
        <extracomment>Rows between two progress reports (and cancel checks). Data validation and unlocked cells reach down to Excel&apos;s last row, so people can add rows. Let go of each data row&apos;s height once xlsxwriter has written the row out (see _write_entity); off only in tests, to show the package is the same without. Printed pages: A4 (landscape, but for the Manifest) with narrow margins, in inches; text on paper is never smaller than _SMALLEST_PRINTED_PT. A page is reckoned to hold 8 % less than it does: LibreOffice draws a column some 6 % wider than Excel&apos;s 7 pixels a character, and a column that does not fit moves whole to the next page. Across a landscape page at 100 %, in pixels (96 dpi). The README sheet, in the package&apos;s language with English beside (translated in the &quot;package&quot; context).</extracomment>
        <translation>هذا المصنّف حزمة Fieldbook: حافظة مكتب قُطري واحد لفترة إبلاغ واحدة.</translation>
    </message>
    <message>
        <source>Each data sheet has three header rows: row 1 the machine keys (do not change them), row 2 the column names, row 3 the HXL hashtags. Records start on row 4. Header rows are protected; data cells are not (Review › Unprotect Sheet, no password, to change the layout).</source>
        <translation>لكل ورقة بيانات ثلاثة صفوف عناوين: الصف 1 للمفاتيح الآلية (لا تغيّرها)، والصف 2 لأسماء الأعمدة، والصف 3 لوسوم HXL. وتبدأ السجلات في الصف 4. صفوف العناوين محمية، أما خلايا البيانات فليست محمية (لتغيير التخطيط: مراجعة › إلغاء حماية الورقة، دون كلمة مرور).</translation>
    </message>
    <message>
        <source>Every row carries its record id (a UUID that never changes), its revision, when it was created and last updated (UTC) and the office that owns it. Keep those columns as they are: they are how packages from many offices are merged. Add new records in Fieldbook itself: a package row without a valid id is refused.</source>
        <translation>يحمل كل صف معرّف سجله (UUID لا يتغير أبدًا)، ورقم مراجعته، وتاريخ إنشائه وتاريخ آخر تحديث له (UTC)، والمكتب الذي يملكه. أبقِ هذه الأعمدة كما هي: فبها تُدمج الحزم الواردة من مكاتب كثيرة. وأضف السجلات الجديدة في Fieldbook نفسه: إذ يُرفض أي صف في الحزمة لا يحمل معرّفًا صالحًا.</translation>
    </message>
    <message>
        <source>Coded columns offer a list of codes (sheet CodeLists). Dates are real dates; amounts are numbers unless too long to stay exact in Excel, then they are text. Times are text in ISO 8601, UTC.</source>
        <translation>تعرض الأعمدة المرمَّزة قائمة بالرموز (الورقة CodeLists). والتواريخ قيم تاريخ حقيقية؛ والمبالغ أرقام، إلا إذا كانت أطول من أن تبقى دقيقة في Excel، فتُكتب عندئذ نصًا. والأوقات نصوص بتنسيق ISO 8601 وبالتوقيت العالمي UTC.</translation>
    </message>
    <message>
        <source>An empty cell in a text column is empty text; in any other column it means not known.</source>
        <translation>الخلية الفارغة في عمود نصي تعني نصًا فارغًا؛ وفي أي عمود آخر تعني أن القيمة غير معروفة.</translation>
    </message>
    <message>
        <source>Text that contains invisible control characters shows them as ␛ and four hex digits (␛000B).</source>
        <translation>يُظهر النص الذي يحتوي على أحرف تحكم غير مرئية هذه الأحرفَ في شكل ␛ متبوعًا بأربع خانات ست عشرية (␛000B).</translation>
    </message>
    <message>
        <source>Sheet Deletions lists records deleted in the office. Sheet Manifest describes the package and holds a digest of its data: if the data was changed by hand, Fieldbook says so when it checks the package.</source>
        <translation>تسرد الورقة Deletions السجلات المحذوفة في المكتب. وتصف الورقة Manifest الحزمة وتحتوي على ملخص لبياناتها: فإذا غُيّرت البيانات يدويًا، ينبّه Fieldbook إلى ذلك عند فحص الحزمة.</translation>
    </message>
    <message>
        <source>Check a package with: fieldbook validate FILE.xlsx --report checked.xlsx</source>
        <translation>افحص الحزمة باستخدام الأمر: fieldbook validate FILE.xlsx --report checked.xlsx</translation>
    </message>
    <message>
        <source>Printed, each sheet is A4 landscape (Manifest portrait) with its column names on every page. A sheet too wide for one page at a readable size prints on several pages across, in order (across, then down), its first column repeated on each. CodeLists prints only a note: clear its print area to print the lists.</source>
        <translation>عند الطباعة، تُطبع كل ورقة على ورق A4 بالاتجاه الأفقي (والورقة Manifest بالاتجاه الرأسي)، مع أسماء أعمدتها في كل صفحة. والورقة الأعرض من أن تتسع لها صفحة واحدة بحجم مقروء تُطبع على عدة صفحات متجاورة، بالترتيب (أفقيًا ثم رأسيًا)، مع تكرار عمودها الأول في كل صفحة. ولا يُطبع من الورقة CodeLists إلا ملاحظة: امسح ناحية الطباعة فيها لطباعة القوائم.</translation>
    </message>
    <message>
        <source>Fieldbook package — {office} ({code}), period {period}, no. {sequence}</source>
        <translation>حزمة Fieldbook — {office} ({code})، الفترة {period}، رقم {sequence}</translation>
    </message>
    <message numerus="yes">
        <source>{sheet}: %n row(s)</source>
        <translation>
            <numerusform>{sheet}: %n صف</numerusform>
            <numerusform>{sheet}: صف واحد</numerusform>
            <numerusform>{sheet}: صفان</numerusform>
            <numerusform>{sheet}: %n صفوف</numerusform>
            <numerusform>{sheet}: %n صفًا</numerusform>
            <numerusform>{sheet}: %n صف</numerusform>
        </translation>
    </message>
    <message>
        <source>Row fingerprint (Fieldbook; do not change)</source>
        <extracomment>Every version this Fieldbook reads. A later Fieldbook reads every earlier version (docs/package-format.md). Version 2 added each row&apos;s fingerprint, the readable link columns, the HandEdits sheet and the signature. Row layout of an entity sheet (1-based, as Excel shows them). Entity → sheet name (≤ 31 characters, stable; never translated: the reader finds sheets by these names). Rows of an entity sheet are written in this order (the digest does not depend on it). HXL hashtag of every column (https://hxlstandard.org/standard/dictionary/), so humanitarian tools can read a sheet. Column widths in characters, by kind; text columns get their own below.</extracomment>
        <translation>بصمة الصف (Fieldbook؛ لا تغيّرها)</translation>
    </message>
    <message>
        <source>Initiative (code — title)</source>
        <extracomment>Hex digits of a row fingerprint: 128 bits of sha256, enough that no edit keeps it. Link column → (its readable column&apos;s key, label, HXL tag).</extracomment>
        <translation>المبادرة (الرمز — العنوان)</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>الجهة المموِّلة</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
</context>
<context>
    <name>reference</name>
    <message>
        <source>Africa</source>
        <translation>أفريقيا</translation>
    </message>
    <message>
        <source>Arab States</source>
        <translation>الدول العربية</translation>
    </message>
    <message>
        <source>Asia and the Pacific</source>
        <translation>آسيا والمحيط الهادئ</translation>
    </message>
    <message>
        <source>Latin America and the Caribbean</source>
        <translation>أمريكا اللاتينية ومنطقة البحر الكاريبي</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>أوروبا</translation>
    </message>
    <message>
        <source>Inclusive communities, thriving cities (urban regeneration)</source>
        <translation>مجتمعات محلية شاملة للجميع ومدن مزدهرة (التجديد الحضري)</translation>
    </message>
    <message>
        <source>RISE-UP: resilient settlements for the urban poor</source>
        <translation>RISE-UP: مستوطنات قادرة على الصمود لفقراء المدن</translation>
    </message>
    <message>
        <source>Inclusive cities: enhancing the positive impact of urban migration</source>
        <translation>مدن شاملة للجميع: تعزيز الأثر الإيجابي للهجرة الحضرية</translation>
    </message>
    <message>
        <source>SDG Cities</source>
        <translation>مدن أهداف التنمية المستدامة</translation>
    </message>
    <message>
        <source>People-centred smart cities</source>
        <translation>مدن ذكية محورها الناس</translation>
    </message>
    <message>
        <source>Reduced spatial inequality and poverty</source>
        <translation>الحد من انعدام المساواة المكاني والفقر</translation>
    </message>
    <message>
        <source>Enhanced shared prosperity of cities and regions</source>
        <translation>تعزيز الرخاء المشترك للمدن والمناطق</translation>
    </message>
    <message>
        <source>Strengthened climate action and improved urban environment</source>
        <translation>تعزيز العمل المناخي وتحسين البيئة الحضرية</translation>
    </message>
    <message>
        <source>Effective urban crisis prevention and response</source>
        <translation>فعالية منع الأزمات الحضرية والتصدي لها</translation>
    </message>
    <message>
        <source>Knowledge and evidence</source>
        <translation>المعارف والأدلة</translation>
    </message>
    <message>
        <source>Global and regional collaboration and capacity</source>
        <translation>التعاون والقدرات على الصعيدين العالمي والإقليمي</translation>
    </message>
    <message>
        <source>Initiatives and solutions implemented</source>
        <translation>المبادرات والحلول المنفَّذة</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>قيد الإعداد</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشطة</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>معلّقة</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>No crisis context</source>
        <translation>لا يوجد سياق أزمة</translation>
    </message>
    <message>
        <source>Natural disaster (flood, earthquake, storm)</source>
        <translation>كارثة طبيعية (فيضان، زلزال، عاصفة)</translation>
    </message>
    <message>
        <source>Armed conflict</source>
        <translation>نزاع مسلح</translation>
    </message>
    <message>
        <source>Protracted displacement</source>
        <translation>تشرد طال أمده</translation>
    </message>
    <message>
        <source>Post-crisis recovery and reconstruction</source>
        <translation>التعافي وإعادة الإعمار بعد الأزمات</translation>
    </message>
    <message>
        <source>Residents of neighbourhoods</source>
        <translation>سكان الأحياء</translation>
    </message>
    <message>
        <source>Vulnerable communities</source>
        <translation>المجتمعات المحلية الضعيفة</translation>
    </message>
    <message>
        <source>Refugees</source>
        <translation>اللاجئون</translation>
    </message>
    <message>
        <source>Host communities</source>
        <translation>المجتمعات المضيفة</translation>
    </message>
    <message>
        <source>Internally displaced persons</source>
        <translation>المشردون داخليًا</translation>
    </message>
    <message>
        <source>Migrants</source>
        <translation>المهاجرون</translation>
    </message>
    <message>
        <source>Returnees</source>
        <translation>العائدون</translation>
    </message>
    <message>
        <source>Government officials and staff trained</source>
        <translation>المسؤولون والموظفون الحكوميون المدرَّبون</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>مباشر</translation>
    </message>
    <message>
        <source>Indirect</source>
        <translation>غير مباشر</translation>
    </message>
    <message>
        <source>National government</source>
        <translation>حكومة وطنية</translation>
    </message>
    <message>
        <source>Regional government</source>
        <translation>حكومة إقليمية</translation>
    </message>
    <message>
        <source>Local government</source>
        <translation>حكومة محلية</translation>
    </message>
    <message>
        <source>Bilateral cooperation agency</source>
        <translation>وكالة تعاون ثنائي</translation>
    </message>
    <message>
        <source>Multilateral organization</source>
        <translation>منظمة متعددة الأطراف</translation>
    </message>
    <message>
        <source>UN entity</source>
        <translation>كيان تابع للأمم المتحدة</translation>
    </message>
    <message>
        <source>Private sector and investors</source>
        <translation>القطاع الخاص والمستثمرون</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>مؤسسة خيرية</translation>
    </message>
    <message>
        <source>Vertical climate fund</source>
        <translation>صندوق مناخي رأسي</translation>
    </message>
    <message>
        <source>Non-governmental organization</source>
        <translation>منظمة غير حكومية</translation>
    </message>
    <message>
        <source>Academic or research institution</source>
        <translation>مؤسسة أكاديمية أو بحثية</translation>
    </message>
    <message>
        <source>Community-based organization</source>
        <translation>منظمة مجتمعية</translation>
    </message>
    <message>
        <source>Implementing partner</source>
        <translation>شريك منفِّذ</translation>
    </message>
    <message>
        <source>Funding partner</source>
        <translation>شريك مموِّل</translation>
    </message>
    <message>
        <source>Government counterpart</source>
        <translation>نظير حكومي</translation>
    </message>
    <message>
        <source>Academic partner</source>
        <translation>شريك أكاديمي</translation>
    </message>
    <message>
        <source>Private sector partner</source>
        <translation>شريك من القطاع الخاص</translation>
    </message>
    <message>
        <source>Community partner</source>
        <translation>شريك مجتمعي</translation>
    </message>
    <message>
        <source>Bilateral cooperation</source>
        <translation>التعاون الثنائي</translation>
    </message>
    <message>
        <source>Multilateral</source>
        <translation>الجهات المتعددة الأطراف</translation>
    </message>
    <message>
        <source>UN entities</source>
        <translation>كيانات الأمم المتحدة</translation>
    </message>
    <message>
        <source>Foundations</source>
        <translation>المؤسسات الخيرية</translation>
    </message>
    <message>
        <source>Vertical climate funds</source>
        <translation>الصناديق المناخية الرأسية</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>موارد أساسية</translation>
    </message>
    <message>
        <source>Softly earmarked</source>
        <translation>موارد مخصصة تخصيصًا مرنًا</translation>
    </message>
    <message>
        <source>Earmarked</source>
        <translation>موارد مخصصة</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>تعهد</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>التزام</translation>
    </message>
    <message>
        <source>Incoming funds (received)</source>
        <translation>أموال واردة (مقبوضة)</translation>
    </message>
    <message>
        <source>Expenditure</source>
        <translation>إنفاق</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>تقرير</translation>
    </message>
    <message>
        <source>Guide or handbook</source>
        <translation>دليل أو كتيّب</translation>
    </message>
    <message>
        <source>Policy brief</source>
        <translation>موجز سياساتي</translation>
    </message>
    <message>
        <source>Tool or methodology</source>
        <translation>أداة أو منهجية</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>مجموعة بيانات</translation>
    </message>
    <message>
        <source>Training material</source>
        <translation>مواد تدريبية</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>دراسة حالة</translation>
    </message>
    <message>
        <source>Video or multimedia</source>
        <translation>فيديو أو وسائط متعددة</translation>
    </message>
    <message>
        <source>No poverty</source>
        <translation>القضاء على الفقر</translation>
    </message>
    <message>
        <source>Zero hunger</source>
        <translation>القضاء التام على الجوع</translation>
    </message>
    <message>
        <source>Good health and well-being</source>
        <translation>الصحة الجيدة والرفاه</translation>
    </message>
    <message>
        <source>Quality education</source>
        <translation>التعليم الجيد</translation>
    </message>
    <message>
        <source>Gender equality</source>
        <translation>المساواة بين الجنسين</translation>
    </message>
    <message>
        <source>Clean water and sanitation</source>
        <translation>المياه النظيفة والنظافة الصحية</translation>
    </message>
    <message>
        <source>Affordable and clean energy</source>
        <translation>طاقة نظيفة وبأسعار معقولة</translation>
    </message>
    <message>
        <source>Decent work and economic growth</source>
        <translation>العمل اللائق ونمو الاقتصاد</translation>
    </message>
    <message>
        <source>Industry, innovation and infrastructure</source>
        <translation>الصناعة والابتكار والهياكل الأساسية</translation>
    </message>
    <message>
        <source>Reduced inequalities</source>
        <translation>الحد من أوجه عدم المساواة</translation>
    </message>
    <message>
        <source>Sustainable cities and communities</source>
        <translation>مدن ومجتمعات محلية مستدامة</translation>
    </message>
    <message>
        <source>Responsible consumption and production</source>
        <translation>الاستهلاك والإنتاج المسؤولان</translation>
    </message>
    <message>
        <source>Climate action</source>
        <translation>العمل المناخي</translation>
    </message>
    <message>
        <source>Life below water</source>
        <translation>الحياة تحت الماء</translation>
    </message>
    <message>
        <source>Life on land</source>
        <translation>الحياة في البر</translation>
    </message>
    <message>
        <source>Peace, justice and strong institutions</source>
        <translation>السلام والعدل والمؤسسات القوية</translation>
    </message>
    <message>
        <source>Partnerships for the goals</source>
        <translation>عقد الشراكات لتحقيق الأهداف</translation>
    </message>
    <message>
        <source>Eradicate extreme poverty (people living on less than $1.25 a day) everywhere</source>
        <translation>القضاء على الفقر المدقع (الذي يُقاس بعدد الأشخاص الذين يعيشون بأقل من 1.25 دولار في اليوم) للناس أجمعين أينما كانوا</translation>
    </message>
    <message>
        <source>Reduce at least by half the proportion of people living in poverty in all its dimensions</source>
        <translation>تخفيض نسبة من يعانون الفقر بجميع أبعاده بمقدار النصف على الأقل</translation>
    </message>
    <message>
        <source>Implement social protection systems and measures for all, including floors</source>
        <translation>تنفيذ نظم وتدابير ملائمة للحماية الاجتماعية للجميع، ووضع حدود دنيا لها</translation>
    </message>
    <message>
        <source>Equal rights to economic resources, basic services, land, property and financial services</source>
        <translation>كفالة نفس الحقوق في الحصول على الموارد الاقتصادية والخدمات الأساسية وامتلاك الأراضي وغيرها من أشكال الملكية والخدمات المالية</translation>
    </message>
    <message>
        <source>Build resilience of the poor and vulnerable to climate-related extremes and disasters</source>
        <translation>بناء قدرة الفقراء والفئات الضعيفة على الصمود في مواجهة الظواهر المتطرفة المتصلة بالمناخ والكوارث</translation>
    </message>
    <message>
        <source>Mobilize resources for programmes and policies to end poverty in all its dimensions</source>
        <translation>حشد الموارد لتنفيذ برامج وسياسات ترمي إلى القضاء على الفقر بجميع أبعاده</translation>
    </message>
    <message>
        <source>Create sound policy frameworks based on pro-poor, gender-sensitive development strategies</source>
        <translation>وضع أطر سياساتية سليمة استنادًا إلى استراتيجيات إنمائية مراعية لمصالح الفقراء ومراعية للمنظور الجنساني</translation>
    </message>
    <message>
        <source>End hunger and ensure access to safe, nutritious and sufficient food all year round</source>
        <translation>القضاء على الجوع وكفالة حصول الجميع على ما يكفيهم من الغذاء المأمون والمغذّي طوال العام</translation>
    </message>
    <message>
        <source>End all forms of malnutrition, including stunting and wasting in children under 5</source>
        <translation>إنهاء جميع أشكال سوء التغذية، بما في ذلك توقف النمو والهزال لدى الأطفال دون سن الخامسة</translation>
    </message>
    <message>
        <source>Double the agricultural productivity and incomes of small-scale food producers</source>
        <translation>مضاعفة الإنتاجية الزراعية ودخل صغار منتجي الأغذية</translation>
    </message>
    <message>
        <source>Ensure sustainable food production systems and implement resilient agricultural practices</source>
        <translation>كفالة وجود نظم إنتاج غذائي مستدامة، وتنفيذ ممارسات زراعية متينة</translation>
    </message>
    <message>
        <source>Maintain genetic diversity of seeds, plants and animals; share genetic resource benefits</source>
        <translation>الحفاظ على التنوع الجيني للبذور والنباتات والحيوانات؛ وتقاسم المنافع الناشئة عن استخدام الموارد الجينية</translation>
    </message>
    <message>
        <source>Increase investment in rural infrastructure, agricultural research, technology, gene banks</source>
        <translation>زيادة الاستثمار في الهياكل الأساسية الريفية والبحوث الزراعية وتطوير التكنولوجيا وبنوك الجينات</translation>
    </message>
    <message>
        <source>Correct and prevent trade restrictions and distortions in world agricultural markets</source>
        <translation>منع القيود المفروضة على التجارة وتصحيح التشوهات في الأسواق الزراعية العالمية</translation>
    </message>
    <message>
        <source>Ensure proper functioning of food commodity markets and access to market information</source>
        <translation>اعتماد تدابير لضمان سلامة أداء أسواق السلع الأساسية الغذائية وتيسير الحصول على المعلومات عن الأسواق</translation>
    </message>
    <message>
        <source>Reduce the global maternal mortality ratio to less than 70 per 100,000 live births</source>
        <translation>خفض النسبة العالمية للوفيات النفاسية إلى أقل من 70 حالة لكل 100,000 من المواليد الأحياء</translation>
    </message>
    <message>
        <source>End preventable deaths of newborns and children under 5 years of age</source>
        <translation>إنهاء وفيات المواليد والأطفال دون سن الخامسة التي يمكن تفاديها</translation>
    </message>
    <message>
        <source>End epidemics of AIDS, TB, malaria and neglected tropical diseases; combat hepatitis</source>
        <translation>القضاء على أوبئة الإيدز والسل والملاريا والأمراض المدارية المهملة؛ ومكافحة الالتهاب الكبدي الوبائي</translation>
    </message>
    <message>
        <source>Reduce premature mortality from non-communicable diseases by 1/3; promote mental health</source>
        <translation>خفض الوفيات المبكرة الناجمة عن الأمراض غير المعدية بمقدار الثلث؛ وتعزيز الصحة والسلامة العقليتين</translation>
    </message>
    <message>
        <source>Strengthen prevention and treatment of substance abuse, including drugs and alcohol</source>
        <translation>تعزيز الوقاية من إساءة استعمال المواد، بما في ذلك تعاطي المخدرات وتناول الكحول على نحو يضر بالصحة، وعلاج ذلك</translation>
    </message>
    <message>
        <source>Halve global deaths and injuries from road traffic accidents</source>
        <translation>خفض عدد الوفيات والإصابات الناجمة عن حوادث المرور على الصعيد العالمي إلى النصف</translation>
    </message>
    <message>
        <source>Ensure universal access to sexual and reproductive health-care services</source>
        <translation>ضمان حصول الجميع على خدمات رعاية الصحة الجنسية والإنجابية</translation>
    </message>
    <message>
        <source>Achieve universal health coverage, including financial risk protection</source>
        <translation>تحقيق التغطية الصحية الشاملة، بما في ذلك الحماية من المخاطر المالية</translation>
    </message>
    <message>
        <source>Reduce deaths and illnesses from hazardous chemicals and air, water and soil pollution</source>
        <translation>الحد من عدد الوفيات والأمراض الناجمة عن التعرض للمواد الكيميائية الخطرة وتلوث الهواء والماء والتربة</translation>
    </message>
    <message>
        <source>Strengthen implementation of the WHO Framework Convention on Tobacco Control</source>
        <translation>تعزيز تنفيذ اتفاقية منظمة الصحة العالمية الإطارية بشأن مكافحة التبغ</translation>
    </message>
    <message>
        <source>Support research and development of vaccines and medicines; access to affordable medicines</source>
        <translation>دعم البحث والتطوير في مجال اللقاحات والأدوية؛ وتوفير إمكانية الحصول على الأدوية بأسعار معقولة</translation>
    </message>
    <message>
        <source>Increase health financing and the health workforce in developing countries</source>
        <translation>زيادة تمويل قطاع الصحة والقوى العاملة فيه في البلدان النامية</translation>
    </message>
    <message>
        <source>Strengthen capacity for early warning, risk reduction and management of health risks</source>
        <translation>تعزيز القدرات في مجال الإنذار المبكر والحد من المخاطر وإدارة المخاطر الصحية</translation>
    </message>
    <message>
        <source>All girls and boys complete free, equitable, quality primary and secondary education</source>
        <translation>ضمان أن يتمتع جميع الفتيات والفتيان بتعليم ابتدائي وثانوي مجاني ومنصف وجيد</translation>
    </message>
    <message>
        <source>Ensure access to quality early childhood development, care and pre-primary education</source>
        <translation>كفالة فرص الحصول على نوعية جيدة من النماء والرعاية في مرحلة الطفولة المبكرة والتعليم قبل الابتدائي</translation>
    </message>
    <message>
        <source>Equal access to affordable technical, vocational and tertiary education, incl. university</source>
        <translation>تكافؤ فرص الحصول على التعليم التقني والمهني والتعليم العالي الجيد والميسور التكلفة، بما في ذلك التعليم الجامعي</translation>
    </message>
    <message>
        <source>Increase youth and adults with relevant skills for employment and entrepreneurship</source>
        <translation>زيادة عدد الشباب والكبار الذين تتوافر لديهم المهارات المناسبة للعمل ومباشرة الأعمال الحرة</translation>
    </message>
    <message>
        <source>Eliminate gender disparities in education and ensure equal access for the vulnerable</source>
        <translation>القضاء على التفاوت بين الجنسين في التعليم، وكفالة تكافؤ فرص الوصول إليه للفئات الضعيفة</translation>
    </message>
    <message>
        <source>Ensure all youth and a substantial proportion of adults achieve literacy and numeracy</source>
        <translation>كفالة أن يلمّ جميع الشباب ونسبة كبيرة من الكبار بالقراءة والكتابة والحساب</translation>
    </message>
    <message>
        <source>All learners acquire knowledge and skills needed to promote sustainable development</source>
        <translation>كفالة أن يكتسب جميع المتعلمين المعارف والمهارات اللازمة لدعم التنمية المستدامة</translation>
    </message>
    <message>
        <source>Build and upgrade education facilities that are child, disability and gender sensitive</source>
        <translation>بناء مرافق تعليمية تراعي الأطفال وذوي الإعاقة والفروق بين الجنسين، ورفع مستوى المرافق التعليمية القائمة</translation>
    </message>
    <message>
        <source>Expand scholarships available to developing countries for enrolment in higher education</source>
        <translation>التوسع في عدد المنح الدراسية المتاحة للبلدان النامية للالتحاق بالتعليم العالي</translation>
    </message>
    <message>
        <source>Increase the supply of qualified teachers, including through international cooperation</source>
        <translation>زيادة عدد المعلمين المؤهلين، بوسائل منها التعاون الدولي</translation>
    </message>
    <message>
        <source>End all forms of discrimination against all women and girls everywhere</source>
        <translation>القضاء على جميع أشكال التمييز ضد جميع النساء والفتيات في كل مكان</translation>
    </message>
    <message>
        <source>Eliminate all violence against women and girls, including trafficking and exploitation</source>
        <translation>القضاء على جميع أشكال العنف ضد جميع النساء والفتيات، بما في ذلك الاتجار بالبشر والاستغلال</translation>
    </message>
    <message>
        <source>Eliminate harmful practices such as child, early and forced marriage and FGM</source>
        <translation>القضاء على الممارسات الضارة، من قبيل زواج الأطفال والزواج المبكر والزواج القسري وتشويه الأعضاء التناسلية للإناث</translation>
    </message>
    <message>
        <source>Recognize and value unpaid care and domestic work</source>
        <translation>الاعتراف بأعمال الرعاية والعمل المنزلي غير المدفوعة الأجر وتقديرها</translation>
    </message>
    <message>
        <source>Ensure women&apos;s full participation and equal opportunities for leadership</source>
        <translation>كفالة المشاركة الكاملة للمرأة وفرصها المتساوية مع الرجل في شغل المناصب القيادية</translation>
    </message>
    <message>
        <source>Ensure universal access to sexual and reproductive health and reproductive rights</source>
        <translation>كفالة حصول الجميع على خدمات الصحة الجنسية والإنجابية وعلى الحقوق الإنجابية</translation>
    </message>
    <message>
        <source>Give women equal rights to economic resources, ownership of land and property, and finance</source>
        <translation>منح المرأة حقوقًا متساوية في الموارد الاقتصادية، وفي ملكية الأرض وغيرها من الممتلكات، وفي الخدمات المالية</translation>
    </message>
    <message>
        <source>Enhance the use of enabling technology, in particular ICT, to promote women&apos;s empowerment</source>
        <translation>تعزيز استخدام التكنولوجيا التمكينية، وبخاصة تكنولوجيا المعلومات والاتصالات، من أجل تعزيز تمكين المرأة</translation>
    </message>
    <message>
        <source>Adopt and strengthen sound policies and enforceable legislation for gender equality</source>
        <translation>اعتماد سياسات سليمة وتشريعات قابلة للإنفاذ وتعزيزها للنهوض بالمساواة بين الجنسين</translation>
    </message>
    <message>
        <source>Achieve universal and equitable access to safe and affordable drinking water for all</source>
        <translation>تحقيق هدف حصول الجميع على نحو منصف على مياه الشرب المأمونة والميسورة التكلفة</translation>
    </message>
    <message>
        <source>Achieve adequate and equitable sanitation and hygiene for all; end open defecation</source>
        <translation>تحقيق هدف حصول الجميع على نحو ملائم ومنصف على خدمات الصرف الصحي والنظافة الصحية؛ وإنهاء التغوط في العراء</translation>
    </message>
    <message>
        <source>Improve water quality: reduce pollution, halve untreated wastewater, increase reuse</source>
        <translation>تحسين نوعية المياه: الحد من التلوث، وخفض نسبة مياه المجاري غير المعالجة إلى النصف، وزيادة إعادة الاستخدام</translation>
    </message>
    <message>
        <source>Increase water-use efficiency and ensure sustainable withdrawals to address water scarcity</source>
        <translation>زيادة كفاءة استخدام المياه، وكفالة سحب المياه العذبة على نحو مستدام من أجل معالجة شح المياه</translation>
    </message>
    <message>
        <source>Implement integrated water resources management, including transboundary cooperation</source>
        <translation>تنفيذ الإدارة المتكاملة لموارد المياه، بوسائل منها التعاون العابر للحدود</translation>
    </message>
    <message>
        <source>Protect and restore water-related ecosystems (mountains, forests, wetlands, rivers, lakes)</source>
        <translation>حماية وترميم النظم الإيكولوجية المتصلة بالمياه (الجبال والغابات والأراضي الرطبة والأنهار والبحيرات)</translation>
    </message>
    <message>
        <source>Expand international cooperation and capacity-building for water and sanitation programmes</source>
        <translation>توسيع نطاق التعاون الدولي وتقديم الدعم في مجال بناء القدرات في البرامج المتصلة بالمياه والصرف الصحي</translation>
    </message>
    <message>
        <source>Support participation of local communities in water and sanitation management</source>
        <translation>دعم مشاركة المجتمعات المحلية في تحسين إدارة المياه والصرف الصحي</translation>
    </message>
    <message>
        <source>Ensure universal access to affordable, reliable and modern energy services</source>
        <translation>كفالة حصول الجميع بتكلفة ميسورة على خدمات الطاقة الحديثة الموثوقة</translation>
    </message>
    <message>
        <source>Increase substantially the share of renewable energy in the global energy mix</source>
        <translation>تحقيق زيادة كبيرة في حصة الطاقة المتجددة في مزيج الطاقة العالمي</translation>
    </message>
    <message>
        <source>Double the global rate of improvement in energy efficiency</source>
        <translation>مضاعفة المعدل العالمي للتحسن في كفاءة استخدام الطاقة</translation>
    </message>
    <message>
        <source>Enhance international cooperation on clean energy research, technology and investment</source>
        <translation>تعزيز التعاون الدولي في مجال بحوث الطاقة النظيفة وتكنولوجياتها والاستثمار فيها</translation>
    </message>
    <message>
        <source>Expand infrastructure and upgrade technology for modern energy in developing countries</source>
        <translation>توسيع نطاق الهياكل الأساسية وتحسين مستوى التكنولوجيا من أجل تقديم خدمات الطاقة الحديثة في البلدان النامية</translation>
    </message>
    <message>
        <source>Sustain per capita economic growth; at least 7% annual GDP growth in LDCs</source>
        <translation>الحفاظ على النمو الاقتصادي الفردي؛ ونمو الناتج المحلي الإجمالي بنسبة 7 في المائة على الأقل سنويًا في أقل البلدان نموًا</translation>
    </message>
    <message>
        <source>Higher economic productivity through diversification, technological upgrading, innovation</source>
        <translation>تحقيق مستويات أعلى من الإنتاجية الاقتصادية من خلال التنويع والارتقاء بمستوى التكنولوجيا والابتكار</translation>
    </message>
    <message>
        <source>Promote policies supporting productive activities, decent jobs, entrepreneurship and SMEs</source>
        <translation>تعزيز السياسات التي تدعم الأنشطة الإنتاجية وفرص العمل اللائق ومباشرة الأعمال الحرة والمشاريع المتناهية الصغر والصغيرة والمتوسطة الحجم</translation>
    </message>
    <message>
        <source>Improve resource efficiency and decouple economic growth from environmental degradation</source>
        <translation>تحسين الكفاءة في استخدام الموارد، والسعي إلى فصل النمو الاقتصادي عن التدهور البيئي</translation>
    </message>
    <message>
        <source>Full and productive employment and decent work for all; equal pay for work of equal value</source>
        <translation>تحقيق العمالة الكاملة والمنتجة وتوفير العمل اللائق للجميع؛ وتكافؤ الأجر لقاء العمل المتكافئ القيمة</translation>
    </message>
    <message>
        <source>Substantially reduce the proportion of youth not in employment, education or training</source>
        <translation>الحد بقدر كبير من نسبة الشباب غير الملتحقين بالعمالة أو التعليم أو التدريب</translation>
    </message>
    <message>
        <source>Eradicate forced labour, modern slavery, human trafficking and all forms of child labour</source>
        <translation>القضاء على السخرة والرق المعاصر والاتجار بالبشر وعمل الأطفال بجميع أشكاله</translation>
    </message>
    <message>
        <source>Protect labour rights and promote safe and secure working environments for all workers</source>
        <translation>حماية حقوق العمل وإيجاد بيئات عمل توفر السلامة والأمن لجميع العمال</translation>
    </message>
    <message>
        <source>Devise and implement policies to promote sustainable tourism that creates jobs</source>
        <translation>وضع وتنفيذ سياسات تهدف إلى تعزيز السياحة المستدامة التي توفر فرص العمل</translation>
    </message>
    <message>
        <source>Strengthen domestic financial institutions to expand access to banking and insurance</source>
        <translation>تعزيز قدرة المؤسسات المالية المحلية على توسيع نطاق الحصول على الخدمات المصرفية وخدمات التأمين</translation>
    </message>
    <message>
        <source>Increase Aid for Trade support for developing countries, in particular LDCs</source>
        <translation>زيادة دعم المعونة المقدمة من أجل التجارة للبلدان النامية، وبخاصة أقل البلدان نموًا</translation>
    </message>
    <message>
        <source>Develop a global strategy for youth employment and implement the ILO Global Jobs Pact</source>
        <translation>وضع استراتيجية عالمية لتشغيل الشباب وتنفيذ الميثاق العالمي لتوفير فرص العمل الصادر عن منظمة العمل الدولية</translation>
    </message>
    <message>
        <source>Develop quality, reliable, sustainable and resilient infrastructure</source>
        <translation>إقامة هياكل أساسية جيدة النوعية وموثوقة ومستدامة وقادرة على الصمود</translation>
    </message>
    <message>
        <source>Promote inclusive, sustainable industrialization; raise industry&apos;s share of jobs and GDP</source>
        <translation>تعزيز التصنيع الشامل للجميع والمستدام؛ وزيادة حصة الصناعة في العمالة وفي الناتج المحلي الإجمالي</translation>
    </message>
    <message>
        <source>Increase small-scale enterprises&apos; access to financial services and value chains</source>
        <translation>زيادة فرص حصول المشاريع الصناعية الصغيرة الحجم على الخدمات المالية وإدماجها في سلاسل القيمة</translation>
    </message>
    <message>
        <source>Upgrade infrastructure and retrofit industries to make them sustainable</source>
        <translation>تحسين الهياكل الأساسية وتحديث الصناعات لجعلها مستدامة</translation>
    </message>
    <message>
        <source>Enhance scientific research and upgrade technological capabilities of industrial sectors</source>
        <translation>تعزيز البحث العلمي وتحسين القدرات التكنولوجية في القطاعات الصناعية</translation>
    </message>
    <message>
        <source>Facilitate sustainable and resilient infrastructure development in developing countries</source>
        <translation>تيسير إنشاء هياكل أساسية مستدامة وقادرة على الصمود في البلدان النامية</translation>
    </message>
    <message>
        <source>Support domestic technology development, research and innovation in developing countries</source>
        <translation>دعم أنشطة التطوير والبحث والابتكار في التكنولوجيا المحلية في البلدان النامية</translation>
    </message>
    <message>
        <source>Increase access to ICT; universal, affordable Internet access in least developed countries</source>
        <translation>زيادة فرص الحصول على تكنولوجيا المعلومات والاتصالات؛ وتوفير فرص الوصول الشامل والميسور إلى شبكة الإنترنت في أقل البلدان نموًا</translation>
    </message>
    <message>
        <source>Achieve and sustain income growth of the bottom 40 per cent above the national average</source>
        <translation>تحقيق نمو الدخل لأدنى 40 في المائة من السكان ودعم استمراره بمعدل أعلى من المعدل المتوسط الوطني</translation>
    </message>
    <message>
        <source>Empower and promote the social, economic and political inclusion of all</source>
        <translation>تمكين وتعزيز الإدماج الاجتماعي والاقتصادي والسياسي للجميع</translation>
    </message>
    <message>
        <source>Ensure equal opportunity and reduce inequalities of outcome; end discriminatory laws</source>
        <translation>كفالة تكافؤ الفرص والحد من أوجه انعدام المساواة في النتائج؛ وإزالة القوانين التمييزية</translation>
    </message>
    <message>
        <source>Adopt fiscal, wage and social protection policies to achieve greater equality</source>
        <translation>اعتماد سياسات مالية وسياسات بشأن الأجور والحماية الاجتماعية، وتحقيق مزيد من المساواة</translation>
    </message>
    <message>
        <source>Improve the regulation and monitoring of global financial markets and institutions</source>
        <translation>تحسين تنظيم الأسواق والمؤسسات المالية العالمية ورصدها</translation>
    </message>
    <message>
        <source>Enhanced voice of developing countries in global economic and financial institutions</source>
        <translation>تعزيز تمثيل البلدان النامية وإسماع صوتها في المؤسسات الاقتصادية والمالية الدولية</translation>
    </message>
    <message>
        <source>Facilitate orderly, safe, regular and responsible migration and mobility of people</source>
        <translation>تيسير الهجرة وتنقل الأشخاص على نحو منظم وآمن ومنتظم ومتسم بالمسؤولية</translation>
    </message>
    <message>
        <source>Implement special and differential treatment for developing countries under WTO agreements</source>
        <translation>تنفيذ مبدأ المعاملة الخاصة والتفضيلية للبلدان النامية، بما يتماشى مع اتفاقات منظمة التجارة العالمية</translation>
    </message>
    <message>
        <source>Encourage development assistance and financial flows to States where the need is greatest</source>
        <translation>تشجيع المساعدة الإنمائية الرسمية والتدفقات المالية إلى الدول التي تشتد الحاجة فيها إليها</translation>
    </message>
    <message>
        <source>Reduce transaction costs of migrant remittances to less than 3 per cent</source>
        <translation>خفض تكاليف معاملات تحويلات المهاجرين إلى أقل من 3 في المائة</translation>
    </message>
    <message>
        <source>Adequate, safe and affordable housing and basic services for all; upgrade slums</source>
        <translation>كفالة حصول الجميع على مساكن وخدمات أساسية ملائمة وآمنة وميسورة التكلفة؛ ورفع مستوى الأحياء الفقيرة</translation>
    </message>
    <message>
        <source>Provide access to safe, affordable, accessible and sustainable transport systems for all</source>
        <translation>توفير إمكانية وصول الجميع إلى نظم نقل مأمونة وميسورة التكلفة ويسهل الوصول إليها ومستدامة</translation>
    </message>
    <message>
        <source>Enhance inclusive and sustainable urbanization and participatory settlement planning</source>
        <translation>تعزيز التوسع الحضري الشامل للجميع والمستدام، والقدرة على تخطيط المستوطنات البشرية على نحو قائم على المشاركة</translation>
    </message>
    <message>
        <source>Strengthen efforts to protect and safeguard the world&apos;s cultural and natural heritage</source>
        <translation>تعزيز الجهود الرامية إلى حماية وصون التراث الثقافي والطبيعي العالمي</translation>
    </message>
    <message>
        <source>Reduce deaths, people affected and economic losses caused by disasters</source>
        <translation>الحد من عدد الوفيات وعدد الأشخاص المتأثرين والخسائر الاقتصادية التي تحدث بسبب الكوارث</translation>
    </message>
    <message>
        <source>Reduce the per capita environmental impact of cities, incl. air quality and waste</source>
        <translation>الحد من الأثر البيئي السلبي الفردي للمدن، بطرق منها إيلاء اهتمام خاص لنوعية الهواء وإدارة النفايات</translation>
    </message>
    <message>
        <source>Provide universal access to safe, inclusive and accessible green and public spaces</source>
        <translation>توفير سبل استفادة الجميع من مساحات خضراء وأماكن عامة آمنة وشاملة للجميع ويمكن الوصول إليها</translation>
    </message>
    <message>
        <source>Support positive economic, social and environmental links between urban and rural areas</source>
        <translation>دعم الروابط الإيجابية الاقتصادية والاجتماعية والبيئية بين المناطق الحضرية والمناطق الريفية</translation>
    </message>
    <message>
        <source>Increase cities with integrated policies for inclusion, resilience and disaster risk</source>
        <translation>زيادة عدد المدن التي تعتمد سياسات متكاملة من أجل شمول الجميع والقدرة على الصمود وإدارة مخاطر الكوارث</translation>
    </message>
    <message>
        <source>Support LDCs in building sustainable and resilient buildings using local materials</source>
        <translation>دعم أقل البلدان نموًا في إقامة المباني المستدامة والقادرة على الصمود باستخدام المواد المحلية</translation>
    </message>
    <message>
        <source>Implement the 10-Year Framework of Programmes on Sustainable Consumption and Production</source>
        <translation>تنفيذ الإطار العشري للبرامج المتعلقة بأنماط الاستهلاك والإنتاج المستدامة</translation>
    </message>
    <message>
        <source>Achieve the sustainable management and efficient use of natural resources</source>
        <translation>تحقيق الإدارة المستدامة والاستخدام الكفؤ للموارد الطبيعية</translation>
    </message>
    <message>
        <source>Halve per capita global food waste and reduce food losses along supply chains</source>
        <translation>تخفيض نصيب الفرد من النفايات الغذائية العالمية بمقدار النصف، والحد من خسائر الأغذية في سلاسل الإمداد</translation>
    </message>
    <message>
        <source>Environmentally sound management of chemicals and all wastes throughout their life cycle</source>
        <translation>تحقيق الإدارة السليمة بيئيًا للمواد الكيميائية وجميع النفايات طوال دورة عمرها</translation>
    </message>
    <message>
        <source>Substantially reduce waste generation through prevention, reduction, recycling and reuse</source>
        <translation>الحد كثيرًا من إنتاج النفايات، من خلال المنع والتخفيض وإعادة التدوير وإعادة الاستعمال</translation>
    </message>
    <message>
        <source>Encourage companies to adopt sustainable practices and sustainability reporting</source>
        <translation>تشجيع الشركات على اعتماد ممارسات مستدامة، وإدراج معلومات الاستدامة في تقاريرها</translation>
    </message>
    <message>
        <source>Promote public procurement practices that are sustainable</source>
        <translation>تعزيز ممارسات الشراء العمومي المستدامة</translation>
    </message>
    <message>
        <source>Ensure people have information and awareness for sustainable development and lifestyles</source>
        <translation>كفالة أن تتوافر للناس المعلومات ذات الصلة والوعي بالتنمية المستدامة وأنماط العيش في وئام مع الطبيعة</translation>
    </message>
    <message>
        <source>Support developing countries&apos; science and technology for sustainable consumption</source>
        <translation>دعم البلدان النامية لتعزيز قدراتها العلمية والتكنولوجية للمضي قدمًا نحو أنماط استهلاك وإنتاج أكثر استدامة</translation>
    </message>
    <message>
        <source>Develop tools to monitor sustainable development impacts for sustainable tourism</source>
        <translation>وضع وتنفيذ أدوات لرصد تأثيرات السياحة المستدامة في التنمية المستدامة</translation>
    </message>
    <message>
        <source>Rationalize inefficient fossil-fuel subsidies that encourage wasteful consumption</source>
        <translation>ترشيد إعانات الوقود الأحفوري غير الفعالة التي تشجع على الإسراف في الاستهلاك</translation>
    </message>
    <message>
        <source>Strengthen resilience and adaptive capacity to climate hazards and natural disasters</source>
        <translation>تعزيز القدرة على الصمود في مواجهة المخاطر المرتبطة بالمناخ والكوارث الطبيعية، وتعزيز القدرة على التكيف معها</translation>
    </message>
    <message>
        <source>Integrate climate change measures into national policies, strategies and planning</source>
        <translation>إدماج التدابير المتعلقة بتغير المناخ في السياسات والاستراتيجيات والخطط الوطنية</translation>
    </message>
    <message>
        <source>Improve education, awareness and capacity on climate mitigation, adaptation, early warning</source>
        <translation>تحسين التعليم وإذكاء الوعي والقدرات بشأن التخفيف من تغير المناخ والتكيف معه والإنذار المبكر به</translation>
    </message>
    <message>
        <source>Mobilize $100 billion a year under the UNFCCC; capitalize the Green Climate Fund</source>
        <translation>تعبئة 100 بليون دولار سنويًا في إطار اتفاقية الأمم المتحدة الإطارية بشأن تغير المناخ؛ وتزويد الصندوق الأخضر للمناخ برأس المال</translation>
    </message>
    <message>
        <source>Raise capacity for climate change planning and management in LDCs and SIDS</source>
        <translation>تحسين مستوى قدرات التخطيط والإدارة المتعلقين بتغير المناخ في أقل البلدان نموًا والدول الجزرية الصغيرة النامية</translation>
    </message>
    <message>
        <source>Prevent and significantly reduce marine pollution of all kinds, including marine debris</source>
        <translation>منع التلوث البحري بجميع أنواعه والحد منه بقدر كبير، بما في ذلك الحطام البحري</translation>
    </message>
    <message>
        <source>Sustainably manage and protect marine and coastal ecosystems</source>
        <translation>إدارة النظم الإيكولوجية البحرية والساحلية على نحو مستدام وحمايتها</translation>
    </message>
    <message>
        <source>Minimize and address the impacts of ocean acidification</source>
        <translation>تقليل تحمض المحيطات إلى أدنى حد ومعالجة آثاره</translation>
    </message>
    <message>
        <source>Regulate harvesting and end overfishing, IUU and destructive fishing; restore fish stocks</source>
        <translation>تنظيم الصيد وإنهاء الصيد المفرط والصيد غير القانوني وغير المبلغ عنه وغير المنظم وممارسات الصيد المدمرة؛ وإعادة الأرصدة السمكية إلى ما كانت عليه</translation>
    </message>
    <message>
        <source>Conserve at least 10 per cent of coastal and marine areas</source>
        <translation>حفظ 10 في المائة على الأقل من المناطق الساحلية والبحرية</translation>
    </message>
    <message>
        <source>Prohibit fisheries subsidies that contribute to overcapacity, overfishing and IUU fishing</source>
        <translation>حظر إعانات مصائد الأسماك التي تسهم في الإفراط في قدرات الصيد وفي صيد الأسماك وفي الصيد غير المشروع وغير المبلغ عنه وغير المنظم</translation>
    </message>
    <message>
        <source>Increase economic benefits to SIDS and LDCs from the sustainable use of marine resources</source>
        <translation>زيادة الفوائد الاقتصادية التي تتحقق للدول الجزرية الصغيرة النامية وأقل البلدان نموًا من الاستخدام المستدام للموارد البحرية</translation>
    </message>
    <message>
        <source>Increase scientific knowledge, develop research capacity and transfer marine technology</source>
        <translation>زيادة المعارف العلمية، وتطوير قدرات البحث، ونقل التكنولوجيا البحرية</translation>
    </message>
    <message>
        <source>Provide access for small-scale artisanal fishers to marine resources and markets</source>
        <translation>تيسير وصول صغار الصيادين الحرفيين إلى الموارد البحرية والأسواق</translation>
    </message>
    <message>
        <source>Enhance conservation and sustainable use of oceans by implementing UNCLOS</source>
        <translation>تعزيز حفظ المحيطات ومواردها واستخدامها استخدامًا مستدامًا بتنفيذ اتفاقية الأمم المتحدة لقانون البحار</translation>
    </message>
    <message>
        <source>Conserve, restore and sustainably use terrestrial and inland freshwater ecosystems</source>
        <translation>كفالة حفظ وترميم النظم الإيكولوجية البرية والنظم الإيكولوجية للمياه العذبة الداخلية واستخدامها على نحو مستدام</translation>
    </message>
    <message>
        <source>Sustainably manage forests, halt deforestation, restore forests, increase afforestation</source>
        <translation>تعزيز الإدارة المستدامة للغابات، ووقف إزالة الغابات، وترميم الغابات المتدهورة، وزيادة التشجير</translation>
    </message>
    <message>
        <source>Combat desertification, restore degraded land and soil; land degradation neutrality</source>
        <translation>مكافحة التصحر، وترميم الأراضي والتربة المتدهورة؛ والسعي إلى تحقيق عالم خالٍ من ظاهرة تدهور الأراضي</translation>
    </message>
    <message>
        <source>Ensure the conservation of mountain ecosystems, including their biodiversity</source>
        <translation>كفالة حفظ النظم الإيكولوجية الجبلية، بما في ذلك تنوعها البيولوجي</translation>
    </message>
    <message>
        <source>Reduce habitat degradation, halt biodiversity loss and prevent extinction of species</source>
        <translation>الحد من تدهور الموائل الطبيعية، ووقف فقدان التنوع البيولوجي، ومنع انقراض الأنواع</translation>
    </message>
    <message>
        <source>Fair and equitable sharing of benefits from genetic resources and appropriate access</source>
        <translation>التقاسم العادل والمنصف للمنافع الناشئة عن استخدام الموارد الجينية، والسبل المناسبة للوصول إليها</translation>
    </message>
    <message>
        <source>End poaching and trafficking of protected species; address illegal wildlife products</source>
        <translation>وقف الصيد غير المشروع للأنواع المحمية والاتجار بها؛ والتصدي لمنتجات الأحياء البرية غير المشروعة</translation>
    </message>
    <message>
        <source>Prevent the introduction and reduce the impact of invasive alien species</source>
        <translation>منع إدخال الأنواع الغريبة الغازية وتقليل أثرها إلى حد كبير</translation>
    </message>
    <message>
        <source>Integrate ecosystem and biodiversity values into national and local planning</source>
        <translation>إدماج قيم النظم الإيكولوجية والتنوع البيولوجي في عمليات التخطيط على الصعيدين الوطني والمحلي</translation>
    </message>
    <message>
        <source>Mobilize and increase financial resources to conserve and sustainably use biodiversity</source>
        <translation>حشد الموارد المالية وزيادتها بغرض حفظ التنوع البيولوجي واستخدامه استخدامًا مستدامًا</translation>
    </message>
    <message>
        <source>Mobilize resources to finance sustainable forest management in developing countries</source>
        <translation>حشد الموارد بغرض تمويل الإدارة المستدامة للغابات في البلدان النامية</translation>
    </message>
    <message>
        <source>Enhance global support to combat poaching and trafficking of protected species</source>
        <translation>تعزيز الدعم العالمي للجهود الرامية إلى مكافحة الصيد غير المشروع للأنواع المحمية والاتجار بها</translation>
    </message>
    <message>
        <source>Significantly reduce all forms of violence and related death rates everywhere</source>
        <translation>الحد بدرجة كبيرة من جميع أشكال العنف وما يتصل به من معدلات الوفيات في كل مكان</translation>
    </message>
    <message>
        <source>End abuse, exploitation, trafficking and all violence against and torture of children</source>
        <translation>إنهاء ما يتعرض له الأطفال من سوء المعاملة والاستغلال والاتجار بالبشر وجميع أشكال العنف والتعذيب</translation>
    </message>
    <message>
        <source>Promote the rule of law and ensure equal access to justice for all</source>
        <translation>تعزيز سيادة القانون وكفالة تكافؤ فرص وصول الجميع إلى العدالة</translation>
    </message>
    <message>
        <source>Reduce illicit financial and arms flows, recover stolen assets and combat organized crime</source>
        <translation>الحد من التدفقات غير المشروعة للأموال والأسلحة، واسترداد الأصول المسروقة، ومكافحة الجريمة المنظمة</translation>
    </message>
    <message>
        <source>Substantially reduce corruption and bribery in all their forms</source>
        <translation>الحد بقدر كبير من الفساد والرشوة بجميع أشكالهما</translation>
    </message>
    <message>
        <source>Develop effective, accountable and transparent institutions at all levels</source>
        <translation>إنشاء مؤسسات فعالة وشفافة وخاضعة للمساءلة على جميع المستويات</translation>
    </message>
    <message>
        <source>Responsive, inclusive, participatory and representative decision-making at all levels</source>
        <translation>كفالة اتخاذ القرارات على نحو مستجيب للاحتياجات وشامل للجميع وتشاركي وتمثيلي على جميع المستويات</translation>
    </message>
    <message>
        <source>Strengthen participation of developing countries in institutions of global governance</source>
        <translation>توسيع وتعزيز مشاركة البلدان النامية في مؤسسات الحوكمة العالمية</translation>
    </message>
    <message>
        <source>Provide legal identity for all, including birth registration</source>
        <translation>توفير هوية قانونية للجميع، بما في ذلك تسجيل المواليد</translation>
    </message>
    <message>
        <source>Ensure public access to information and protect fundamental freedoms</source>
        <translation>كفالة وصول الجمهور إلى المعلومات وحماية الحريات الأساسية</translation>
    </message>
    <message>
        <source>Strengthen national institutions to prevent violence and combat terrorism and crime</source>
        <translation>تعزيز المؤسسات الوطنية ذات الصلة لمنع العنف ومكافحة الإرهاب والجريمة</translation>
    </message>
    <message>
        <source>Promote and enforce non-discriminatory laws and policies for sustainable development</source>
        <translation>تعزيز القوانين والسياسات غير التمييزية وإنفاذها لتحقيق التنمية المستدامة</translation>
    </message>
    <message>
        <source>Strengthen domestic resource mobilization, incl. support for tax and revenue collection</source>
        <translation>تعزيز تعبئة الموارد المحلية، بوسائل تشمل تقديم الدعم لتحسين القدرات في مجال تحصيل الضرائب وغيرها من الإيرادات</translation>
    </message>
    <message>
        <source>Developed countries to fully implement their official development assistance commitments</source>
        <translation>قيام البلدان المتقدمة النمو بتنفيذ التزاماتها في مجال المساعدة الإنمائية الرسمية تنفيذًا كاملًا</translation>
    </message>
    <message>
        <source>Mobilize additional financial resources for developing countries from multiple sources</source>
        <translation>حشد موارد مالية إضافية من مصادر متعددة من أجل البلدان النامية</translation>
    </message>
    <message>
        <source>Assist developing countries in attaining long-term debt sustainability</source>
        <translation>مساعدة البلدان النامية في تحقيق القدرة على تحمل الديون على المدى الطويل</translation>
    </message>
    <message>
        <source>Adopt and implement investment promotion regimes for least developed countries</source>
        <translation>اعتماد نظم لتشجيع الاستثمار لأقل البلدان نموًا وتنفيذها</translation>
    </message>
    <message>
        <source>Enhance North-South, South-South and triangular cooperation on science and technology</source>
        <translation>تعزيز التعاون بين الشمال والجنوب وفي ما بين بلدان الجنوب والتعاون الثلاثي في ما يتعلق بالعلوم والتكنولوجيا</translation>
    </message>
    <message>
        <source>Promote environmentally sound technologies to developing countries</source>
        <translation>تعزيز تطوير تكنولوجيات سليمة بيئيًا ونقلها ونشرها وتعميمها في البلدان النامية</translation>
    </message>
    <message>
        <source>Operationalize the technology bank for LDCs and enhance the use of ICT</source>
        <translation>التفعيل الكامل لبنك التكنولوجيا لصالح أقل البلدان نموًا، وتعزيز استخدام تكنولوجيا المعلومات والاتصالات</translation>
    </message>
    <message>
        <source>Enhance international support for targeted capacity-building in developing countries</source>
        <translation>تعزيز الدعم الدولي لتنفيذ بناء القدرات في البلدان النامية تنفيذًا فعالًا ومحدد الأهداف</translation>
    </message>
    <message>
        <source>Promote a universal, rules-based, open, equitable multilateral trading system (WTO)</source>
        <translation>تعزيز نظام تجاري متعدد الأطراف عالمي وقائم على القواعد ومفتوح ومنصف في إطار منظمة التجارة العالمية</translation>
    </message>
    <message>
        <source>Significantly increase developing country exports; double LDCs&apos; share of global exports</source>
        <translation>تحقيق زيادة كبيرة في صادرات البلدان النامية؛ ومضاعفة حصة أقل البلدان نموًا من الصادرات العالمية</translation>
    </message>
    <message>
        <source>Realize timely implementation of duty-free and quota-free market access for all LDCs</source>
        <translation>تحقيق التنفيذ المناسب التوقيت لوصول منتجات جميع أقل البلدان نموًا إلى الأسواق بدون رسوم جمركية أو حصص مفروضة</translation>
    </message>
    <message>
        <source>Enhance global macroeconomic stability, incl. through policy coordination and coherence</source>
        <translation>تعزيز استقرار الاقتصاد الكلي على الصعيد العالمي، بوسائل تشمل تنسيق السياسات وتحقيق اتساقها</translation>
    </message>
    <message>
        <source>Enhance policy coherence for sustainable development</source>
        <translation>تعزيز اتساق السياسات لأغراض التنمية المستدامة</translation>
    </message>
    <message>
        <source>Respect each country&apos;s policy space and leadership for poverty eradication and development</source>
        <translation>احترام الهامش السياساتي والقيادة لكل بلد لوضع وتنفيذ سياسات للقضاء على الفقر وتحقيق التنمية المستدامة</translation>
    </message>
    <message>
        <source>Enhance the Global Partnership for Sustainable Development; multi-stakeholder partnerships</source>
        <translation>تعزيز الشراكة العالمية من أجل تحقيق التنمية المستدامة، وتكميلها بشراكات بين أصحاب المصلحة المتعددين</translation>
    </message>
    <message>
        <source>Encourage and promote effective public, public-private and civil society partnerships</source>
        <translation>تشجيع وتعزيز الشراكات العامة والشراكات بين القطاع العام والقطاع الخاص وشراكات المجتمع المدني الفعالة</translation>
    </message>
    <message>
        <source>Enhance capacity-building to increase high-quality, timely, reliable disaggregated data</source>
        <translation>تعزيز تقديم الدعم لبناء القدرات لتحقيق زيادة كبيرة في توافر بيانات عالية الجودة ومناسبة التوقيت وموثوقة ومفصلة</translation>
    </message>
    <message>
        <source>Develop measurements of progress on sustainable development that complement GDP</source>
        <translation>وضع مقاييس للتقدم المحرز في تحقيق التنمية المستدامة تكمل الناتج المحلي الإجمالي</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Female</source>
        <translation>الإناث</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>الذكور</translation>
    </message>
    <message>
        <source>Other or unknown</source>
        <translation>غير ذلك أو غير معروف</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation>المتعهد به</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>الملتزم به</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>المقبوض</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>المنفق</translation>
    </message>
    <message>
        <source>Children</source>
        <extracomment>Targeted then reached, always in these colours (the Dashboard uses them too). A pie slice under this share gets no percentage label (it would read &quot;0 %&quot;).</extracomment>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>الشباب</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>البالغون</translation>
    </message>
    <message>
        <source>Older persons</source>
        <translation>كبار السن</translation>
    </message>
    <message>
        <source>How the figures count. People: an initiative reports its people for each period, and the same people are often reported again in the next period, so for each initiative and group only one period counts, the one with the highest figure (of two equal periods, the later one); these are added up across initiatives and groups, so someone counted in two periods is counted once. Targeted and reached are chosen separately. Indirect beneficiaries are never added to direct ones. Money: exact sums of the funding lines in USD at the rate each line used; pledged, committed, received and spent are separate figures.</source>
        <translation>طريقة العدّ. الأشخاص: تُبلغ كل مبادرة عن أعداد الأشخاص في كل فترة، وكثيرًا ما يُبلَّغ عن الأشخاص أنفسهم مرة أخرى في الفترة التالية، لذلك لا تُحتسب لكل مبادرة وفئة إلا فترة واحدة، هي الفترة ذات الرقم الأعلى (وإذا تساوت فترتان، فالفترة الأحدث)؛ ثم تُجمع هذه الأرقام على مستوى جميع المبادرات والفئات، وبذلك يُحتسب الشخص الذي عُدّ في فترتين مرة واحدة. ويُختار رقم المستهدَفين ورقم من تم الوصول إليهم كلٌّ على حدة. ولا يُضاف المستفيدون غير المباشرين إلى المستفيدين المباشرين أبدًا. الأموال: مجاميع دقيقة لبنود التمويل بـ USD وفق السعر الذي استخدمه كل بند؛ والمبالغ المتعهد بها والملتزم بها والمقبوضة والمنفقة أرقام منفصلة.</translation>
    </message>
    <message>
        <source>Portfolio KPIs — {scope}</source>
        <translation>مؤشرات الأداء الرئيسية للحافظة — {scope}</translation>
    </message>
    <message>
        <source>Portfolio KPIs</source>
        <translation>مؤشرات الأداء الرئيسية للحافظة</translation>
    </message>
    <message>
        <source>Fieldbook</source>
        <translation>Fieldbook</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الموجز</translation>
    </message>
    <message>
        <source>Filters: {filters} · generated {generated} by Fieldbook {version}</source>
        <translation>عوامل التصفية: {filters} · أُنشئ في {generated} بواسطة Fieldbook {version}</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>المبادرات</translation>
    </message>
    <message>
        <source>Countries supported</source>
        <translation>البلدان المدعومة</translation>
    </message>
    <message>
        <source>Cities supported</source>
        <translation>المدن المدعومة</translation>
    </message>
    <message>
        <source>Beneficiaries reached (direct)</source>
        <translation>المستفيدون الذين تم الوصول إليهم (مباشر)</translation>
    </message>
    <message>
        <source>Beneficiaries targeted (direct)</source>
        <translation>المستفيدون المستهدَفون (مباشر)</translation>
    </message>
    <message>
        <source>Funds received, USD</source>
        <translation>الأموال المقبوضة، USD</translation>
    </message>
    <message>
        <source>Funds committed, USD</source>
        <translation>الأموال الملتزم بها، USD</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation>بلدان الشركاء</translation>
    </message>
    <message>
        <source>Knowledge products</source>
        <translation>المنتجات المعرفية</translation>
    </message>
    <message>
        <source>SDGs touched (of 17)</source>
        <translation>أهداف التنمية المستدامة المشمولة (من أصل 17)</translation>
    </message>
    <message>
        <source>SDG targets touched (of 169)</source>
        <translation>غايات أهداف التنمية المستدامة المشمولة (من أصل 169)</translation>
    </message>
    <message>
        <source>Initiatives by status</source>
        <translation>المبادرات حسب الحالة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>المستفيدون</translation>
    </message>
    <message>
        <source>By group (direct)</source>
        <translation>حسب الفئة (مباشر)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>المستهدَفون</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>تم الوصول إليهم</translation>
    </message>
    <message>
        <source>By sex (direct)</source>
        <translation>حسب الجنس (مباشر)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>By age band (direct)</source>
        <translation>حسب الفئة العمرية (مباشر)</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>Other figures</source>
        <translation>أرقام أخرى</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Persons with disabilities (direct)</source>
        <translation>الأشخاص ذوو الإعاقة (مباشر)</translation>
    </message>
    <message>
        <source>Total (direct)</source>
        <translation>المجموع (مباشر)</translation>
    </message>
    <message>
        <source>Indirect beneficiaries</source>
        <translation>المستفيدون غير المباشرين</translation>
    </message>
    <message>
        <source>Targeted and reached by group (direct)</source>
        <translation>المستهدَفون ومن تم الوصول إليهم حسب الفئة (مباشر)</translation>
    </message>
    <message>
        <source>Targeted and reached by sex (direct)</source>
        <translation>المستهدَفون ومن تم الوصول إليهم حسب الجنس (مباشر)</translation>
    </message>
    <message>
        <source>Targeted and reached by age band (direct)</source>
        <translation>المستهدَفون ومن تم الوصول إليهم حسب الفئة العمرية (مباشر)</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>الأموال</translation>
    </message>
    <message>
        <source>USD by transaction type</source>
        <translation>المبالغ بـ USD حسب نوع المعاملة</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>المعاملة</translation>
    </message>
    <message>
        <source>Received by source type</source>
        <translation>المقبوض حسب نوع المصدر</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>نوع المصدر</translation>
    </message>
    <message>
        <source>Received by modality</source>
        <translation>المقبوض حسب طريقة التمويل</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>طريقة التمويل</translation>
    </message>
    <message>
        <source>Pledged, committed, received, spent (USD)</source>
        <translation>المتعهد به والملتزم به والمقبوض والمنفق (USD)</translation>
    </message>
    <message>
        <source>Partners by type</source>
        <translation>الشركاء حسب النوع</translation>
    </message>
    <message>
        <source>Partner type</source>
        <translation>نوع الشريك</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>الشراكات</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Record id</source>
        <extracomment>Excel refuses longer cell text; nothing longer may be stored, or a package could not carry it. Fields every exchanged record carries (see db.models.Record).</extracomment>
        <translation>معرّف السجل</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>رقم المراجعة</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>تاريخ الإنشاء (UTC)</translation>
    </message>
    <message>
        <source>Updated (UTC)</source>
        <translation>تاريخ التحديث (UTC)</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Targeted: total</source>
        <extracomment>The count fields&apos; labels, written out so that each is a message of its own to translate.</extracomment>
        <translation>المستهدَفون: المجموع</translation>
    </message>
    <message>
        <source>Targeted: female</source>
        <translation>المستهدَفون: الإناث</translation>
    </message>
    <message>
        <source>Targeted: male</source>
        <translation>المستهدَفون: الذكور</translation>
    </message>
    <message>
        <source>Targeted: other</source>
        <translation>المستهدَفون: غير ذلك</translation>
    </message>
    <message>
        <source>Targeted: children</source>
        <translation>المستهدَفون: الأطفال</translation>
    </message>
    <message>
        <source>Targeted: youth</source>
        <translation>المستهدَفون: الشباب</translation>
    </message>
    <message>
        <source>Targeted: adults</source>
        <translation>المستهدَفون: البالغون</translation>
    </message>
    <message>
        <source>Targeted: older</source>
        <translation>المستهدَفون: كبار السن</translation>
    </message>
    <message>
        <source>Targeted: pwd</source>
        <translation>المستهدَفون: ذوو الإعاقة</translation>
    </message>
    <message>
        <source>Reached: total</source>
        <translation>تم الوصول إليهم: المجموع</translation>
    </message>
    <message>
        <source>Reached: female</source>
        <translation>تم الوصول إليهم: الإناث</translation>
    </message>
    <message>
        <source>Reached: male</source>
        <translation>تم الوصول إليهم: الذكور</translation>
    </message>
    <message>
        <source>Reached: other</source>
        <translation>تم الوصول إليهم: غير ذلك</translation>
    </message>
    <message>
        <source>Reached: children</source>
        <translation>تم الوصول إليهم: الأطفال</translation>
    </message>
    <message>
        <source>Reached: youth</source>
        <translation>تم الوصول إليهم: الشباب</translation>
    </message>
    <message>
        <source>Reached: adults</source>
        <translation>تم الوصول إليهم: البالغون</translation>
    </message>
    <message>
        <source>Reached: older</source>
        <translation>تم الوصول إليهم: كبار السن</translation>
    </message>
    <message>
        <source>Reached: pwd</source>
        <translation>تم الوصول إليهم: ذوو الإعاقة</translation>
    </message>
    <message>
        <source>targeted</source>
        <extracomment>Words a message is made of, besides its template: translated with it.</extracomment>
        <translation>المستهدَفون</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>تم الوصول إليهم</translation>
    </message>
    <message>
        <source>sex and age band</source>
        <translation>الجنس والفئة العمرية</translation>
    </message>
    <message>
        <source>active</source>
        <translation>نشطة</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>initiative</source>
        <translation>مبادرة</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>شريك</translation>
    </message>
    <message>
        <source>pledge</source>
        <translation>تعهد</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>التزام</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>أموال واردة</translation>
    </message>
    <message>
        <source>expenditure</source>
        <translation>إنفاق</translation>
    </message>
    <message>
        <source>Office code</source>
        <extracomment>What each entity holds beyond its identity, in the order people read it.</extracomment>
        <translation>رمز المكتب</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>اسم المكتب</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>العملة الافتراضية</translation>
    </message>
    <message>
        <source>Language of its packages</source>
        <translation>لغة حزمه</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Admin area (level 1)</source>
        <translation>المنطقة الإدارية (المستوى 1)</translation>
    </message>
    <message>
        <source>City or locality</source>
        <translation>المدينة أو البلدة</translation>
    </message>
    <message>
        <source>Flagship programme</source>
        <translation>البرنامج الرئيسي</translation>
    </message>
    <message>
        <source>Subprogramme</source>
        <translation>البرنامج الفرعي</translation>
    </message>
    <message>
        <source>Flagship outcome</source>
        <translation>نتيجة البرنامج الرئيسي</translation>
    </message>
    <message>
        <source>Crisis context</source>
        <translation>سياق الأزمة</translation>
    </message>
    <message>
        <source>SDG targets</source>
        <translation>غايات أهداف التنمية المستدامة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>الاسم المختصر</translation>
    </message>
    <message>
        <source>Partner type</source>
        <translation>نوع الشريك</translation>
    </message>
    <message>
        <source>Initiative id</source>
        <translation>معرّف المبادرة</translation>
    </message>
    <message>
        <source>Partner id</source>
        <translation>معرّف الشريك</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Direct or indirect</source>
        <translation>مباشر أو غير مباشر</translation>
    </message>
    <message>
        <source>Funder id</source>
        <translation>معرّف الجهة المموِّلة</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>نوع المصدر</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>طريقة التمويل</translation>
    </message>
    <message>
        <source>Transaction type</source>
        <translation>نوع المعاملة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>USD rate</source>
        <translation>سعر الصرف مقابل USD</translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation>المبلغ (USD)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>{value!r} is not a whole number</source>
        <extracomment>Rows that depend on another record: field → the entity it points to. Digits a decimal may have before the point, and after it: what a decimal context of 28 digits writes out exactly. Beyond, writing the number (the digest, the store) fails (1E+300) or needs unbounded memory (1E-999999999999).</extracomment>
        <translation>القيمة {value!r} ليست عددًا صحيحًا</translation>
    </message>
    <message>
        <source>{value!r} is not a number</source>
        <translation>القيمة {value!r} ليست رقمًا</translation>
    </message>
    <message>
        <source>{value!r} is out of range: a number has at most 28 digits before and after the decimal point</source>
        <translation>القيمة {value!r} خارج النطاق: لا يتجاوز الرقم 28 خانة قبل الفاصلة العشرية و28 خانة بعدها</translation>
    </message>
    <message>
        <source>{value!r} has a time of day; give a date</source>
        <translation>القيمة {value!r} تتضمن وقتًا من اليوم؛ أدخل تاريخًا فقط</translation>
    </message>
    <message>
        <source>{value!r} is not a date (write YYYY-MM-DD)</source>
        <translation>القيمة {value!r} ليست تاريخًا (اكتب YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>{value!r} is not a date and time</source>
        <translation>القيمة {value!r} ليست تاريخًا ووقتًا</translation>
    </message>
    <message>
        <source>{value!r} is not a record id (UUID)</source>
        <translation>القيمة {value!r} ليست معرّف سجل (UUID)</translation>
    </message>
    <message>
        <source>Revision must be 1 or more</source>
        <translation>يجب أن يكون رقم المراجعة 1 أو أكثر</translation>
    </message>
    <message>
        <source>No {target} with id {value} in this package or store</source>
        <translation>لا يوجد سجل {target} بالمعرّف {value} في هذه الحزمة أو في مخزن البيانات</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <extracomment>Fields with an error of their own (set once the field checks are done): rules using them stay silent.</extracomment>
        <translation>الحقل «{label}» مطلوب</translation>
    </message>
    <message>
        <source>{label} has a value of the wrong kind</source>
        <translation>قيمة الحقل «{label}» من نوع غير صحيح</translation>
    </message>
    <message>
        <source>{label} is longer than {limit} characters</source>
        <translation>يتجاوز الحقل «{label}» الحد الأقصى لعدد الأحرف ({limit})</translation>
    </message>
    <message>
        <source>Not in the list of {label}: {codes}</source>
        <translation>غير موجود في قائمة «{label}»: {codes}</translation>
    </message>
    <message>
        <source>{label} cannot be negative</source>
        <translation>لا يمكن أن تكون قيمة الحقل «{label}» سالبة</translation>
    </message>
    <message>
        <source>a country code</source>
        <extracomment>What one code of each list is, with its article, as a message says it: &quot;&apos;Kenya&apos; is not a country code&quot;.</extracomment>
        <translation>رمز بلد</translation>
    </message>
    <message>
        <source>a region code</source>
        <translation>رمز منطقة</translation>
    </message>
    <message>
        <source>a currency code</source>
        <translation>رمز عملة</translation>
    </message>
    <message>
        <source>a language code</source>
        <translation>رمز لغة</translation>
    </message>
    <message>
        <source>a flagship programme code</source>
        <translation>رمز برنامج رئيسي</translation>
    </message>
    <message>
        <source>a subprogramme code</source>
        <translation>رمز برنامج فرعي</translation>
    </message>
    <message>
        <source>a flagship outcome code</source>
        <translation>رمز نتيجة برنامج رئيسي</translation>
    </message>
    <message>
        <source>an initiative status</source>
        <translation>حالة مبادرة</translation>
    </message>
    <message>
        <source>a crisis context code</source>
        <translation>رمز سياق أزمة</translation>
    </message>
    <message>
        <source>a beneficiary group code</source>
        <translation>رمز فئة مستفيدين</translation>
    </message>
    <message>
        <source>a reach type</source>
        <translation>نوع وصول</translation>
    </message>
    <message>
        <source>a partner type code</source>
        <translation>رمز نوع شريك</translation>
    </message>
    <message>
        <source>a partner role code</source>
        <translation>رمز دور شريك</translation>
    </message>
    <message>
        <source>a source type code</source>
        <translation>رمز نوع مصدر</translation>
    </message>
    <message>
        <source>a funding modality code</source>
        <translation>رمز طريقة تمويل</translation>
    </message>
    <message>
        <source>a transaction type</source>
        <translation>نوع معاملة</translation>
    </message>
    <message>
        <source>a knowledge product type code</source>
        <translation>رمز نوع منتج معرفي</translation>
    </message>
    <message>
        <source>an SDG target</source>
        <translation>غاية من غايات أهداف التنمية المستدامة</translation>
    </message>
    <message>
        <source>{value!r} is not {noun}</source>
        <translation>القيمة {value!r} ليست {noun}</translation>
    </message>
    <message>
        <source>{value!r} is not {noun}; did you mean {code} ({meaning})?</source>
        <translation>القيمة {value!r} ليست {noun}؛ هل تقصد {code} ({meaning})؟</translation>
    </message>
    <message>
        <source>The end date {end} is before the start date {start}</source>
        <extracomment>How alike (difflib&apos;s ratio) a value and a code or label must be for the code to be suggested, and how long the value must be: below three characters every code is about as near as any other (is &quot;UK&quot; UKR?). A value longer than this is no code or label mistyped (the longest label has 90 characters): no guess, none kept.</extracomment>
        <translation>تاريخ الانتهاء {end} يسبق تاريخ البدء {start}</translation>
    </message>
    <message>
        <source>An office code has 2–16 capital letters, digits or hyphens, such as KEN-NBO</source>
        <translation>يتكون رمز المكتب من 2 إلى 16 حرفًا لاتينيًا كبيرًا أو رقمًا أو شرطة، مثل KEN-NBO</translation>
    </message>
    <message>
        <source>An {status} initiative should have a start date</source>
        <translation>ينبغي أن يكون للمبادرة ذات الحالة «{status}» تاريخ بدء</translation>
    </message>
    <message>
        <source>A completed initiative should have an end date</source>
        <translation>ينبغي أن يكون للمبادرة المكتملة تاريخ انتهاء</translation>
    </message>
    <message>
        <source>Link the initiative to a flagship programme or a subprogramme so it counts in reports</source>
        <translation>اربط المبادرة ببرنامج رئيسي أو ببرنامج فرعي حتى تُحتسب في التقارير</translation>
    </message>
    <message>
        <source>sex</source>
        <extracomment>(kind, total field, [(parts&apos; fields, first part&apos;s field, what)], pwd field) for the sum rules.</extracomment>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>age band</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>{value!r} is not a period: write 2023-H2, 2023-Q3 or 2023</source>
        <translation>القيمة {value!r} ليست فترة: اكتب 2023-H2 أو 2023-Q3 أو 2023</translation>
    </message>
    <message>
        <source>Write the period as {code}</source>
        <translation>اكتب الفترة بالشكل {code}</translation>
    </message>
    <message>
        <source>Period {period} is outside the initiative&apos;s dates</source>
        <translation>الفترة {period} تقع خارج تواريخ المبادرة</translation>
    </message>
    <message>
        <source>Persons with disabilities ({pwd}) cannot be more than the {kind} total ({total})</source>
        <translation>لا يمكن أن يزيد عدد الأشخاص ذوي الإعاقة ({pwd}) على مجموع «{kind}» ({total})</translation>
    </message>
    <message>
        <source>Give a targeted or a reached total</source>
        <translation>أدخل مجموع المستهدَفين أو مجموع من تم الوصول إليهم</translation>
    </message>
    <message>
        <source>Reached ({reached}) is more than targeted ({targeted}); check both</source>
        <translation>عدد من تم الوصول إليهم ({reached}) أكبر من عدد المستهدَفين ({targeted})؛ تحقق من الرقمين</translation>
    </message>
    <message>
        <source>Give the {kind} total: its parts by {what} are given</source>
        <translation>أدخل مجموع «{kind}»: فقد أُدخلت أجزاؤه حسب {what}</translation>
    </message>
    <message>
        <source>The {kind} total {total} differs from female + male + other = {sum} (and from the age groups, also {sum}): correct the total</source>
        <translation>مجموع «{kind}» البالغ {total} يختلف عن الإناث + الذكور + غير ذلك = {sum} (ويختلف أيضًا عن مجموع الفئات العمرية البالغ {sum}): صحّح المجموع</translation>
    </message>
    <message>
        <source>The {kind} counts by {what} add up to {sum}, but the total and the counts by {other} are {total}: correct the counts by {what}</source>
        <translation>مجموع أعداد «{kind}» حسب {what} هو {sum}، لكن المجموع الكلي والأعداد حسب {other} تساوي {total}: صحّح الأعداد حسب {what}</translation>
    </message>
    <message>
        <source>The {kind} counts by {what} add up to {sum}, more than the total {total}</source>
        <translation>مجموع أعداد «{kind}» حسب {what} هو {sum}، وهو أكبر من المجموع الكلي {total}</translation>
    </message>
    <message>
        <source>The {kind} counts by {what} add up to {sum}, not the total {total}</source>
        <translation>مجموع أعداد «{kind}» حسب {what} هو {sum}، وهو لا يساوي المجموع الكلي {total}</translation>
    </message>
    <message>
        <source>{currency} amounts are whole numbers, without decimal places</source>
        <translation>مبالغ {currency} أعداد صحيحة، بدون خانات عشرية</translation>
    </message>
    <message>
        <source>{currency} amounts have 1 decimal place at most</source>
        <translation>لمبالغ {currency} خانة عشرية واحدة على الأكثر</translation>
    </message>
    <message>
        <source>{currency} amounts have {places} decimal places at most</source>
        <translation>الحد الأقصى للخانات العشرية في مبالغ {currency} هو {places}</translation>
    </message>
    <message>
        <source>The amount is zero</source>
        <translation>المبلغ صفر</translation>
    </message>
    <message>
        <source>A negative expenditure is a correction; check it</source>
        <translation>الإنفاق السالب يمثل تصحيحًا؛ تحقق منه</translation>
    </message>
    <message>
        <source>A pledge, commitment or incoming amount cannot be negative</source>
        <translation>لا يمكن أن يكون مبلغ التعهد أو الالتزام أو الأموال الواردة سالبًا</translation>
    </message>
    <message>
        <source>The USD rate must be more than zero</source>
        <translation>يجب أن يكون سعر الصرف مقابل USD أكبر من صفر</translation>
    </message>
    <message>
        <source>The USD rate of an amount in USD is 1</source>
        <translation>سعر الصرف مقابل USD لأي مبلغ مقوَّم بـ USD هو 1</translation>
    </message>
    <message>
        <source>USD amounts have 2 decimal places at most</source>
        <translation>لمبالغ USD خانتان عشريتان على الأكثر</translation>
    </message>
    <message>
        <source>Amount × rate is {expected} USD, not {usd}</source>
        <translation>المبلغ × السعر = {expected} USD، وليس {usd}</translation>
    </message>
    <message>
        <source>Name the funder of a {type}</source>
        <translation>حدد الجهة المموِّلة للمعاملة من نوع «{type}»</translation>
    </message>
    <message>
        <source>The date {date} is more than a year ahead</source>
        <translation>التاريخ {date} يتجاوز سنة واحدة في المستقبل</translation>
    </message>
    <message>
        <source>The link should start with https://</source>
        <translation>ينبغي أن يبدأ الرابط بـ https://</translation>
    </message>
    <message>
        <source>Over {factor}× the office&apos;s usual {currency} rate (1 {currency} = {usual} USD): typed the wrong way round?</source>
        <extracomment>How many times above or below the usual rate of its currency a line&apos;s USD rate may be before it is questioned. A rate typed the wrong way round (63.9 MZN per USD stored as USD per MZN) is off by the rate squared, thousands of times; a real year&apos;s swing, even a devaluation, rarely reaches five. Near parity (EUR, GBP, CHF) the two ways differ by less than this, and no warning can tell them apart.</extracomment>
        <translation>أعلى بأكثر من {factor}× من سعر {currency} المعتاد للمكتب (1 {currency} = {usual} USD): هل كُتب السعر بالاتجاه المعكوس؟</translation>
    </message>
    <message>
        <source>Under 1/{factor} of the office&apos;s usual {currency} rate (1 {currency} = {usual} USD): typed the wrong way round?</source>
        <translation>أقل من 1/{factor} من سعر {currency} المعتاد للمكتب (1 {currency} = {usual} USD): هل كُتب السعر بالاتجاه المعكوس؟</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>the disk is full</source>
        <extracomment>Partial files of versions before scratch folders (``.NAME.xlsx.part``) have no owner: removed once this old. What :func:`_disk_problem` finds: kinds of failure that have words of their own (the rest are the system&apos;s words).</extracomment>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>read-only file system</source>
        <translation>نظام ملفات للقراءة فقط</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>تم رفض الإذن</translation>
    </message>
    <message>
        <source>free some space on that disk and try again</source>
        <translation>حرّر بعض المساحة على ذلك القرص ثم حاول مرة أخرى</translation>
    </message>
    <message>
        <source>choose a folder you can write to</source>
        <translation>اختر مجلدًا يمكنك الكتابة فيه</translation>
    </message>
    <message>
        <source>check the folder and try again</source>
        <translation>تحقق من المجلد ثم حاول مرة أخرى</translation>
    </message>
    <message>
        <source>{count} rows would break foreign keys, first in table {table}</source>
        <extracomment>The PostgreSQL advisory lock a schema upgrade holds to its commit (&quot;fbschema&quot; in ASCII).</extracomment>
        <translation>عدد الصفوف التي ستُخلّ بالمفاتيح الخارجية: {count}، أولها في الجدول {table}</translation>
    </message>
    <message>
        <source>{path}: no such data file</source>
        <extracomment>A file of this name beside the executable of a built copy makes it portable (a USB stick). The data folder of a portable copy, beside the executable. Writes are refused: opened read-only, or (PostgreSQL) the database role may not write (:func:`read_only_text`).</extracomment>
        <translation>{path}: ملف البيانات غير موجود</translation>
    </message>
    <message>
        <source>{path} is already open in another Fieldbook window or process; close it there first</source>
        <translation>{path} مفتوح بالفعل في نافذة أو عملية أخرى من Fieldbook؛ أغلقه هناك أولًا</translation>
    </message>
    <message>
        <source>empty</source>
        <comment>a store with no schema yet</comment>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>{where} is not at this version&apos;s schema ({schema}); open it once in Fieldbook (or with a command that writes) to bring it up to date</source>
        <translation>{where} لا يستخدم مخطط هذا الإصدار ({schema})؛ افتحه مرة واحدة في Fieldbook (أو بأمر يكتب فيه) لتحديثه</translation>
    </message>
    <message>
        <source>this store is open read-only: your database role cannot write to it</source>
        <translation>مخزن البيانات هذا مفتوح للقراءة فقط: دورك في قاعدة البيانات لا يسمح بالكتابة فيه</translation>
    </message>
    <message>
        <source>this store is open read-only</source>
        <translation>مخزن البيانات هذا مفتوح للقراءة فقط</translation>
    </message>
    <message>
        <source>{path} is not a readable Fieldbook data file ({reason})</source>
        <translation>{path} ليس ملف بيانات Fieldbook قابلًا للقراءة ({reason})</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); restore a backup from Settings › Backups</source>
        <translation>{path} تالف ({problem})؛ استعد نسخة احتياطية من الإعدادات › النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>{path} is not a Fieldbook data file (a database with other tables: {tables}); check the path</source>
        <translation>{path} ليس ملف بيانات Fieldbook (قاعدة بيانات تحتوي على جداول أخرى: {tables})؛ تحقق من المسار</translation>
    </message>
    <message>
        <source>{path} holds no Fieldbook store; check the path, or import into it to create one</source>
        <translation>{path} لا يحتوي على مخزن بيانات Fieldbook؛ تحقق من المسار، أو استورد إليه لإنشاء مخزن</translation>
    </message>
    <message>
        <source>updating {path} failed ({reason}); the file was restored from {backup}</source>
        <translation>فشل تحديث {path} ({reason})؛ واستُعيد الملف من {backup}</translation>
    </message>
    <message>
        <source>creating the store at {where} failed ({reason}); nothing was changed</source>
        <translation>فشل إنشاء مخزن البيانات في {where} ({reason})؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>updating the store from schema {schema} at {where} failed ({reason}); nothing was changed</source>
        <translation>فشل تحديث مخزن البيانات من المخطط {schema} في {where} ({reason})؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>{path}: the snapshot taken before an import could not be written to {folder} ({reason}), so nothing was changed: {todo}</source>
        <translation>{path}: تعذرت كتابة اللقطة التي تُؤخذ قبل الاستيراد في {folder} ({reason})، ولذلك لم يتغير شيء: {todo}</translation>
    </message>
    <message>
        <source>{path}: the backup taken before updating it could not be written to {folder} ({reason}), so nothing was changed: {todo}</source>
        <translation>{path}: تعذرت كتابة النسخة الاحتياطية التي تُؤخذ قبل تحديثه في {folder} ({reason})، ولذلك لم يتغير شيء: {todo}</translation>
    </message>
    <message>
        <source>{path}: the backup could not be written to {folder} ({reason}), so nothing was changed: {todo}</source>
        <translation>{path}: تعذرت كتابة النسخة الاحتياطية في {folder} ({reason})، ولذلك لم يتغير شيء: {todo}</translation>
    </message>
    <message>
        <source>make that folder writable and try again</source>
        <translation>اجعل ذلك المجلد قابلًا للكتابة ثم حاول مرة أخرى</translation>
    </message>
    <message>
        <source>{path}: restoring {backup} failed ({reason}); the data file was left as it was</source>
        <translation>{path}: فشلت استعادة {backup} ({reason})؛ وبقي ملف البيانات كما كان</translation>
    </message>
    <message>
        <source>{path}: the disk is full; free some space on it and try again</source>
        <translation>{path}: القرص ممتلئ؛ حرّر بعض المساحة عليه ثم حاول مرة أخرى</translation>
    </message>
    <message>
        <source>{path}: Fieldbook cannot write in its folder {folder} ({reason}); it keeps a lock and a small index beside the data file: copy the file to a folder you can write to, or make this one writable</source>
        <translation>{path}: لا يستطيع Fieldbook الكتابة في مجلده {folder} ({reason})؛ إذ يحتفظ بملف قفل وفهرس صغير بجانب ملف البيانات: انسخ الملف إلى مجلد يمكنك الكتابة فيه، أو اجعل هذا المجلد قابلًا للكتابة</translation>
    </message>
    <message>
        <source>{path} is not a Fieldbook data file (it is empty); check the path, or restore a backup</source>
        <translation>{path} ليس ملف بيانات Fieldbook (فهو فارغ)؛ تحقق من المسار، أو استعد نسخة احتياطية</translation>
    </message>
    <message>
        <source>{where} was written by a newer version of Fieldbook (schema {schema}); this version knows up to {head}: install the newer version to open it</source>
        <translation>{where} كُتب بإصدار أحدث من Fieldbook (المخطط {schema})؛ وهذا الإصدار يعرف المخططات حتى {head}: ثبّت الإصدار الأحدث لفتحه</translation>
    </message>
    <message>
        <source>database {database} does not exist on the PostgreSQL server at {where}; check the name, or create it (createdb {database})</source>
        <translation>قاعدة البيانات {database} غير موجودة على خادم PostgreSQL في {where}؛ تحقق من الاسم، أو أنشئها (createdb {database})</translation>
    </message>
    <message>
        <source>the PostgreSQL server at {where} refused user {user} ({reason}); check the user name and password</source>
        <translation>رفض خادم PostgreSQL في {where} المستخدم {user} ({reason})؛ تحقق من اسم المستخدم وكلمة المرور</translation>
    </message>
    <message>
        <source>cannot reach the PostgreSQL server at {where}: {reason}; check the address and that the server runs</source>
        <translation>يتعذر الوصول إلى خادم PostgreSQL في {where}: {reason}؛ تحقق من العنوان ومن أن الخادم يعمل</translation>
    </message>
</context>
</TS>
