<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Fieldbook {version}</source>
        <extracomment>The help window of no main window (``show_help(None, …)``), kept so it is not collected while shown.</extracomment>
        <translation>Fieldbook {version}</translation>
    </message>
    <message>
        <source>Package format: {format}</source>
        <translation>数据包格式：{format}</translation>
    </message>
    <message>
        <source>Store schema: {schema}</source>
        <translation>数据存储架构：{schema}</translation>
    </message>
    <message>
        <source>Data file in use (schema {schema}):</source>
        <translation>正在使用的数据文件（架构 {schema}）：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>About Fieldbook</source>
        <translation>关于 Fieldbook</translation>
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
        <translation> （已更改，尚未保存）</translation>
    </message>
    <message>
        <source>✗ see below</source>
        <translation>✗ 见下文</translation>
    </message>
    <message>
        <source>⚠ see below</source>
        <translation>⚠ 见下文</translation>
    </message>
    <message>
        <source>✓ sums agree</source>
        <translation>✓ 合计一致</translation>
    </message>
</context>
<context>
    <name>BeneficiaryPage</name>
    <message>
        <source>Beneficiaries</source>
        <extracomment>Unsaved counts appeared or went away (the status bar tells the truth). What the grid shows (initiative, period, reach): where the pickers go back to when a move is cancelled. A record to show once its initiative is chosen: (initiative, period, reach) — a problem opened from the export dialog.</extracomment>
        <translation>受益人</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>报告期(&amp;P)</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>报告期</translation>
    </message>
    <message>
        <source>A half-year (2026-H2), a quarter (2026-Q4) or a year; the grid opens on the latest period with counts for the initiative</source>
        <translation>半年（2026-H2）、季度（2026-Q4）或年度；表格打开时显示该举措已有人数的最近一个报告期</translation>
    </message>
    <message>
        <source>&amp;Reach</source>
        <translation>惠及方式(&amp;R)</translation>
    </message>
    <message>
        <source>Direct or indirect</source>
        <translation>直接或间接</translation>
    </message>
    <message>
        <source>Beneficiary counts by group</source>
        <translation>按群体分列的受益人数</translation>
    </message>
    <message>
        <source>Problems in the counts</source>
        <translation>人数中的问题</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Revert unsaved counts</source>
        <translation>还原未保存的人数</translation>
    </message>
    <message>
        <source>&amp;Save counts</source>
        <translation>保存人数(&amp;S)</translation>
    </message>
    <message>
        <source>Save the changed rows (Ctrl+S)</source>
        <translation>保存已更改的行（Ctrl+S）</translation>
    </message>
    <message>
        <source>Save counts</source>
        <translation>保存人数</translation>
    </message>
    <message>
        <source>The beneficiary counts of {period}</source>
        <translation>{period} 的受益人数</translation>
    </message>
    <message>
        <source>Targeted {targeted} · reached {reached}</source>
        <translation>计划惠及 {targeted} · 实际惠及 {reached}</translation>
    </message>
    <message>
        <source>Edit beneficiary counts</source>
        <translation>编辑受益人数</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>未保存：{error}</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Code</source>
        <extracomment>Grows on every reset, so that a proxy knows its accepted set is stale. How many records the list holds before search and filters (the &quot;of N&quot; of the count under the list).</extracomment>
        <translation>代码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>City or locality</source>
        <translation>城市或地点</translation>
    </message>
    <message>
        <source>Flagship</source>
        <translation>旗舰方案</translation>
    </message>
    <message>
        <source>Subprogramme</source>
        <translation>次级方案</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>缩写</translation>
    </message>
    <message>
        <source>Partner type</source>
        <translation>合作伙伴类型</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>举措</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>举措</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>交易类型</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>出资方</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>来源类型</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>供资方式</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>USD rate</source>
        <translation>USD 汇率</translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation>金额（USD）</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考编号</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>{low}–{high} years</source>
        <translation>{low}–{high} 岁</translation>
    </message>
    <message>
        <source>{low} years and over</source>
        <translation>{low} 岁及以上</translation>
    </message>
    <message>
        <source>{band}: {years}. The four age bands add up to the total.</source>
        <translation>{band}：{years}。四个年龄段之和等于总数。</translation>
    </message>
    <message>
        <source>People of this sex; female, male and other add up to the total.</source>
        <translation>该性别的人数；女性、男性和其他之和等于总数。</translation>
    </message>
    <message>
        <source>Persons with disabilities, of any age or sex (part of the total).</source>
        <translation>残疾人，不分年龄或性别（包含在总数中）。</translation>
    </message>
    <message>
        <source>Everyone counted in this group.</source>
        <translation>该群体中计入的所有人。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总数</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女性</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男性</translation>
    </message>
    <message>
        <source>Other sex</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>青年</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>成年人</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>老年人</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>残疾人</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>计划惠及</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>实际惠及</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>群体</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
</context>
<context>
    <name>Consolidate</name>
    <message>
        <source>Unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒收</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办事处</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>报告期</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>ConsolidatePage</name>
    <message>
        <source>Consolidate packages</source>
        <extracomment>How often the page asks who is importing into a PostgreSQL store, while it is shown.</extracomment>
        <translation>汇总数据包</translation>
    </message>
    <message>
        <source>Drop package files (.xlsx) here, or add them. Each is checked at once: merge the valid ones into one package, or import them into this data file.</source>
        <translation>将数据包文件（.xlsx）拖放到此处，或点击添加。每个数据包都会立即接受检查：可将有效的数据包合并为一个数据包，或导入此数据文件。</translation>
    </message>
    <message>
        <source>Drop package files (.xlsx) here, or add them. Each is checked at once: merge the valid ones into one package, or import them into this store.</source>
        <translation>将数据包文件（.xlsx）拖放到此处，或点击添加。每个数据包都会立即接受检查：可将有效的数据包合并为一个数据包，或导入此数据存储。</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>Problems of the selected package</source>
        <translation>所选数据包的问题</translation>
    </message>
    <message>
        <source>Select a package to see its problems here.</source>
        <translation>选择一个数据包，即可在此查看其问题。</translation>
    </message>
    <message>
        <source>&amp;Add packages…</source>
        <translation>添加数据包(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Show &amp;problems</source>
        <translation>显示问题(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Merge to file…</source>
        <translation>合并到文件(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Import into this data file…</source>
        <translation>导入此数据文件(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Import into this store…</source>
        <translation>导入此数据存储(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Undo last import…</source>
        <translation>撤销最近一次导入(&amp;U)…</translation>
    </message>
    <message>
        <source>Imports under way</source>
        <translation>正在进行的导入</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>上次结果</translation>
    </message>
    <message>
        <source>Add packages</source>
        <translation>添加数据包</translation>
    </message>
    <message>
        <source>Fieldbook packages (*.xlsx);;All files (*)</source>
        <translation>Fieldbook 数据包 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking packages…</source>
        <translation>正在检查数据包…</translation>
    </message>
    <message>
        <source>{file}: {status}, {errors} errors, {warnings} warnings</source>
        <translation>{file}：{status}，{errors} 个错误，{warnings} 个警告</translation>
    </message>
    <message>
        <source>Merge into which folder?</source>
        <translation>合并到哪个文件夹？</translation>
    </message>
    <message>
        <source>Merging packages…</source>
        <translation>正在合并数据包…</translation>
    </message>
    <message>
        <source>Merged into {file}: {records} records, {conflicts} conflicts, {superseded} superseded. Report: merge-report.xlsx beside it.</source>
        <translation>已合并到 {file}：{records} 条记录，{conflicts} 处冲突，{superseded} 条被取代。报告：同一文件夹中的 merge-report.xlsx。</translation>
    </message>
    <message>
        <source>Checking what the import would change…</source>
        <translation>正在检查导入将更改哪些内容…</translation>
    </message>
    <message>
        <source>Signing keys new to this data file — confirm each fingerprint with its office (by phone) before you answer Yes:</source>
        <translation>此数据文件尚未收录的签名密钥——回答“是”之前，请（通过电话）与相应办事处逐一核实指纹：</translation>
    </message>
    <message>
        <source>Signing keys new to this store — confirm each fingerprint with its office (by phone) before you answer Yes:</source>
        <translation>此数据存储尚未收录的签名密钥——回答“是”之前，请（通过电话）与相应办事处逐一核实指纹：</translation>
    </message>
    <message>
        <source>Not signed (anyone could have written them); importing records your name in the ledger:</source>
        <translation>未签名（任何人都可能写入其内容）；导入时将在台账中记录您的姓名：</translation>
    </message>
    <message>
        <source>A dry run of the import found:

{lines}{trust}

Import for real? The last import can be undone.</source>
        <translation>导入试运行发现：

{lines}{trust}

是否正式导入？最近一次导入可以撤销。</translation>
    </message>
    <message>
        <source>Import packages?</source>
        <translation>导入数据包？</translation>
    </message>
    <message>
        <source>A dry run of the import found:

{lines}{trust}

Import for real? A backup of the data file is taken first, and the last import can be undone.</source>
        <translation>导入试运行发现：

{lines}{trust}

是否正式导入？系统会先备份数据文件，且最近一次导入可以撤销。</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>已取消导入；未做任何更改。</translation>
    </message>
    <message>
        <source>Importing packages…</source>
        <translation>正在导入数据包…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>已取消；未导入任何内容。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>One package was imported before it; the others were not.</source>
        <translation>在此之前已导入一个数据包；其余数据包未导入。</translation>
    </message>
    <message>
        <source>{n} packages were imported before it; the others were not.</source>
        <translation>在此之前已导入 {n} 个数据包；其余数据包未导入。</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) imported {when} by {who} — {offices}: {files}</source>
        <translation>
            <numerusform>{who} 于 {when} 导入的 %n 个数据包 — {offices}：{files}</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo last import?</source>
        <translation>撤销最近一次导入？</translation>
    </message>
    <message>
        <source>Undo the last import?

{what}

What these packages created is removed and what they changed or deleted comes back as it was; their ledger entries go, so they can be imported again. It is refused, with nothing undone, if records they wrote were edited or imported again since.</source>
        <translation>撤销最近一次导入？

{what}

这些数据包新建的内容将被删除，其更改或删除的内容将恢复原状；它们在台账中的条目将被移除，因此可以再次导入。如果此后它们写入的记录已被编辑或再次导入，撤销将被拒绝，且不会撤销任何内容。</translation>
    </message>
    <message>
        <source>Undoing the last import…</source>
        <translation>正在撤销最近一次导入…</translation>
    </message>
    <message numerus="yes">
        <source>Undid the import of %n package(s): {files}</source>
        <translation>
            <numerusform>已撤销 %n 个数据包的导入：{files}</numerusform>
        </translation>
    </message>
    <message>
        <source>{who} is importing into this store since {time}</source>
        <translation>{who} 自 {time} 起正在向此数据存储导入</translation>
    </message>
    <message>
        <source>{who} is importing into this store</source>
        <translation>{who} 正在向此数据存储导入</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>Consolidate</source>
        <translation>汇总</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>How people are counted: an initiative reports its people for each period, and the same people are often reported again in the next period. So for each initiative and group only one period counts, the one with the highest figure (of two equal periods, the later one), and these figures are added up across initiatives and groups: someone counted in 2023-H1 and again in 2023-H2 is counted once. Targeted and reached are chosen separately. The Office summary lists each period&apos;s reports as they were made; they are not added up here. Indirect beneficiaries are never added to direct ones.</source>
        <translation>人数的计算方法：举措按每个报告期报告其人数，而同一批人往往会在下一个报告期再次被报告。因此，对每个举措和群体只计入一个报告期，即数字最高的报告期（两个报告期数字相同时取较晚者），然后将这些数字在各举措和群体之间相加：在 2023-H1 计入、又在 2023-H2 计入的人只计算一次。计划惠及人数和实际惠及人数分别选取。“办事处概况”按原样列出每个报告期的报告；这些报告在此不相加。间接受益人绝不与直接受益人相加。</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>举措</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办事处</translation>
    </message>
    <message>
        <source>From package</source>
        <translation>来源数据包</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>报告期</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>群体</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>出资方</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考编号</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <extracomment>How often the page asks, while shown, whether an import has committed into the store.</extracomment>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>报告期</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Flagship</source>
        <translation>旗舰方案</translation>
    </message>
    <message>
        <source>Subprogramme</source>
        <translation>次级方案</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办事处</translation>
    </message>
    <message>
        <source>Filter by {what}</source>
        <translation>按{what}筛选</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <source>Export the KPI report as a workbook</source>
        <translation>将 KPI 报告导出为工作簿</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>举措</translation>
    </message>
    <message>
        <source>Countries supported</source>
        <translation>支持的国家</translation>
    </message>
    <message>
        <source>Cities supported</source>
        <translation>支持的城市</translation>
    </message>
    <message>
        <source>People reached (direct)</source>
        <translation>实际惠及人数（直接）</translation>
    </message>
    <message>
        <source>People targeted (direct)</source>
        <translation>计划惠及人数（直接）</translation>
    </message>
    <message>
        <source>Funds received (USD)</source>
        <translation>收到的资金（USD）</translation>
    </message>
    <message>
        <source>Funds committed (USD)</source>
        <translation>承付的资金（USD）</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Knowledge products</source>
        <translation>知识产品</translation>
    </message>
    <message>
        <source>SDG targets touched</source>
        <translation>涉及的可持续发展目标具体目标</translation>
    </message>
    <message>
        <source>Funds pledged (USD)</source>
        <translation>认捐的资金（USD）</translation>
    </message>
    <message>
        <source>Funds spent (USD)</source>
        <translation>支出的资金（USD）</translation>
    </message>
    <message>
        <source>Each initiative&apos;s group counted once, in its period with the highest figure</source>
        <translation>每个举措的每个群体只计一次，取数字最高的报告期</translation>
    </message>
    <message>
        <source>People by group: targeted and reached</source>
        <translation>按群体分列的人数：计划惠及和实际惠及</translation>
    </message>
    <message>
        <source>Funds by transaction type (USD millions)</source>
        <translation>按交易类型分列的资金（百万 USD）</translation>
    </message>
    <message>
        <source>Funds received by source</source>
        <translation>按来源分列的收到资金</translation>
    </message>
    <message>
        <source>Initiatives by status</source>
        <translation>按状态分列的举措</translation>
    </message>
    <message>
        <source>Click a figure to see the records behind it.</source>
        <translation>点击某个数字，即可查看其背后的记录。</translation>
    </message>
    <message>
        <source>{n} reached indirectly</source>
        <translation>间接惠及 {n} 人</translation>
    </message>
    <message>
        <source>from {n} countries</source>
        <translation>来自 {n} 个国家</translation>
    </message>
    <message>
        <source>{n} of 17 goals</source>
        <translation>17 个目标中的 {n} 个</translation>
    </message>
    <message>
        <source>Dashboard — {filters}</source>
        <translation>仪表板 — {filters}</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>实际惠及</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>计划惠及</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation>认捐</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>承付</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Records behind: {figure}</source>
        <translation>数字背后的记录：{figure}</translation>
    </message>
    <message>
        <source>Export the KPI report</source>
        <translation>导出 KPI 报告</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>报告已写入</translation>
    </message>
    <message>
        <source>The KPI report is in {path}</source>
        <translation>KPI 报告位于 {path}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export package</source>
        <extracomment>Problems listed in the dialog; the rest are counted. The person wants to fix a problem: entity, record id (the dialog closes; the window opens the record).</extracomment>
        <translation>导出数据包</translation>
    </message>
    <message>
        <source>Checking the records…</source>
        <translation>正在检查记录…</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>报告期</translation>
    </message>
    <message>
        <source>A half-year (2026-H2), a quarter (2026-Q4) or a year (2026)</source>
        <translation>半年（2026-H2）、季度（2026-Q4）或年度（2026）</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>报告期(&amp;P)</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>目标文件夹</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the destination folder</source>
        <translation>选择目标文件夹</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>The office&apos;s packages are numbered 1, 2, 3… across periods: one more than the highest in the folder. Headquarters notices a gap.</source>
        <translation>办事处的数据包跨报告期按 1、2、3… 连续编号：新序号比文件夹中最大的序号大 1。若有缺号，总部会发现。</translation>
    </message>
    <message>
        <source>&amp;Sequence</source>
        <translation>序号(&amp;S)</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>What will go</source>
        <translation>将导出的内容</translation>
    </message>
    <message>
        <source>What goes</source>
        <translation>导出内容</translation>
    </message>
    <message>
        <source>Problems found by the rules; Enter opens the record</source>
        <translation>规则发现的问题；按 Enter 打开记录</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Show in f&amp;older</source>
        <translation>在文件夹中显示(&amp;O)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>This data file cannot be exported as an office package</source>
        <translation>此数据文件无法导出为办事处数据包</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name}（{code}）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln initiative(s)</source>
        <translation>
            <numerusform>%Ln 项举措</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln beneficiary count(s)</source>
        <translation>
            <numerusform>%Ln 条受益人数记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln funding line(s)</source>
        <translation>
            <numerusform>%Ln 条资金条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln 个合作伙伴</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner link(s)</source>
        <translation>
            <numerusform>%Ln 个合作伙伴关联</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln knowledge product(s)</source>
        <translation>
            <numerusform>%Ln 项知识产品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deletion(s)</source>
        <translation>
            <numerusform>%Ln 项删除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>The office profile and all its records: {list}.</source>
        <translation>办事处简介及其所有记录：{list}。</translation>
    </message>
    <message>
        <source>{errors} to fix first: the regional office&apos;s check would refuse the package. Press Enter on a problem (or double-click it) to open its record.</source>
        <translation>需先修正 {errors}：否则区域办事处的检查会拒收该数据包。在问题上按 Enter（或双击该问题）即可打开其记录。</translation>
    </message>
    <message>
        <source>And {warnings}.</source>
        <translation>另有 {warnings}。</translation>
    </message>
    <message>
        <source>No errors. {warnings} to look at (the package can go as it is); Enter opens the record.</source>
        <translation>没有错误。有 {warnings} 需要查看（数据包可按原样导出）；按 Enter 打开记录。</translation>
    </message>
    <message>
        <source>The rules find no problem in the records.</source>
        <translation>规则未在记录中发现问题。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… 另有 {n} 项</translation>
    </message>
    <message>
        <source>The records could not be read</source>
        <translation>无法读取记录</translation>
    </message>
    <message>
        <source>Folder for the package</source>
        <translation>存放数据包的文件夹</translation>
    </message>
    <message>
        <source>“{text}” is not a period: type 2026-H2, 2026-Q4 or 2026</source>
        <translation>“{text}”不是有效的报告期：请输入 2026-H2、2026-Q4 或 2026</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>正在写入数据包…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Checked as the regional office will check it: valid.</source>
        <translation>已按区域办事处的检查方式进行检查：有效。</translation>
    </message>
    <message>
        <source>Checked as the regional office will check it: {errors}; open the file in Consolidate to see them.</source>
        <translation>已按区域办事处的检查方式进行检查：{errors}；请在“汇总”中打开该文件查看。</translation>
    </message>
    <message>
        <source>Exported {file} ({records} records) to {folder}.</source>
        <translation>已将 {file}（{records} 条记录）导出到 {folder}。</translation>
    </message>
    <message>
        <source>Send this file to your regional office.</source>
        <translation>请将此文件发送给您的区域办事处。</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>已取消导出；未写入任何内容。</translation>
    </message>
    <message>
        <source>The package was not written: {error}</source>
        <translation>数据包未写入：{error}</translation>
    </message>
</context>
<context>
    <name>FunderField</name>
    <message>
        <source>&amp;New partner…</source>
        <extracomment>Create a partner: the name typed, if it matches none.</extracomment>
        <translation>新建合作伙伴(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new partner as the funder</source>
        <translation>新建一个合作伙伴作为出资方</translation>
    </message>
    <message>
        <source>Create a partner that is not in the list yet (Alt+N)</source>
        <translation>新建列表中尚没有的合作伙伴（Alt+N）</translation>
    </message>
</context>
<context>
    <name>FundingPage</name>
    <message>
        <source>Funding</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>&amp;New line</source>
        <translation>新建条目(&amp;N)</translation>
    </message>
    <message>
        <source>New funding line (Ctrl+N)</source>
        <translation>新建资金条目（Ctrl+N）</translation>
    </message>
    <message>
        <source>New funding line</source>
        <translation>新建资金条目</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Edit the selected funding line</source>
        <translation>编辑所选资金条目</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected funding line</source>
        <translation>删除所选资金条目</translation>
    </message>
    <message>
        <source>Funding lines</source>
        <translation>资金条目</translation>
    </message>
    <message>
        <source>Totals in USD</source>
        <translation>合计（USD）</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Fieldbook user guide</source>
        <extracomment>A section&apos;s anchor: a line of its own in the Markdown. What an anchor line becomes for Qt&apos;s Markdown reader (a paragraph of plain text), until load_guide removes it. Pictures wider than this are shown scaled down, so a screenshot fits the window without scrolling sideways.</extracomment>
        <translation>Fieldbook 用户指南</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of Fieldbook.</source>
        <translation>此份 Fieldbook 未安装用户指南。</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Select a record to see its history.</source>
        <translation>选择一条记录即可查看其历史。</translation>
    </message>
    <message>
        <source>Change history of the selected record</source>
        <translation>所选记录的更改历史</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to this record; newest first.</source>
        <translation>
            <numerusform>此记录有 %Ln 处更改；最新的在前。</numerusform>
        </translation>
    </message>
    <message>
        <source>The record is deleted (tombstone kept).</source>
        <translation>该记录已删除（保留删除标记）。</translation>
    </message>
</context>
<context>
    <name>InitiativePicker</name>
    <message>
        <source>&amp;Initiative</source>
        <extracomment>The person chose an initiative (from the list, or typed and confirmed), not the program.</extracomment>
        <translation>举措(&amp;I)</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>举措</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Search (Ctrl+F)…</source>
        <translation>搜索（Ctrl+F）…</translation>
    </message>
    <message>
        <source>Search {what}</source>
        <translation>搜索{what}</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>New record (Ctrl+N)</source>
        <translation>新建记录（Ctrl+N）</translation>
    </message>
    <message>
        <source>New {what}</source>
        <translation>新建{what}</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Edit the selected record (Enter)</source>
        <translation>编辑所选记录（Enter）</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>编辑所选记录</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected record (Del)</source>
        <translation>删除所选记录（Del）</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>删除所选记录</translation>
    </message>
    <message>
        <source>List of {what}</source>
        <translation>{what}列表</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>显示的行</translation>
    </message>
    <message>
        <source>Loading initiatives…</source>
        <translation>正在加载举措…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>正在加载</translation>
    </message>
    <message>
        <source>Loading cancelled; press F5 to load the list.</source>
        <translation>已取消加载；按 F5 加载列表。</translation>
    </message>
    <message>
        <source>The list could not be loaded: {error}</source>
        <translation>无法加载列表：{error}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} records shown</source>
        <translation>显示 {total} 条记录中的 {shown} 条</translation>
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
        <translation>栏目</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>举措</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>受益人</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Knowledge products</source>
        <translation>知识产品</translation>
    </message>
    <message>
        <source>Office summary</source>
        <translation>办事处概况</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Consolidate</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>History of the selected record</source>
        <translation>所选记录的历史</translation>
    </message>
    <message>
        <source>Record counts</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>所有更改均已保存</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>保存状态</translation>
    </message>
    <message>
        <source>Data file in use</source>
        <translation>正在使用的数据文件</translation>
    </message>
    <message>
        <source>Data file in use: {path}</source>
        <translation>正在使用的数据文件：{path}</translation>
    </message>
    <message>
        <source>{store} (read-only)</source>
        <translation>{store}（只读）</translation>
    </message>
    <message>
        <source>Fieldbook — headquarters store {store}</source>
        <translation>Fieldbook — 总部数据存储 {store}</translation>
    </message>
    <message>
        <source>Headquarters store: {store}</source>
        <translation>总部数据存储：{store}</translation>
    </message>
    <message>
        <source>Headquarters store in use: {store}</source>
        <translation>正在使用的总部数据存储：{store}</translation>
    </message>
    <message>
        <source>Headquarters store in use</source>
        <translation>正在使用的总部数据存储</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open headquarters store…</source>
        <translation>打开总部数据存储(&amp;O)…</translation>
    </message>
    <message>
        <source>Read every office&apos;s records in a headquarters store: a SQLite file or a PostgreSQL database</source>
        <translation>读取总部数据存储中所有办事处的记录：SQLite 文件或 PostgreSQL 数据库</translation>
    </message>
    <message>
        <source>&amp;Recent stores</source>
        <translation>最近使用的数据存储(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Back to my office data file</source>
        <translation>返回我的办事处数据文件(&amp;B)</translation>
    </message>
    <message>
        <source>Close the headquarters store and open this office&apos;s own data file again</source>
        <translation>关闭总部数据存储，重新打开本办事处自己的数据文件</translation>
    </message>
    <message>
        <source>&amp;Export package…</source>
        <translation>导出数据包(&amp;E)…</translation>
    </message>
    <message>
        <source>Write this period&apos;s package for the regional office</source>
        <translation>为区域办事处写入本报告期的数据包</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>新建记录(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Fieldbook</source>
        <translation>关于 Fieldbook(&amp;A)</translation>
    </message>
    <message>
        <source>Fieldbook — {name} ({code})</source>
        <translation>Fieldbook — {name}（{code}）</translation>
    </message>
    <message>
        <source>No recent stores</source>
        <translation>没有最近使用的数据存储</translation>
    </message>
    <message>
        <source>Back to my office data file</source>
        <translation>返回我的办事处数据文件</translation>
    </message>
    <message>
        <source>Building the demo office…</source>
        <translation>正在创建演示办事处…</translation>
    </message>
    <message>
        <source>Demo office</source>
        <translation>演示办事处</translation>
    </message>
    <message>
        <source>{initiative} initiatives · {beneficiary_count} beneficiary counts · {funding_line} funding lines · {partner} partners · {knowledge_product} knowledge products</source>
        <translation>{initiative} 项举措 · {beneficiary_count} 条受益人数记录 · {funding_line} 条资金条目 · {partner} 个合作伙伴 · {knowledge_product} 项知识产品</translation>
    </message>
    <message>
        <source>Saved with a warning: {message}</source>
        <translation>已保存，但有警告：{message}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete this {what}? It can be undone with Ctrl+Z; a tombstone is kept so the deletion travels in the next package.</source>
        <translation>删除此{what}？可按 Ctrl+Z 撤销；系统会保留删除标记，使这一删除随下一个数据包传送。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Unsaved beneficiary counts (Ctrl+S saves)</source>
        <translation>有未保存的受益人数（按 Ctrl+S 保存）</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Something went wrong: {message}</source>
        <translation>出现错误：{message}</translation>
    </message>
    <message>
        <source>Undo or redo could not be applied: {message}</source>
        <translation>无法撤销或重做：{message}</translation>
    </message>
    <message>
        <source>Exported {file}</source>
        <translation>已导出 {file}</translation>
    </message>
</context>
<context>
    <name>OfficeWizard</name>
    <message>
        <source>Set up my office</source>
        <translation>设置我的办事处</translation>
    </message>
    <message>
        <source>&amp;Start recording</source>
        <translation>开始记录(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Add</source>
        <extracomment>A change reached the store (saved, deleted, undone or redone): entities touched. An undo or redo failed: the message to show.</extracomment>
        <translation>添加</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>删除{what}</translation>
    </message>
    <message>
        <source>office profile</source>
        <translation>办事处简介</translation>
    </message>
    <message>
        <source>initiative</source>
        <translation>举措</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>beneficiary counts</source>
        <translation>受益人数</translation>
    </message>
    <message>
        <source>funding line</source>
        <translation>资金条目</translation>
    </message>
    <message>
        <source>knowledge product</source>
        <translation>知识产品</translation>
    </message>
    <message>
        <source>partner link</source>
        <translation>合作伙伴关联</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Type the date as 2024-03-01 or {short}; Alt+Down opens the calendar, Up and Down move it a day</source>
        <translation>请按 2024-03-01 或 {short} 的格式输入日期；Alt+Down 打开日历，Up 和 Down 键可将日期加减一天</translation>
    </message>
    <message>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>从日历中选择日期（Alt+Down）</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>打开日历</translation>
    </message>
    <message>
        <source>Leave the date empty (Ctrl+Delete)</source>
        <translation>将日期留空（Ctrl+Delete）</translation>
    </message>
    <message>
        <source>Clear date</source>
        <translation>清除日期</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Records are entered in the office&apos;s own data file; this is a headquarters store</source>
        <translation>记录须在办事处自己的数据文件中录入；这是总部数据存储</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>{what} have changes that are not saved yet.</source>
        <translation>{what}中有尚未保存的更改。</translation>
    </message>
    <message>
        <source>Save them, discard them, or go back to them?</source>
        <translation>保存、放弃，还是返回继续编辑？</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>举措</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Knowledge products</source>
        <translation>知识产品</translation>
    </message>
</context>
<context>
    <name>PartnerLinksEditor</name>
    <message>
        <source>Partner to link</source>
        <extracomment>Add was pressed on a name that matches no partner: the typed name.</extracomment>
        <translation>要关联的合作伙伴</translation>
    </message>
    <message>
        <source>Role of the partner</source>
        <translation>合作伙伴的角色</translation>
    </message>
    <message>
        <source>&amp;Add partner</source>
        <translation>添加合作伙伴(&amp;A)</translation>
    </message>
    <message>
        <source>Add the partner with this role</source>
        <translation>以此角色添加该合作伙伴</translation>
    </message>
    <message>
        <source>Add the partner with this role (Enter in the partner box); a name that is not in the list creates a new partner</source>
        <translation>以此角色添加该合作伙伴（在合作伙伴框中按 Enter）；输入列表中没有的名称将新建合作伙伴</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Linked partners</source>
        <translation>已关联的合作伙伴</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>移除所选(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected partner link</source>
        <translation>移除所选合作伙伴关联</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Problems in {file}</source>
        <translation>{file} 中的问题</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>没有问题。</translation>
    </message>
</context>
<context>
    <name>RateField</name>
    <message>
        <source>Which way the rate goes</source>
        <extracomment>Which way a typed rate goes: USD for one unit of the currency (how the store keeps it), or units for one USD. Currencies quoted as USD for one unit (EUR/USD 1.08); every other one is quoted as units for one USD (63.9 MZN). The places FundingLine.usd_rate keeps (DecimalText(24, 10)).</extracomment>
        <translation>汇率方向</translation>
    </message>
    <message>
        <source>How the rate you type is read: units of the currency for one US dollar, or US dollars for one unit of the currency</source>
        <translation>如何解读您输入的汇率：1 美元兑换多少单位该货币，或 1 单位该货币兑换多少美元</translation>
    </message>
    <message>
        <source>The rate both ways</source>
        <translation>双向汇率</translation>
    </message>
    <message>
        <source>{currency} per 1 USD</source>
        <translation>每 1 USD 兑 {currency}</translation>
    </message>
    <message>
        <source>USD per 1 {currency}</source>
        <translation>每 1 {currency} 兑 USD</translation>
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
        <translation>新建{what}</translation>
    </message>
    <message>
        <source>Edit {what}</source>
        <translation>编辑{what}</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>保存状态</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>详细信息(&amp;D)</translation>
    </message>
    <message>
        <source>SD&amp;G targets</source>
        <translation>可持续发展目标具体目标(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>合作伙伴(&amp;P)</translation>
    </message>
    <message>
        <source>Save the changes to this {what}?</source>
        <translation>保存对此{what}的更改？</translation>
    </message>
    <message>
        <source>Discard closes the editor and loses what was typed; Cancel goes back to it.</source>
        <translation>“放弃”将关闭编辑器并丢失已输入的内容；“取消”则返回编辑器。</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>Fill in the fields marked * to save.</source>
        <translation>请填写标有 * 的字段后再保存。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) to fix before saving.</source>
        <translation>
            <numerusform>保存前需修正 %Ln 个问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Can be saved; %Ln warning(s) to check.</source>
        <translation>
            <numerusform>可以保存；有 %Ln 个警告需要检查。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Not saved: another record already has this code or these keys.</source>
        <translation>未保存：另一条记录已使用此代码或这些键值。</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>未保存：{error}</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Parts of the record</source>
        <translation>记录的各部分</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>出资方</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>举措</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>{field}存在问题</translation>
    </message>
    <message>
        <source>“{text}” is not in the list; type part of a name and pick one</source>
        <translation>“{text}”不在列表中；请输入名称的一部分并从中选择</translation>
    </message>
    <message>
        <source>2024-03-01 or {short}</source>
        <translation>2024-03-01 或 {short}</translation>
    </message>
    <message>
        <source>“{text}” is not a date; type it as {ways}</source>
        <translation>“{text}”不是日期；请按 {ways} 的格式输入</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>RecordsBehindDialog</name>
    <message>
        <source>{n} records. “From package” names the package each came from, or says it was entered in this store.</source>
        <translation>{n} 条记录。“来源数据包”列出每条记录来自哪个数据包，或注明其是在本存储中录入的。</translation>
    </message>
    <message>
        <source>Each row is the period that counts for one initiative and group: the one with the highest figure (of two equal periods, the later one). The other periods&apos; reports are left out, so that people reported again are counted once; these rows add up to the figure.</source>
        <translation>每一行是某一举措和群体所计入的报告期，即数字最高的报告期（两个报告期数字相同时取较晚者）。其他报告期的报告不计入，以便重复报告的人只计算一次；这些行相加即得出该数字。</translation>
    </message>
</context>
<context>
    <name>SdgPicker</name>
    <message>
        <source>Find a target: 11.1, housing, slum…</source>
        <translation>查找具体目标：11.1、住房、贫民窟…</translation>
    </message>
    <message>
        <source>Find an SDG target</source>
        <translation>查找可持续发展目标具体目标</translation>
    </message>
    <message>
        <source>Goal {goal}: {label}</source>
        <translation>目标 {goal}：{label}</translation>
    </message>
    <message>
        <source>SDG targets</source>
        <translation>可持续发展目标具体目标</translation>
    </message>
    <message>
        <source>Selected: {codes}</source>
        <translation>已选择：{codes}</translation>
    </message>
    <message>
        <source>No target selected</source>
        <translation>未选择具体目标</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>设置栏目</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>保存简介(&amp;S)</translation>
    </message>
    <message>
        <source>Save the office profile</source>
        <translation>保存办事处简介</translation>
    </message>
    <message>
        <source>The office code is in every record and package of the office, so it cannot be changed once the office is set up.</source>
        <translation>办事处代码包含在该办事处的每条记录和每个数据包中，因此办事处设置完成后不能更改。</translation>
    </message>
    <message>
        <source>Office profile</source>
        <translation>办事处简介</translation>
    </message>
    <message>
        <source>&amp;Language of Fieldbook&apos;s windows and messages:</source>
        <translation>Fieldbook 窗口和消息的语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>系统默认（{language}）</translation>
    </message>
    <message>
        <source>Kept for you on this computer. The window is rebuilt in the new language at once; counts you typed and did not save yet stay as they are. The language of the packages your office exports is the office profile&apos;s.</source>
        <translation>此设置会在这台计算机上为您保存。窗口会立即以新语言重建；您已输入但尚未保存的人数保持不变。贵办事处导出的数据包所用的语言由办事处简介决定。</translation>
    </message>
    <message>
        <source>&amp;Apply language</source>
        <translation>应用语言(&amp;A)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data folder&lt;/b&gt;</source>
        <translation>&lt;b&gt;数据文件夹&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data file&lt;/b&gt;</source>
        <translation>&lt;b&gt;数据文件&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The data file, its backups and these settings live in this folder. To keep them somewhere else — a shared drive or a USB stick — start Fieldbook with &lt;code&gt;fieldbook --data-dir FOLDER&lt;/code&gt;.</source>
        <translation>数据文件、其备份和这些设置都保存在此文件夹中。如要将它们保存在其他位置（如共享驱动器或 U 盘），请使用 &lt;code&gt;fieldbook --data-dir FOLDER&lt;/code&gt; 启动 Fieldbook。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signing key&lt;/b&gt;</source>
        <translation>&lt;b&gt;签名密钥&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>签名密钥</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>打开数据文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <source>Fieldbook backs the data file up before every update of its format and every import. Restoring a backup replaces all the data in the file; the current data is backed up first.</source>
        <translation>Fieldbook 会在每次更新数据文件格式和每次导入之前备份数据文件。恢复备份将替换文件中的全部数据；当前数据会先行备份。</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>备份（最新的在前）</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Open backups &amp;folder</source>
        <translation>打开备份文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Open the backups folder</source>
        <translation>打开备份文件夹</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>恢复所选备份(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>恢复所选备份</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Made when the office is set up: it signs every package the office exports.</source>
        <translation>在设置办事处时生成：用于为办事处导出的每个数据包签名。</translation>
    </message>
    <message>
        <source>{fingerprint}
{path}
It signs every package this office exports, so headquarters knows the package is yours and unchanged. Back it up with the data file, and copy it with the data file to a new computer; read this fingerprint out to headquarters when it asks.</source>
        <translation>{fingerprint}
{path}
它为本办事处导出的每个数据包签名，使总部能够确认数据包来自贵办事处且未经改动。请将其与数据文件一起备份，并与数据文件一起复制到新计算机；总部询问时，请向总部读出此指纹。</translation>
    </message>
    <message>
        <source>{name}  ({size} KB)</source>
        <translation>{name}  （{size} KB）</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>尚无备份。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Office profile saved.</source>
        <translation>办事处简介已保存。</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>未保存：{error}</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>已备份到 {path}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Replace all the data in the data file with the backup {name}?

The current data is backed up first, and the undo history is cleared.</source>
        <translation>用备份 {name} 替换数据文件中的全部数据？

当前数据会先行备份，撤销历史将被清除。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <source>Not restored: {error}</source>
        <translation>未恢复：{error}</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>备份已恢复。</translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <source>Open headquarters store</source>
        <extracomment>The keyring service a server&apos;s password is kept under. The settings key of the recent stores (URLs or paths, never a password), most recent first. Seconds to wait for a server that does not answer: an address mistyped says so instead of hanging. The store is open: the store, and the target it was opened from (with any password).</extracomment>
        <translation>打开总部数据存储</translation>
    </message>
    <message>
        <source>Headquarters reads every office&apos;s records in one store: a SQLite file, or a PostgreSQL database that several officers share. Records are still entered in each office&apos;s own data file.</source>
        <translation>总部在一个数据存储中读取所有办事处的记录：可以是一个 SQLite 文件，也可以是由多名工作人员共用的 PostgreSQL 数据库。记录仍在各办事处自己的数据文件中录入。</translation>
    </message>
    <message>
        <source>&amp;SQLite file</source>
        <translation>SQLite 文件(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server</source>
        <translation>PostgreSQL 服务器(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>SQLite file of the store</source>
        <translation>数据存储的 SQLite 文件</translation>
    </message>
    <message>
        <source>/path/to/headquarters.sqlite</source>
        <translation>/path/to/headquarters.sqlite</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the SQLite file</source>
        <translation>选择 SQLite 文件</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>主机(&amp;H)</translation>
    </message>
    <message>
        <source>Server host name or address</source>
        <translation>服务器主机名或地址</translation>
    </message>
    <message>
        <source>Por&amp;t</source>
        <translation>端口(&amp;T)</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>服务器端口</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>数据库(&amp;D)</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>数据库名称</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>密码(&amp;W)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Remember the password (in the system keyring, not in Fieldbook&apos;s settings)</source>
        <translation>记住密码（保存在系统密钥环中，而非 Fieldbook 的设置中）(&amp;R)</translation>
    </message>
    <message>
        <source>This computer has no system keyring: the password cannot be remembered and is asked for each time.</source>
        <translation>此计算机没有系统密钥环：无法记住密码，每次都需要输入密码。</translation>
    </message>
    <message>
        <source>Why the store did not open</source>
        <translation>数据存储未能打开的原因</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose the headquarters store</source>
        <translation>选择总部数据存储</translation>
    </message>
    <message>
        <source>Fieldbook stores (*.sqlite *.db);;All files (*)</source>
        <translation>Fieldbook 数据存储 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the SQLite file of the store.</source>
        <translation>请选择数据存储的 SQLite 文件。</translation>
    </message>
    <message>
        <source>Fill in the host, the database and the user of the PostgreSQL server.</source>
        <translation>请填写 PostgreSQL 服务器的主机、数据库和用户。</translation>
    </message>
    <message>
        <source>Opening {store}…</source>
        <translation>正在打开 {store}…</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Office summary</source>
        <translation>办事处概况</translation>
    </message>
    <message>
        <source>E&amp;xport package… (Ctrl+E)</source>
        <translation>导出数据包(&amp;X)…（Ctrl+E）</translation>
    </message>
    <message>
        <source>Export this period&apos;s package for the regional office</source>
        <translation>为区域办事处导出本报告期的数据包</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>举措</translation>
    </message>
    <message>
        <source>People (direct)</source>
        <translation>人数（直接）</translation>
    </message>
    <message>
        <source>Funding (USD)</source>
        <translation>资金（USD）</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Initiatives by status</source>
        <translation>按状态分列的举措</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>已删除的记录</translation>
    </message>
    <message>
        <source>Office summary — {name} ({code})</source>
        <translation>办事处概况 — {name}（{code}）</translation>
    </message>
    <message>
        <source>{active} active · {pipeline} in the pipeline</source>
        <translation>{active} 项进行中 · {pipeline} 项筹备中</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Beneficiary counts</source>
        <translation>受益人数记录</translation>
    </message>
    <message>
        <source>Funding lines</source>
        <translation>资金条目</translation>
    </message>
    <message>
        <source>Knowledge products</source>
        <translation>知识产品</translation>
    </message>
    <message>
        <source>Deletions are kept as tombstones so that they travel in the next package.</source>
        <translation>删除操作以删除标记的形式保留，以便随下一个数据包传送。</translation>
    </message>
    <message>
        <source>No counts yet</source>
        <translation>尚无人数</translation>
    </message>
    <message>
        <source>reached of {targeted} targeted, each initiative&apos;s group counted once (as on the Dashboard)</source>
        <translation>实际惠及人数（计划惠及 {targeted} 人），每个举措的每个群体只计一次（与仪表板相同）</translation>
    </message>
    <message>
        <source>As reported, per period</source>
        <translation>按各报告期报告的数字</translation>
    </message>
    <message>
        <source>{period}: {reached} reached of {targeted} targeted</source>
        <translation>{period}：实际惠及 {reached} 人，计划惠及 {targeted} 人</translation>
    </message>
    <message>
        <source>The periods are not added up: the same people are often reported again in the next period (added up, the periods would give {added}). The figure above takes, for each initiative and group, the period with the highest figure (of two equal periods, the later one) and adds those up, so a person counted in two periods is counted once.</source>
        <translation>各报告期的数字不相加：同一批人往往会在下一个报告期再次被报告（若将各报告期相加，将得出 {added}）。上面的数字对每个举措和群体取数字最高的报告期（两个报告期数字相同时取较晚者）再相加，因此在两个报告期中都被计入的人只计算一次。</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>Click to list the records behind this figure</source>
        <translation>点击即可列出此数字背后的记录</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Fieldbook</source>
        <translation>欢迎使用 Fieldbook</translation>
    </message>
    <message>
        <source>Fieldbook keeps your office&apos;s portfolio — initiatives, beneficiaries, funding, partners and knowledge products — on this computer, and works without a connection. Each reporting period you send one package to your regional office.</source>
        <translation>Fieldbook 将贵办事处的项目组合——举措、受益人、资金、合作伙伴和知识产品——保存在这台计算机上，无需联网即可使用。每个报告期，您向区域办事处发送一个数据包。</translation>
    </message>
    <message>
        <source>Set up my office</source>
        <translation>设置我的办事处</translation>
    </message>
    <message>
        <source>Enter your office&apos;s code, name, country, region, currency and language, then start recording.</source>
        <translation>输入贵办事处的代码、名称、国家、区域、货币和语言，然后开始记录。</translation>
    </message>
    <message>
        <source>Explore the demo office</source>
        <translation>浏览演示办事处</translation>
    </message>
    <message>
        <source>Open the Nairobi demo office, filled with initiatives from the Executive Board report, to try Fieldbook out. You can set up your own office later in a new data folder.</source>
        <translation>打开内罗毕演示办事处（其中包含执行局报告中的举措），试用 Fieldbook。您可以稍后在新的数据文件夹中设置自己的办事处。</translation>
    </message>
    <message>
        <source>Data file: {path}</source>
        <translation>数据文件：{path}</translation>
    </message>
</context>
<context>
    <name>_OfficePage</name>
    <message>
        <source>Your office</source>
        <translation>您的办事处</translation>
    </message>
    <message>
        <source>These details go into every package the office sends. Fields marked * are required.</source>
        <translation>这些信息将写入办事处发送的每个数据包。标有 * 的字段为必填项。</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>用法： </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息，然后退出</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: 错误：%(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下必需参数：%s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（请从 %(choices)s 中选择）</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个参数</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>需要至少一个参数</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多只能有一个参数</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项不明确：%(option)s 可能匹配 %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>必须提供参数 %s 中的一个</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>意外的选项字符串：%s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>无法打开“%(filename)s”：%(error)s</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>需要 %s 个参数</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>需要 %s 个参数</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Fieldbook: record a country office&apos;s portfolio offline and exchange it as an Excel package. Without a command, opens the desktop app.</source>
        <translation>Fieldbook：离线记录国家办事处的项目组合，并以 Excel 数据包的形式进行交换。不带命令时，打开桌面应用程序。</translation>
    </message>
    <message>
        <source>show the version, the package format and the store schema it writes, and exit</source>
        <translation>显示版本、所写入的数据包格式和数据存储架构，然后退出</translation>
    </message>
    <message>
        <source>folder for the data file, backups and settings (default: the per-user data folder)</source>
        <translation>存放数据文件、备份和设置的文件夹（默认：当前用户的数据文件夹）</translation>
    </message>
    <message>
        <source>the language of the window and of every message: {codes} (default: the app&apos;s setting, else the system&apos;s)</source>
        <translation>窗口及所有消息的语言：{codes}（默认：应用程序中的设置，否则为系统语言）</translation>
    </message>
    <message>
        <source>without a command: open the app on this store, a SQLite file or a PostgreSQL URL (a headquarters store; records are entered only in the office&apos;s own data file)</source>
        <translation>不带命令时：在此数据存储（SQLite 文件或 PostgreSQL URL）上打开应用程序（作为总部数据存储；记录只能在办事处自己的数据文件中录入）</translation>
    </message>
    <message>
        <source>a SQLite file or a SQLAlchemy URL (default: the data folder&apos;s store)</source>
        <translation>SQLite 文件或 SQLAlchemy URL（默认：数据文件夹中的数据存储）</translation>
    </message>
    <message>
        <source>a SQLite file or a SQLAlchemy URL</source>
        <translation>SQLite 文件或 SQLAlchemy URL</translation>
    </message>
    <message>
        <source>package files (.xlsx)</source>
        <translation>数据包文件（.xlsx）</translation>
    </message>
    <message>
        <source>who made the hand edits found in these packages (default: &apos;spreadsheet edit&apos;)</source>
        <translation>在这些数据包中发现的手工编辑是由谁所做（默认：&apos;spreadsheet edit&apos;）</translation>
    </message>
    <message>
        <source>create a demo office store</source>
        <translation>创建演示办事处数据存储</translation>
    </message>
    <message>
        <source>the SQLite file to create (default: the data folder&apos;s store)</source>
        <translation>要创建的 SQLite 文件（默认：数据文件夹中的数据存储）</translation>
    </message>
    <message>
        <source>which demo office (default KEN-NBO); see --list</source>
        <translation>使用哪个演示办事处（默认 KEN-NBO）；参见 --list</translation>
    </message>
    <message>
        <source>list the demo offices and exit</source>
        <translation>列出演示办事处，然后退出</translation>
    </message>
    <message>
        <source>instead, a headquarters store with this many synthetic office portfolios (e.g. 150), as after importing their packages</source>
        <translation>改为创建一个总部数据存储，其中包含指定数量的合成办事处项目组合（例如 150 个），如同导入其数据包之后的状态</translation>
    </message>
    <message>
        <source>show what a store holds</source>
        <translation>显示数据存储中的内容</translation>
    </message>
    <message>
        <source>write the office&apos;s package (.xlsx)</source>
        <translation>写入办事处的数据包（.xlsx）</translation>
    </message>
    <message>
        <source>the package file, or a folder: then it is named OFFICE_PERIOD_SEQ.xlsx</source>
        <translation>数据包文件，或一个文件夹：此时文件命名为 OFFICE_PERIOD_SEQ.xlsx</translation>
    </message>
    <message>
        <source>reporting period, such as 2023-H2 (default: the current half-year)</source>
        <translation>报告期，如 2023-H2（默认：当前半年）</translation>
    </message>
    <message>
        <source>sequence number (default: 1 + the highest of this office&apos;s packages in the folder)</source>
        <translation>序号（默认：文件夹中本办事处数据包的最大序号加 1）</translation>
    </message>
    <message>
        <source>the office&apos;s signing key (default: the one beside the data file, made on first use)</source>
        <translation>办事处的签名密钥（默认：数据文件旁边的密钥，首次使用时生成）</translation>
    </message>
    <message>
        <source>check packages; exit 0 valid, 1 rejected</source>
        <translation>检查数据包；有效时退出代码为 0，拒收时为 1</translation>
    </message>
    <message>
        <source>write an annotated copy (one FILE: OUT.xlsx; several: a folder)</source>
        <translation>写入带注释的副本（一个 FILE 时：OUT.xlsx；多个时：一个文件夹）</translation>
    </message>
    <message>
        <source>print the reports as JSON</source>
        <translation>以 JSON 格式输出报告</translation>
    </message>
    <message>
        <source>merge packages into one package, with a report of what was merged</source>
        <translation>将多个数据包合并为一个数据包，并附上合并内容的报告</translation>
    </message>
    <message>
        <source>the merged package, or a folder for it</source>
        <translation>合并后的数据包，或存放它的文件夹</translation>
    </message>
    <message>
        <source>write the merge report: sources, packages left out, conflicts field by field, superseded versions</source>
        <translation>写入合并报告：来源、未纳入的数据包、逐字段列出的冲突、被取代的版本</translation>
    </message>
    <message>
        <source>what the merged package is named for, e.g. a region (default MERGED)</source>
        <translation>合并后数据包的命名依据，例如区域（默认 MERGED）</translation>
    </message>
    <message>
        <source>the merged package&apos;s period (default: the latest of the inputs)</source>
        <translation>合并后数据包的报告期（默认：各输入数据包中最新的报告期）</translation>
    </message>
    <message>
        <source>fail the whole merge if any package is invalid</source>
        <translation>只要有任何数据包无效，整个合并即告失败</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>以 JSON 格式输出结果</translation>
    </message>
    <message>
        <source>the region&apos;s signing key (default: the one in the data folder, made on first use)</source>
        <translation>区域的签名密钥（默认：数据文件夹中的密钥，首次使用时生成）</translation>
    </message>
    <message>
        <source>import packages into a store, each all-or-nothing</source>
        <translation>将数据包导入数据存储，每个数据包要么全部导入，要么全部不导入</translation>
    </message>
    <message>
        <source>a SQLite file or a SQLAlchemy URL (postgresql+psycopg://…)</source>
        <translation>SQLite 文件或 SQLAlchemy URL（postgresql+psycopg://…）</translation>
    </message>
    <message>
        <source>count what would change; change nothing</source>
        <translation>统计将会更改的内容；不做任何更改</translation>
    </message>
    <message>
        <source>undo the last import (every package of its run), on SQLite or PostgreSQL</source>
        <translation>撤销最近一次导入（该次运行中的所有数据包），适用于 SQLite 或 PostgreSQL</translation>
    </message>
    <message>
        <source>print the summaries as JSON (and no progress)</source>
        <translation>以 JSON 格式输出概要（不显示进度）</translation>
    </message>
    <message>
        <source>trust the key of an office (or region) this store has no key for yet, once you have confirmed its fingerprint with them (trust on first use)</source>
        <translation>信任此数据存储尚无其密钥的办事处（或区域）的密钥，前提是您已与对方核实其指纹（首次使用时信任）</translation>
    </message>
    <message>
        <source>let in packages without a signature (format 1, or unsigned); each one is recorded in the ledger with your name</source>
        <translation>放行没有签名的数据包（格式 1 或未签名）；每个此类数据包都会连同您的姓名记录在台账中</translation>
    </message>
    <message>
        <source>the key file (default: the one beside the data file)</source>
        <translation>密钥文件（默认：数据文件旁边的密钥文件）</translation>
    </message>
    <message>
        <source>the data file the key is beside (default: the data folder&apos;s store)</source>
        <translation>密钥所在的数据文件（默认：数据文件夹中的数据存储）</translation>
    </message>
    <message>
        <source>signing keys: this data folder&apos;s own, and the ones a store trusts</source>
        <translation>签名密钥：本数据文件夹自己的密钥，以及数据存储所信任的密钥</translation>
    </message>
    <message>
        <source>this data folder&apos;s signing key: its fingerprint, to read out to headquarters</source>
        <translation>本数据文件夹的签名密钥：其指纹，用于向总部读出</translation>
    </message>
    <message>
        <source>the keys a store knows: trusted, retired, revoked</source>
        <translation>数据存储所知的密钥：已信任、已停用、已吊销</translation>
    </message>
    <message>
        <source>trust the key that signed a package, after confirming its fingerprint with the office</source>
        <translation>在与办事处核实指纹后，信任为数据包签名的密钥</translation>
    </message>
    <message>
        <source>a package signed with the key</source>
        <translation>用该密钥签名的数据包</translation>
    </message>
    <message>
        <source>the fingerprint the office read out (checked against the package&apos;s key)</source>
        <translation>办事处读出的指纹（将与数据包的密钥进行核对）</translation>
    </message>
    <message>
        <source>stop trusting a key (lost laptop, departed staff)</source>
        <translation>停止信任某个密钥（笔记本电脑丢失、工作人员离职）</translation>
    </message>
    <message>
        <source>the office or region code</source>
        <translation>办事处或区域代码</translation>
    </message>
    <message>
        <source>the key&apos;s fingerprint, or its first 8 or more hex digits</source>
        <translation>密钥的指纹，或其前 8 位或更多位十六进制数字</translation>
    </message>
    <message>
        <source>why, for the record</source>
        <translation>原因，供记录在案</translation>
    </message>
    <message>
        <source>replace this data folder&apos;s key; the next packages carry the change, signed by the old key</source>
        <translation>更换本数据文件夹的密钥；后续数据包会携带这一更改，并由旧密钥签名</translation>
    </message>
    <message>
        <source>the office (or region) code the key signs for (default: the store&apos;s office)</source>
        <translation>该密钥为之签名的办事处（或区域）代码（默认：数据存储的办事处）</translation>
    </message>
    <message>
        <source>portfolio KPIs of a store, on screen, as JSON or as a workbook</source>
        <translation>数据存储的项目组合 KPI：显示在屏幕上、以 JSON 格式输出或写入工作簿</translation>
    </message>
    <message>
        <source>2023-H2, 2023-Q3 or 2023 (default: all periods)</source>
        <translation>2023-H2、2023-Q3 或 2023（默认：所有报告期）</translation>
    </message>
    <message>
        <source>only this region (a code)</source>
        <translation>仅限此区域（代码）</translation>
    </message>
    <message>
        <source>only this country (a code)</source>
        <translation>仅限此国家（代码）</translation>
    </message>
    <message>
        <source>only this flagship (a code)</source>
        <translation>仅限此旗舰方案（代码）</translation>
    </message>
    <message>
        <source>only this subprogramme (a code)</source>
        <translation>仅限此次级方案（代码）</translation>
    </message>
    <message>
        <source>only this office (a code)</source>
        <translation>仅限此办事处（代码）</translation>
    </message>
    <message>
        <source>write the KPI workbook with charts</source>
        <translation>写入带图表的 KPI 工作簿</translation>
    </message>
    <message>
        <source>print the figures as JSON</source>
        <translation>以 JSON 格式输出数字</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n 项举措</numerusform>
        </translation>
    </message>
    <message>
        <source>--headquarters takes a number of offices, 1 or more</source>
        <translation>--headquarters 需要一个办事处数量，1 或以上</translation>
    </message>
    <message numerus="yes">
        <source>{target}: headquarters demo: %n office(s), {records} records</source>
        <translation>
            <numerusform>{target}：总部演示：%n 个办事处，{records} 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>{target}: demo office {code} ({name}): {counts}</source>
        <translation>{target}：演示办事处 {code}（{name}）：{counts}</translation>
    </message>
    <message>
        <source>--seq must be 1 or more</source>
        <translation>--seq 必须大于或等于 1</translation>
    </message>
    <message numerus="yes">
        <source>{path}: %n record(s) ({counts}); sha256 {digest}</source>
        <translation>
            <numerusform>{path}：%n 条记录（{counts}）；sha256 {digest}</numerusform>
        </translation>
    </message>
    <message>
        <source>with several files, --report must be an existing folder</source>
        <extracomment>Problems listed per file on the terminal; --report or --json give them all.</extracomment>
        <translation>指定多个文件时，--report 必须是一个已存在的文件夹</translation>
    </message>
    <message>
        <source>{path}: the annotated report {out} could not be written ({reason})</source>
        <translation>{path}：无法写入带注释的报告 {out}（{reason}）</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see --report or --json)</source>
        <translation>
            <numerusform>… 另有 %n 项（参见 --report 或 --json）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>merging %n package(s)</source>
        <translation>
            <numerusform>正在合并 %n 个数据包</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid</source>
        <comment>a package left out of a merge</comment>
        <translation>无效</translation>
    </message>
    <message>
        <source>left out {file}: {problem}</source>
        <translation>未纳入 {file}：{problem}</translation>
    </message>
    <message>
        <source>--undo-last takes no files and no --dry-run</source>
        <translation>--undo-last 不接受文件，也不能与 --dry-run 同时使用</translation>
    </message>
    <message>
        <source>{db}: undid the import of {file}: {office} #{sequence}, imported {when} UTC</source>
        <translation>{db}：已撤销 {file} 的导入：{office} #{sequence}，导入时间 {when} UTC</translation>
    </message>
    <message numerus="yes">
        <source>{db}: undid the import of %n packages ({file} the last of them): {office} #{sequence}, imported {when} UTC</source>
        <translation>
            <numerusform>{db}：已撤销 %n 个数据包的导入（最后一个为 {file}）：{office} #{sequence}，导入时间 {when} UTC</numerusform>
        </translation>
    </message>
    <message>
        <source>name the packages to import</source>
        <translation>请指定要导入的数据包</translation>
    </message>
    <message>
        <source>importing {file}</source>
        <translation>正在导入 {file}</translation>
    </message>
    <message numerus="yes">
        <source>importing %n packages</source>
        <translation>
            <numerusform>正在导入 %n 个数据包</numerusform>
        </translation>
    </message>
    <message>
        <source>hand edit: {edit}</source>
        <translation>手工编辑：{edit}</translation>
    </message>
    <message>
        <source>{file}: {holder} signs with key {fingerprint}, new to this store: trusted (--trust-new-keys)</source>
        <translation>{file}：{holder} 使用密钥 {fingerprint} 签名，此数据存储尚未收录该密钥：已信任（--trust-new-keys）</translation>
    </message>
    <message>
        <source>initiatives</source>
        <translation>举措</translation>
    </message>
    <message>
        <source>countries, cities</source>
        <translation>国家、城市</translation>
    </message>
    <message>
        <source>beneficiaries</source>
        <translation>受益人</translation>
    </message>
    <message>
        <source>{reached} reached of {targeted} targeted (direct); {indirect} reached indirectly</source>
        <translation>实际惠及 {reached} 人，计划惠及 {targeted} 人（直接）；间接惠及 {indirect} 人</translation>
    </message>
    <message>
        <source>funds (USD)</source>
        <translation>资金（USD）</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message numerus="yes">
        <source>{partners} from %n countries</source>
        <translation>
            <numerusform>{partners} 个，来自 %n 个国家</numerusform>
        </translation>
    </message>
    <message>
        <source>knowledge products</source>
        <translation>知识产品</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>可持续发展目标</translation>
    </message>
    <message>
        <source>{goals} of 17 goals, {targets} of 169 targets</source>
        <translation>17 个目标中的 {goals} 个，169 个具体目标中的 {targets} 个</translation>
    </message>
    <message>
        <source>workbook</source>
        <translation>工作簿</translation>
    </message>
    <message>
        <source>KPIs of {target} ({filters})</source>
        <translation>{target} 的 KPI（{filters}）</translation>
    </message>
    <message>
        <source>pledged</source>
        <comment>funds</comment>
        <translation>认捐</translation>
    </message>
    <message>
        <source>committed</source>
        <comment>funds</comment>
        <translation>承付</translation>
    </message>
    <message>
        <source>received</source>
        <comment>funds</comment>
        <translation>收到</translation>
    </message>
    <message>
        <source>spent</source>
        <comment>funds</comment>
        <translation>支出</translation>
    </message>
    <message>
        <source>{path}: new key {fingerprint} for {holder}; the previous key was kept beside it, and the next packages carry the change signed by it</source>
        <translation>{path}：已为 {holder} 生成新密钥 {fingerprint}；原密钥保留在其旁边，后续数据包会携带这一更改，并由原密钥签名</translation>
    </message>
    <message>
        <source>{package}: not signed; there is no key to trust</source>
        <translation>{package}：未签名；没有可信任的密钥</translation>
    </message>
    <message>
        <source>{package}: signed by key {fingerprint}, not {given}: do not trust it; ask the office which key it uses (fieldbook keys mine)</source>
        <translation>{package}：由密钥 {fingerprint} 签名，而不是 {given}：请勿信任该密钥；请询问办事处使用的是哪个密钥（fieldbook keys mine）</translation>
    </message>
    <message>
        <source>{db}: no keys yet (the first package of each office asks to confirm its key)</source>
        <translation>{db}：尚无密钥（每个办事处的第一个数据包会要求确认其密钥）</translation>
    </message>
    <message numerus="yes">
        <source>{target}: name the holder of the key with --holder (the store holds %n offices)</source>
        <translation>
            <numerusform>{target}：请用 --holder 指定密钥持有者（此数据存储包含 %n 个办事处）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n office(s)</source>
        <translation>
            <numerusform>%n 个办事处</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n 个合作伙伴</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner link(s)</source>
        <translation>
            <numerusform>%n 个合作伙伴关联</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n beneficiary count(s)</source>
        <translation>
            <numerusform>%n 条受益人数记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n funding line(s)</source>
        <translation>
            <numerusform>%n 条资金条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n knowledge product(s)</source>
        <translation>
            <numerusform>%n 项知识产品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tombstone(s)</source>
        <translation>
            <numerusform>%n 个删除标记</numerusform>
        </translation>
    </message>
    <message>
        <source>the desktop app is not available in this build ({reason}); use a command, see --help</source>
        <translation>此版本中没有桌面应用程序（{reason}）；请使用命令，参见 --help</translation>
    </message>
    <message>
        <source>error: --db goes after the command&apos;s name (fieldbook {command} --db …); before it, --db opens the app</source>
        <translation>错误：--db 应放在命令名称之后（fieldbook {command} --db …）；放在命令名称之前时，--db 用于打开应用程序</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>错误：{message}</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message numerus="yes">
        <source>Headquarters: %n office(s)</source>
        <translation>
            <numerusform>总部：%n 个办事处</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>contains macros (vbaProject.bin); a Fieldbook package never does</source>
        <extracomment>Real packages compress their XML 5–30 times; zip bombs compress hundreds to millions of times. Columns and cells (first to last, as a rectangle) a worksheet may span: 100,000 records need about 3.5 million. The compression methods Open Packaging Conventions allow (ECMA-376 Part 2, annex C): stored and deflated.</extracomment>
        <translation>包含宏（vbaProject.bin）；Fieldbook 数据包从不包含宏</translation>
    </message>
    <message>
        <source>links to other workbooks (externalLinks); a Fieldbook package never does</source>
        <translation>链接到其他工作簿（externalLinks）；Fieldbook 数据包从不包含此类链接</translation>
    </message>
    <message>
        <source>contains embedded objects (OLE); a Fieldbook package never does</source>
        <translation>包含嵌入对象（OLE）；Fieldbook 数据包从不包含嵌入对象</translation>
    </message>
    <message>
        <source>contains ActiveX controls; a Fieldbook package never does</source>
        <translation>包含 ActiveX 控件；Fieldbook 数据包从不包含此类控件</translation>
    </message>
    <message>
        <source>no such file</source>
        <extracomment>Worksheet part → (rows, columns) it may span: exact, or an upper bound that is well within the limits.</extracomment>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>is not a file</source>
        <translation>不是文件</translation>
    </message>
    <message>
        <source>is empty (0 bytes)</source>
        <translation>文件为空（0 字节）</translation>
    </message>
    <message>
        <source>is too large for a package ({size} MB; at most {limit} MB)</source>
        <translation>文件过大，不能作为数据包（{size} MB；最多 {limit} MB）</translation>
    </message>
    <message>
        <source>is an old .xls workbook or a password-protected one; a package is a plain .xlsx</source>
        <translation>这是旧版 .xls 工作簿或受密码保护的工作簿；数据包是普通的 .xlsx 文件</translation>
    </message>
    <message>
        <source>is not an Excel .xlsx file (not a zip archive)</source>
        <translation>不是 Excel .xlsx 文件（不是 zip 压缩包）</translation>
    </message>
    <message>
        <source>is damaged or incomplete (the zip archive is truncated)</source>
        <translation>文件已损坏或不完整（zip 压缩包被截断）</translation>
    </message>
    <message>
        <source>cannot be opened as a zip archive ({reason})</source>
        <translation>无法作为 zip 压缩包打开（{reason}）</translation>
    </message>
    <message>
        <source>has {count} parts; a package has a few dozen (possible zip bomb)</source>
        <translation>包含 {count} 个部件；数据包只有几十个部件（可能是压缩炸弹）</translation>
    </message>
    <message>
        <source>is a zip archive but not an Excel workbook</source>
        <translation>这是 zip 压缩包，但不是 Excel 工作簿</translation>
    </message>
    <message>
        <source>is encrypted; a package is a plain .xlsx</source>
        <translation>文件已加密；数据包是普通的 .xlsx 文件</translation>
    </message>
    <message>
        <source>{part} is compressed with method {method}; an .xlsx stores its parts plain or deflated</source>
        <translation>{part} 使用压缩方法 {method}；.xlsx 文件的部件要么不压缩，要么以 deflate 方式压缩</translation>
    </message>
    <message>
        <source>would expand to {size} MB (possible zip bomb)</source>
        <translation>解压后将达到 {size} MB（可能是压缩炸弹）</translation>
    </message>
    <message>
        <source>is a macro-enabled workbook (.xlsm); a package never has macros</source>
        <translation>这是启用宏的工作簿（.xlsm）；数据包从不包含宏</translation>
    </message>
    <message>
        <source>is damaged ({part}: {reason})</source>
        <translation>文件已损坏（{part}：{reason}）</translation>
    </message>
    <message>
        <source>{part} expands far beyond its compressed size (possible zip bomb)</source>
        <translation>{part} 解压后远远超出其压缩大小（可能是压缩炸弹）</translation>
    </message>
    <message>
        <source>{part} is written in UTF-16 or UTF-32, not UTF-8 as Excel writes every XML part; another encoding could hide a DTD from this check</source>
        <translation>{part} 采用 UTF-16 或 UTF-32 编码，而 Excel 写入的每个 XML 部件都是 UTF-8；其他编码可能会让 DTD 躲过此项检查</translation>
    </message>
    <message>
        <source>{part} declares a DTD or entities (&lt;!DOCTYPE&gt;); Excel never writes one, it is how XML entity attacks work</source>
        <translation>{part} 声明了 DTD 或实体（&lt;!DOCTYPE&gt;）；Excel 从不写入此类声明，XML 实体攻击正是借此实施的</translation>
    </message>
    <message>
        <source>{part} claims a range beyond Excel&apos;s last column</source>
        <translation>{part} 声明的区域超出了 Excel 的最后一列</translation>
    </message>
    <message>
        <source>{part} has a cell beyond Excel&apos;s last column</source>
        <translation>{part} 中有单元格超出了 Excel 的最后一列</translation>
    </message>
    <message>
        <source>is damaged or incomplete ({part}: {reason})</source>
        <translation>文件已损坏或不完整（{part}：{reason}）</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>无法读取（{reason}）</translation>
    </message>
    <message>
        <source>{part} claims cells up to row {row}, column {column}; a package sheet has at most {limit} columns</source>
        <translation>{part} 声明的单元格范围达到第 {row} 行、第 {column} 列；数据包工作表最多只有 {limit} 列</translation>
    </message>
    <message>
        <source>{part} spans {rows} rows × {columns} columns, more than a package may ({limit} cells)</source>
        <translation>{part} 跨 {rows} 行 × {columns} 列，超出了数据包允许的范围（{limit} 个单元格）</translation>
    </message>
    <message>
        <source>sheet {name}</source>
        <translation>工作表 {name}</translation>
    </message>
    <message numerus="yes">
        <source>…({count} character(s))…</source>
        <extracomment>What str.splitlines() breaks a line at, written as its escape (a cell&apos;s line break as \n). Text quoted from a file (a cell of 32,767 characters, a part&apos;s name) is quoted this far.</extracomment>
        <translation>
            <numerusform>…（{count} 个字符）…</numerusform>
        </translation>
    </message>
    <message>
        <source>error</source>
        <extracomment>At most this many problems are kept per file; a package with more is rejected anyway. A problem&apos;s severity as a person reads it (the value itself is a code, in JSON and in tests).</extracomment>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>(file)</source>
        <translation>（文件）</translation>
    </message>
    <message>
        <source>{rows} and {count} more</source>
        <translation>{rows} 以及另外 {count} 行</translation>
    </message>
    <message numerus="yes">
        <source>{sheet} row(s) {rows}</source>
        <translation>
            <numerusform>{sheet} 第 {rows} 行</numerusform>
        </translation>
    </message>
    <message>
        <source>{out}: merged {packages}: {records}, {deletions}, {conflicts}, {superseded}, {duplicates}</source>
        <extracomment>What a merged package keeps of each source&apos;s manifest: its signature and what it signed, so headquarters can check each source against the office that made it (desktop.exchange.trust.check_sources). The winners the report names — of records with a superseded version, and the hand edits found by this merge — not every winner (those are in the package), by record, in the order the records first came.</extracomment>
        <translation>{out}：已合并 {packages}：{records}，{deletions}，{conflicts}，{superseded}，{duplicates}</translation>
    </message>
    <message numerus="yes">
        <source>{count} package(s)</source>
        <translation>
            <numerusform>{count} 个数据包</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} record(s)</source>
        <translation>
            <numerusform>{count} 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} deletion(s)</source>
        <translation>
            <numerusform>{count} 项删除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} conflict(s)</source>
        <translation>
            <numerusform>{count} 处冲突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} superseded</source>
        <translation>
            <numerusform>{count} 条被取代</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} duplicate(s)</source>
        <translation>
            <numerusform>{count} 条重复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hand-edited row(s) accepted as new versions</source>
        <translation>
            <numerusform>已接受 %n 个手工编辑的行，作为新版本</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} is the same package as {first} (one file given twice)</source>
        <translation>{file} 与 {first} 是同一个数据包（同一文件指定了两次）</translation>
    </message>
    <message numerus="yes">
        <source>left out %n invalid: {files}</source>
        <translation>
            <numerusform>未纳入 %n 个无效数据包：{files}</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem} (--strict: nothing merged)</source>
        <translation>{problem}（--strict：未合并任何内容）</translation>
    </message>
    <message>
        <source>no valid package to merge ({problem})</source>
        <translation>没有可合并的有效数据包（{problem}）</translation>
    </message>
    <message>
        <source>no valid package to merge</source>
        <translation>没有可合并的有效数据包</translation>
    </message>
    <message numerus="yes">
        <source>{path}: %n errors, first: {problem} (--strict: nothing merged)</source>
        <translation>
            <numerusform>{path}：%n 个错误，第一个：{problem}（--strict：未合并任何内容）</numerusform>
        </translation>
    </message>
    <message>
        <source>the disk is full</source>
        <extracomment>The page cache of the merged store (a store&apos;s own is 64 MiB): it is written once, in the order of its indexes&apos; first columns mostly, and read once, by the export.</extracomment>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>free some space on that disk and try again</source>
        <translation>请释放该磁盘上的一些空间，然后重试</translation>
    </message>
    <message>
        <source>check the folder and try again</source>
        <translation>请检查该文件夹，然后重试</translation>
    </message>
    <message>
        <source>the merged package could not be written in {folder} ({reason}); nothing was written: {todo}</source>
        <translation>无法在 {folder} 中写入合并后的数据包（{reason}）；未写入任何内容：{todo}</translation>
    </message>
    <message>
        <source>the merge report {path} could not be written ({reason}); the merged package {out} was written; {todo}</source>
        <extracomment>Winning versions written to the merged store at a time (importer.apply_versions): what a merge holds in memory of the records it writes, whatever the number of packages. The page cache of the file of kept versions: enough for its index, which is what adding a version searches. The values a version&apos;s own fields are, for a record: Version.record_id is values[&quot;id&quot;], and so on.</extracomment>
        <translation>无法写入合并报告 {path}（{reason}）；合并后的数据包 {out} 已写入；{todo}</translation>
    </message>
    <message>
        <source>Merged into {file} · {time} · Fieldbook {version}</source>
        <translation>合并到 {file} · {time} · Fieldbook {version}</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办事处</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>报告期</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Digest (SHA-256)</source>
        <translation>摘要（SHA-256）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>LEFT OUT: invalid (sheet Left out)</source>
        <translation>未纳入：无效（见工作表 Left out）</translation>
    </message>
    <message>
        <source>{records} records and {deletions} deletions in the output; {conflicts} conflicts, {superseded} superseded versions, {duplicates} identical copies merged, {left_out} packages left out.</source>
        <translation>输出中有 {records} 条记录和 {deletions} 项删除；{conflicts} 处冲突，{superseded} 个被取代的版本，合并了 {duplicates} 个相同副本，{left_out} 个数据包未纳入。</translation>
    </message>
    <message>
        <source>Packages left out of the merge, and why</source>
        <translation>未纳入合并的数据包及原因</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Same revision, different content: the winner is in the output, the loser only here</source>
        <translation>修订号相同但内容不同：保留的版本在输出中，未保留的版本仅列于此处</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订号</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>保留的值</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>另一个值</translation>
    </message>
    <message>
        <source>Kept from</source>
        <translation>保留项来源</translation>
    </message>
    <message>
        <source>Other from</source>
        <translation>另一项来源</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>Older revisions replaced by a newer one (kept out of the output)</source>
        <translation>被较新修订版本取代的较早修订版本（未纳入输出）</translation>
    </message>
    <message>
        <source>From package</source>
        <translation>来源数据包</translation>
    </message>
    <message>
        <source>Kept revision</source>
        <translation>保留的修订号</translation>
    </message>
    <message>
        <source>{package} (hand-edited)</source>
        <translation>{package}（手工编辑）</translation>
    </message>
    <message numerus="yes">
        <source>{count} error(s)</source>
        <translation>
            <numerusform>{count} 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} warning(s)</source>
        <translation>
            <numerusform>{count} 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: valid: {records}, {errors}, {warnings}</source>
        <translation>{file}：有效：{records}，{errors}，{warnings}</translation>
    </message>
    <message>
        <source>{file}: rejected: {records}, {errors}, {warnings}</source>
        <translation>{file}：已拒收：{records}，{errors}，{warnings}</translation>
    </message>
    <message>
        <source> (more problems not listed)</source>
        <translation> （还有更多问题未列出）</translation>
    </message>
    <message>
        <source>cannot be read as a workbook ({reason}); the file is damaged or was changed by another program: ask for the package to be exported again</source>
        <extracomment>Signed lines by source package (data digest): a signed office package&apos;s own, a merged package&apos;s Provenance.</extracomment>
        <translation>无法作为工作簿读取（{reason}）；文件已损坏或被其他程序更改：请要求重新导出该数据包</translation>
    </message>
    <message>
        <source>sheet {name} cannot be read ({reason}); the file is damaged or was changed by another program: ask for the package to be exported again</source>
        <extracomment>Sheet name → its rows of cell values, streamed, from row 1 and column A. Kinds whose cell text, when already canonical, the digest takes as it is instead of writing the typed value out again (an import spends a tenth of its reading on that otherwise); tests/exchange/test_read_canonical.py checks that text taken so is exactly what the typed value would have been written as. The same, asked of a whole column at once.</extracomment>
        <translation>工作表 {name} 无法读取（{reason}）；文件已损坏或被其他程序更改：请要求重新导出该数据包</translation>
    </message>
    <message>
        <source>is not a Fieldbook package (it has no Manifest sheet)</source>
        <translation>不是 Fieldbook 数据包（没有 Manifest 工作表）</translation>
    </message>
    <message>
        <source>The sheet {sheet} is missing</source>
        <translation>缺少工作表 {sheet}</translation>
    </message>
    <message>
        <source>The data differs from what was exported (digest mismatch): edited by hand: {rows} (merge and import take each edit as a new version, attributed to the editor)</source>
        <translation>数据与导出时不同（摘要不匹配）：经过手工编辑：{rows}（合并和导入会将每处编辑作为新版本接收，并注明编辑者）</translation>
    </message>
    <message>
        <source>The data differs from what was exported (digest mismatch): it was changed by hand or damaged</source>
        <translation>数据与导出时不同（摘要不匹配）：数据经过手工更改或已损坏</translation>
    </message>
    <message numerus="yes">
        <source>The manifest says {rows} row(s) in {sheet}; the sheet has {count}</source>
        <translation>
            <numerusform>Manifest 中注明 {sheet} 有 {rows} 行；该工作表实际有 {count} 行</numerusform>
        </translation>
    </message>
    <message>
        <source>is not a Fieldbook package (its Manifest does not name the format {format})</source>
        <translation>不是 Fieldbook 数据包（其 Manifest 未注明格式 {format}）</translation>
    </message>
    <message>
        <source>has an unreadable format version ({version!r}) in its Manifest</source>
        <translation>其 Manifest 中的格式版本无法读取（{version!r}）</translation>
    </message>
    <message>
        <source>was written by a newer Fieldbook (package format {version}; this Fieldbook reads up to {newest}); update Fieldbook to read it</source>
        <translation>由较新版本的 Fieldbook 写入（数据包格式 {version}；此版本的 Fieldbook 最多只能读取 {newest}）；请更新 Fieldbook 后再读取</translation>
    </message>
    <message>
        <source>has package format {version}, which this Fieldbook cannot read</source>
        <translation>数据包格式为 {version}，此版本的 Fieldbook 无法读取</translation>
    </message>
    <message>
        <source>The sheet {sheet} has lost its three header rows (keys, labels, HXL tags)</source>
        <translation>工作表 {sheet} 缺少其三行标题行（键、标签、HXL 标签）</translation>
    </message>
    <message>
        <source>The column {key} appears twice (also column {column})</source>
        <translation>列 {key} 出现了两次（另一处在 {column} 列）</translation>
    </message>
    <message>
        <source>The column {key} is not part of the package format; it is ignored</source>
        <translation>列 {key} 不属于数据包格式；已忽略</translation>
    </message>
    <message>
        <source>Columns missing from row 1 of {sheet}: {columns}</source>
        <translation>{sheet} 第 1 行缺少以下列：{columns}</translation>
    </message>
    <message>
        <source>The record id {id} is also on row {row}</source>
        <translation>记录 ID {id} 也出现在第 {row} 行</translation>
    </message>
    <message>
        <source>The Manifest names {offices}, but every row belongs to {owner}: the Manifest was changed, or this is {owner}&apos;s package; ask {owner} for its own package</source>
        <translation>Manifest 注明的是 {offices}，但每一行都属于 {owner}：Manifest 已被更改，或者这是 {owner} 的数据包；请向 {owner} 索取其自己的数据包</translation>
    </message>
    <message>
        <source>This row belongs to office {owner}; a package of {offices} may carry only its own records: remove the row, or ask that office for its own package</source>
        <translation>此行属于办事处 {owner}；{offices} 的数据包只能包含其自己的记录：请删除该行，或向该办事处索取其自己的数据包</translation>
    </message>
    <message>
        <source>The profile of office {office} cannot travel in a package of {offices}</source>
        <translation>办事处 {office} 的简介不能包含在 {offices} 的数据包中</translation>
    </message>
    <message>
        <source>This deletion is of a record of office {owner}; a package of {offices} may delete only its own records</source>
        <translation>此删除针对的是办事处 {owner} 的记录；{offices} 的数据包只能删除其自己的记录</translation>
    </message>
    <message>
        <source>This hand edit names no valid record id and revision; it was changed after export</source>
        <translation>此手工编辑未注明有效的记录 ID 和修订号；它在导出后被更改过</translation>
    </message>
    <message>
        <source>This row&apos;s {key} says {text!r}, but its {of} is {expected!r}; Fieldbook goes by the id: correct {of} if the row belongs to {text!r}</source>
        <translation>此行的 {key} 为 {text!r}，但其 {of} 为 {expected!r}；Fieldbook 以 ID 为准：如果该行属于 {text!r}，请更正 {of}</translation>
    </message>
    <message>
        <source>The deletion&apos;s {key} is required</source>
        <translation>删除记录的 {key} 为必填项</translation>
    </message>
    <message>
        <source>{entity!r} is not an entity of the package</source>
        <translation>{entity!r} 不是数据包中的实体</translation>
    </message>
    <message>
        <source>Severity</source>
        <extracomment>The Problems sheet&apos;s headings (translated where they are written) and column widths.</extracomment>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>单元格</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>记录 ID</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>Parents before children: the order rows are written in.</extracomment>
        <translation>
            <numerusform>另有 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) would change records another office owns ({rows})</source>
        <translation>
            <numerusform>%n 行将更改其他办事处拥有的记录（{rows}）</numerusform>
        </translation>
    </message>
    <message>
        <source>imported</source>
        <extracomment>Child entities and the parents their rows point at (a row whose parent was deleted is stale, not a failure). What the database deletes with a parent (ON DELETE CASCADE): each of these leaves a tombstone too. What each status of an import summary says to a person (the status itself is a code: JSON, tests, the app).</extracomment>
        <translation>已导入</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>此前已导入</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒收</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>试运行</translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>新建 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>更新 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>未更改 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <translation>
            <numerusform>过时 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>删除 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>冲突 %n 处</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>拒收 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hand-edited row(s) accepted</source>
        <translation>
            <numerusform>已接受 %n 个手工编辑的行</numerusform>
        </translation>
    </message>
    <message>
        <source>gap: {office} sequence {numbers} never imported</source>
        <translation>缺号：{office} 的序号 {numbers} 从未导入</translation>
    </message>
    <message>
        <source>{reason}; nothing was imported from it</source>
        <extracomment>An import run commits its packages in batches: one transaction holds up to this many records (each package still all-or-nothing, in a savepoint of its own), so the index pages a batch touches are written out once per batch and not once per package — at headquarters scale that is most of an import&apos;s cost. The batch also ends after BATCH_SECONDS, so a power cut loses at most that much work (and nothing is reported imported before its commit). ... and at most this many packages: PostgreSQL keeps the savepoints of an open transaction that wrote in a cache of 64 per connection; past it, every other session&apos;s snapshot must look them up on disk (a known slowdown), so a batch of many small packages ends before it. The SQLite page cache while a batch is open (taken only as pages are used): the pages a batch dirties stay in memory until its commit instead of spilling to the write-ahead log one package at a time.</extracomment>
        <translation>{reason}；未从中导入任何内容</translation>
    </message>
    <message>
        <source>{path}: the process reading it stopped abruptly (a damaged or hostile file?)</source>
        <translation>{path}：读取它的进程意外中止（文件已损坏或含恶意内容？）</translation>
    </message>
    <message>
        <source>another import</source>
        <extracomment>The PostgreSQL advisory lock every import into a store takes per batch (&quot;fieldbk&quot; in ASCII). What an import&apos;s connection calls itself while it holds the lock (``application_name``): who, and since when (the run&apos;s start, in seconds since 1970, so that a run of several batches shows one time).</extracomment>
        <translation>另一个导入</translation>
    </message>
    <message>
        <source>waiting: {who} is writing to this store since {time}; this import goes on when it has committed</source>
        <translation>等待中：{who} 自 {time} 起正在写入此数据存储；待其提交后，本次导入将继续</translation>
    </message>
    <message>
        <source>waiting: {who} is writing to this store; this import goes on when it has committed</source>
        <translation>等待中：{who} 正在写入此数据存储；待其提交后，本次导入将继续</translation>
    </message>
    <message>
        <source>{reason}; nothing was imported</source>
        <translation>{reason}；未导入任何内容</translation>
    </message>
    <message>
        <source>the store refused the package ({reason}); nothing was imported</source>
        <translation>数据存储拒绝了该数据包（{reason}）；未导入任何内容</translation>
    </message>
    <message>
        <source>{sheet} row {row} ({label})</source>
        <translation>{sheet} 第 {row} 行（{label}）</translation>
    </message>
    <message>
        <source>{sheet} row {row}</source>
        <translation>{sheet} 第 {row} 行</translation>
    </message>
    <message>
        <source>{row}: owned by {owner}, not {office}</source>
        <extracomment>prctl(2) option: the signal a process gets when its parent dies. Who a hand edit is attributed to when no editor is named (``--editor``).</extracomment>
        <translation>{row}：属于 {owner}，而不是 {office}</translation>
    </message>
    <message numerus="yes">
        <source>%n {entity} record(s) changed in the store while this package was imported; import it again</source>
        <translation>
            <numerusform>导入此数据包期间，数据存储中有 %n 条 {entity} 记录发生了更改；请重新导入</numerusform>
        </translation>
    </message>
    <message>
        <source>{row}: deletes a record of {owner}, not of {office}</source>
        <translation>{row}：删除的是 {owner} 的记录，而不是 {office} 的记录</translation>
    </message>
    <message>
        <source>the {entity} {id} changed in the store while this package was imported; import it again</source>
        <translation>导入此数据包期间，数据存储中的 {entity} {id} 发生了更改；请重新导入</translation>
    </message>
    <message>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>no value changed</source>
        <translation>没有值发生更改</translation>
    </message>
    <message>
        <source>{sheet} {id}: {what} (edited by {editor} in {file}; now revision {revision})</source>
        <translation>{sheet} {id}：{what}（由 {editor} 在 {file} 中编辑；现为修订号 {revision}）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>{path}: {file} was imported by a version of Fieldbook that did not record how to undo an import, so it cannot be undone here</source>
        <translation>{path}：{file} 是由未记录撤销导入所需信息的 Fieldbook 版本导入的，因此无法在此撤销</translation>
    </message>
    <message>
        <source>the snapshot taken before it is {snapshot}</source>
        <translation>该次导入前创建的快照为 {snapshot}</translation>
    </message>
    <message>
        <source>{path}: no import to undo</source>
        <translation>{path}：没有可撤销的导入</translation>
    </message>
    <message>
        <source>trusted</source>
        <extracomment>A fingerprint typed by a person must name at least this many hex digits (32 bits: no accidental match). A key&apos;s status as a person reads it in a sentence (the status itself is stored data).</extracomment>
        <translation>已信任</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <source>{holder} is not an office code or region label (1 to {most} characters)</source>
        <extracomment>The holder&apos;s current key. No key at all is registered for this holder: a first contact (trust on first use may apply). The holder has other keys, and not this one: refuse, unless a valid rotation from its trusted key comes along. The holder&apos;s key before a signed rotation: what it signed before the rotation is still the holder&apos;s. Revoked (for this holder or any other): never accepted.</extracomment>
        <translation>{holder} 不是办事处代码或区域标签（1 至 {most} 个字符）</translation>
    </message>
    <message>
        <source>key {fingerprint} was revoked for {holder} on {date}: it is not trusted again unless forced</source>
        <translation>{holder} 的密钥 {fingerprint} 已于 {date} 吊销：除非强制，否则不会再被信任</translation>
    </message>
    <message>
        <source>key {fingerprint} was revoked for {holder}: it is not trusted again unless forced</source>
        <translation>{holder} 的密钥 {fingerprint} 已吊销：除非强制，否则不会再被信任</translation>
    </message>
    <message>
        <source>the key rotation for {holder} gives no UTC time ({time})</source>
        <translation>{holder} 的密钥轮换未给出 UTC 时间（{time}）</translation>
    </message>
    <message>
        <source>the key rotation statement for {holder} does not verify: its signature or its fields are wrong</source>
        <translation>{holder} 的密钥轮换声明未通过验证：其签名或字段有误</translation>
    </message>
    <message>
        <source>the key rotation statement does not verify: its signature or its fields are wrong</source>
        <translation>密钥轮换声明未通过验证：其签名或字段有误</translation>
    </message>
    <message>
        <source>the key rotation for {holder} is signed by {old}, a key not registered for {holder}: confirm the new key {new} with the office</source>
        <translation>{holder} 的密钥轮换由 {old} 签名，而该密钥并未登记为 {holder} 的密钥：请与办事处核实新密钥 {new}</translation>
    </message>
    <message>
        <source>the key rotation for {holder} is signed by {old}, which is {status}: confirm the new key {new} with the office</source>
        <translation>{holder} 的密钥轮换由 {old} 签名，该密钥{status}：请与办事处核实新密钥 {new}</translation>
    </message>
    <message>
        <source>the key rotation for {holder} names key {new}, which was revoked for {other} on {date}</source>
        <translation>{holder} 的密钥轮换指定了密钥 {new}，而该密钥已于 {date} 作为 {other} 的密钥被吊销</translation>
    </message>
    <message>
        <source>the key rotation for {holder} names key {new}, which was revoked for {other}</source>
        <translation>{holder} 的密钥轮换指定了密钥 {new}，而该密钥已作为 {other} 的密钥被吊销</translation>
    </message>
    <message>
        <source>{text} is not a key fingerprint: type at least {least} of its hex digits, as `SHA256:ab12 cd34` or `ab12cd34`</source>
        <translation>{text} 不是密钥指纹：请至少输入其 {least} 位十六进制数字，格式如 `SHA256:ab12 cd34` 或 `ab12cd34`</translation>
    </message>
    <message>
        <source>{holder} has no key whose fingerprint starts with {prefix}: list the keys to see theirs</source>
        <translation>{holder} 没有指纹以 {prefix} 开头的密钥：请列出密钥查看其指纹</translation>
    </message>
    <message numerus="yes">
        <source>%n keys of {holder} start with {prefix}: type more of the fingerprint</source>
        <translation>
            <numerusform>{holder} 有 %n 个密钥的指纹以 {prefix} 开头：请输入更多位指纹</numerusform>
        </translation>
    </message>
    <message>
        <source>REVOKED {date}</source>
        <translation>已于 {date} 吊销</translation>
    </message>
    <message>
        <source>REVOKED</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <source>retired {date}</source>
        <translation>已于 {date} 停用</translation>
    </message>
    <message>
        <source>trusted {date} by {user} ({how})</source>
        <translation>已于 {date} 由 {user} 信任（{how}）</translation>
    </message>
    <message>
        <source>restore it from your backup, or move it out of the folder to start a new key (headquarters must then confirm the new key by hand)</source>
        <extracomment>A PEM of an Ed25519 key is about 120 bytes; anything far larger is not one (and is not read into memory whole). Bytes of sha256 shown in a fingerprint: 160 bits, 40 hex digits in ten groups — short enough to read aloud. The fields of a rotation statement; the signature covers the others. What to do about a key file that cannot be read (translated where it is said).</extracomment>
        <translation>请从备份中恢复该文件，或将其移出该文件夹以开始使用新密钥（届时总部必须手动确认新密钥）</translation>
    </message>
    <message>
        <source>{text} is not a public key (not base64 text)</source>
        <translation>{text} 不是公钥（不是 base64 文本）</translation>
    </message>
    <message>
        <source>{text} is not a public key ({count} bytes, an Ed25519 key has 32)</source>
        <translation>{text} 不是公钥（{count} 字节，而 Ed25519 密钥为 32 字节）</translation>
    </message>
    <message>
        <source>{path}: there is no signing key file here: restore it from your backup (the next export makes a new key, which headquarters must then confirm by hand)</source>
        <translation>{path}：此处没有签名密钥文件：请从备份中恢复（下次导出时会生成新密钥，届时总部必须手动确认该密钥）</translation>
    </message>
    <message>
        <source>larger than {size} bytes</source>
        <translation>大于 {size} 字节</translation>
    </message>
    <message>
        <source>{path} cannot be read as a signing key ({reason}): {advice}</source>
        <translation>{path} 无法作为签名密钥读取（{reason}）：{advice}</translation>
    </message>
    <message>
        <source>it is protected by a password</source>
        <translation>它受密码保护</translation>
    </message>
    <message>
        <source>a kind of key Fieldbook does not use</source>
        <translation>Fieldbook 不使用的密钥类型</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>damaged, or not a PEM private key</source>
        <translation>已损坏，或不是 PEM 私钥</translation>
    </message>
    <message>
        <source>a {kind}, not an Ed25519 key</source>
        <translation>是 {kind}，而不是 Ed25519 密钥</translation>
    </message>
    <message>
        <source>{path}: the key rotation statement cannot be read ({reason}); restore it from your backup, or rotate the key again</source>
        <translation>{path}：无法读取密钥轮换声明（{reason}）；请从备份中恢复，或再次轮换密钥</translation>
    </message>
    <message>
        <source>not a statement</source>
        <translation>不是声明</translation>
    </message>
    <message>
        <source>{path}: too many retired keys named {name}: move some away</source>
        <translation>{path}：名为 {name} 的已停用密钥过多：请移走一些</translation>
    </message>
    <message>
        <source>(unreadable key)</source>
        <translation>（无法读取的密钥）</translation>
    </message>
    <message>
        <source>The signed statement in the Manifest is unreadable: the Manifest was changed after signing; ask the office to export the package again</source>
        <translation>Manifest 中的签名声明无法读取：Manifest 在签名后被更改；请要求办事处重新导出该数据包</translation>
    </message>
    <message>
        <source>The signature does not match: the Manifest was changed after signing, or the package was not made by the key it names; ask the office to export the package again</source>
        <translation>签名不匹配：Manifest 在签名后被更改，或者该数据包并非由其所注明的密钥生成；请要求办事处重新导出该数据包</translation>
    </message>
    <message>
        <source>The Manifest&apos;s {name} ({value!r}) is not what was signed ({signed!r}): it was changed after signing</source>
        <translation>Manifest 中的 {name}（{value!r}）与签名时的内容（{signed!r}）不符：签名后被更改过</translation>
    </message>
    <message>
        <source>The Manifest&apos;s list of sources is not what was signed: it was changed after signing</source>
        <translation>Manifest 中的来源列表与签名时的内容不符：签名后被更改过</translation>
    </message>
    <message>
        <source>Rows were added or removed, a grey fingerprint changed, or a deletion or hand edit changed after the package was signed (values may be edited; those columns not): ask for the package again</source>
        <translation>数据包签名后，有行被添加或删除、灰色指纹被更改，或某项删除或手工编辑被更改（值可以编辑，这些列则不可以）：请重新索取该数据包</translation>
    </message>
    <message>
        <source>it was written by a Fieldbook before signed packages</source>
        <translation>它由支持签名数据包之前的旧版 Fieldbook 写入</translation>
    </message>
    <message>
        <source>it carries no signature</source>
        <translation>它没有签名</translation>
    </message>
    <message>
        <source>{file}: not signed ({reason}); ask the office to export it again with this Fieldbook, or import it with --accept-unsigned (recorded in the ledger)</source>
        <translation>{file}：未签名（{reason}）；请要求办事处使用此版本的 Fieldbook 重新导出，或使用 --accept-unsigned 导入（将记录在台账中）</translation>
    </message>
    <message>
        <source>{file}: signed on {date} with {holder}&apos;s key {fingerprint}, which its rotation replaced on {retired}: refused; ask the office for a package signed with its new key</source>
        <translation>{file}：于 {date} 使用 {holder} 的密钥 {fingerprint} 签名，而该密钥已于 {retired} 经轮换被替换：已拒收；请向办事处索取用其新密钥签名的数据包</translation>
    </message>
    <message>
        <source>{file}: signed by {holder}&apos;s key {fingerprint}, which was revoked: refused; ask the office for a package signed with its new key</source>
        <translation>{file}：由 {holder} 的密钥 {fingerprint} 签名，而该密钥已被吊销：已拒收；请向办事处索取用其新密钥签名的数据包</translation>
    </message>
    <message>
        <source>{file}: signed by a key ({fingerprint}) that is not the one on record for {holder}; if the office changed its key, confirm the new fingerprint with it by phone and add it: fieldbook keys trust --db … {holder} &quot;{fingerprint}&quot; (see fieldbook keys list)</source>
        <translation>{file}：签名所用的密钥（{fingerprint}）不是 {holder} 登记在案的密钥；如果该办事处更换了密钥，请通过电话与其核实新指纹后添加：fieldbook keys trust --db … {holder} &quot;{fingerprint}&quot;（参见 fieldbook keys list）</translation>
    </message>
    <message>
        <source>{file}: signed by {holder} key {fingerprint}, which this store does not know yet: confirm the fingerprint with the office (by phone), then import with --trust-new-keys, or add it first with fieldbook keys trust</source>
        <translation>{file}：由 {holder} 的密钥 {fingerprint} 签名，此数据存储尚不认识该密钥：请（通过电话）与办事处核实指纹，然后使用 --trust-new-keys 导入，或先用 fieldbook keys trust 添加该密钥</translation>
    </message>
    <message>
        <source>{file} (source {office} #{sequence})</source>
        <translation>{file}（来源 {office} #{sequence}）</translation>
    </message>
    <message>
        <source>its signature does not match what the source package signed</source>
        <translation>其签名与来源数据包所签名的内容不符</translation>
    </message>
    <message>
        <source>What {office} signed in its package no. {sequence} is not carried whole (sheet Provenance): its records cannot be checked against its signature; merge again from the office&apos;s own packages</source>
        <translation>{office} 在其第 {sequence} 号数据包中签名的内容未被完整携带（工作表 Provenance）：无法根据其签名核对其记录；请改用该办事处自己的数据包重新合并</translation>
    </message>
    <message>
        <source>This row of {owner} is not one {owner} signed, and it is not an attributed hand edit: ask {owner} for its own package</source>
        <translation>{owner} 的这一行并非 {owner} 签名的内容，也不是注明编辑者的手工编辑：请向 {owner} 索取其自己的数据包</translation>
    </message>
    <message>
        <source>This deletion of a record of {owner} is not one {owner} signed: ask {owner} for its own package</source>
        <translation>对 {owner} 记录的这一删除并非 {owner} 签名的内容：请向 {owner} 索取其自己的数据包</translation>
    </message>
    <message numerus="yes">
        <source>cannot undo {file}: %n record(s) it brought in changed by a later import since; nothing was undone</source>
        <extracomment>Parents before children, as an import writes them (the importer&apos;s order too). How each non-JSON type of a row is written (looked up by exact type: an update of many records encodes many rows).</extracomment>
        <translation>
            <numerusform>无法撤销 {file} 的导入：其导入的 %n 条记录此后已被后续导入更改；未撤销任何内容</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot undo {file}: the {entity} {id} it wrote has changed since it was imported; nothing was undone</source>
        <translation>无法撤销 {file} 的导入：其写入的 {entity} 记录 {id} 在导入后已被更改；未撤销任何内容</translation>
    </message>
    <message numerus="yes">
        <source>cannot undo {file}: %n record(s) it wrote edited since it was imported; nothing was undone</source>
        <translation>
            <numerusform>无法撤销 {file} 的导入：其写入的 %n 条记录在导入后已被编辑；未撤销任何内容</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot undo {file}: %n {entity} record(s) it updated changed since it was imported; nothing was undone</source>
        <translation>
            <numerusform>无法撤销 {file} 的导入：其更新的 %n 条 {entity} 记录在导入后已被更改；未撤销任何内容</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot undo {file}: records it created have %n {child} record(s) added since under them; nothing was undone</source>
        <translation>
            <numerusform>无法撤销 {file} 的导入：其新建的记录下此后已添加了 %n 条 {child} 记录；未撤销任何内容</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot undo {file}: %n record(s) it created no longer in the store; nothing was undone</source>
        <translation>
            <numerusform>无法撤销 {file} 的导入：其新建的 %n 条记录已不在数据存储中；未撤销任何内容</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>form</name>
    <message>
        <source>The language of the packages this office exports: their README sheet and the row of column names are written in it, with English beside. The language of Fieldbook&apos;s windows is chosen in Settings ▸ Language.</source>
        <translation>本办事处导出的数据包所用的语言：数据包的 README 工作表和列名行以该语言书写，旁附英文。Fieldbook 窗口的语言在“设置 ▸ 语言”中选择。</translation>
    </message>
</context>
<context>
    <name>package</name>
    <message>
        <source>This workbook is a Fieldbook package: one country office&apos;s portfolio for one reporting period.</source>
        <extracomment>Rows between two progress reports (and cancel checks). Data validation and unlocked cells reach down to Excel&apos;s last row, so people can add rows. Let go of each data row&apos;s height once xlsxwriter has written the row out (see _write_entity); off only in tests, to show the package is the same without. Printed pages: A4 (landscape, but for the Manifest) with narrow margins, in inches; text on paper is never smaller than _SMALLEST_PRINTED_PT. A page is reckoned to hold 8 % less than it does: LibreOffice draws a column some 6 % wider than Excel&apos;s 7 pixels a character, and a column that does not fit moves whole to the next page. Across a landscape page at 100 %, in pixels (96 dpi). The README sheet, in the package&apos;s language with English beside (translated in the &quot;package&quot; context).</extracomment>
        <translation>本工作簿是一个 Fieldbook 数据包：一个国家办事处在一个报告期内的项目组合。</translation>
    </message>
    <message>
        <source>Each data sheet has three header rows: row 1 the machine keys (do not change them), row 2 the column names, row 3 the HXL hashtags. Records start on row 4. Header rows are protected; data cells are not (Review › Unprotect Sheet, no password, to change the layout).</source>
        <translation>每个数据工作表有三行标题行：第 1 行为机器键（请勿更改），第 2 行为列名，第 3 行为 HXL 标签。记录从第 4 行开始。标题行受保护；数据单元格不受保护（如需更改布局，请使用“审阅 › 撤消工作表保护”，无需密码）。</translation>
    </message>
    <message>
        <source>Every row carries its record id (a UUID that never changes), its revision, when it was created and last updated (UTC) and the office that owns it. Keep those columns as they are: they are how packages from many offices are merged. Add new records in Fieldbook itself: a package row without a valid id is refused.</source>
        <translation>每一行都带有其记录 ID（一个永不改变的 UUID）、修订号、创建时间和最后更新时间（UTC）以及拥有该记录的办事处。请保持这些列原样不变：来自多个办事处的数据包正是依靠它们进行合并的。请在 Fieldbook 中添加新记录：没有有效 ID 的数据包行将被拒收。</translation>
    </message>
    <message>
        <source>Coded columns offer a list of codes (sheet CodeLists). Dates are real dates; amounts are numbers unless too long to stay exact in Excel, then they are text. Times are text in ISO 8601, UTC.</source>
        <translation>编码列提供代码列表（见工作表 CodeLists）。日期为真正的日期值；金额为数字，但位数过多、无法在 Excel 中保持精确时则为文本。时间为 ISO 8601 格式（UTC）的文本。</translation>
    </message>
    <message>
        <source>An empty cell in a text column is empty text; in any other column it means not known.</source>
        <translation>文本列中的空单元格表示空文本；在其他列中则表示未知。</translation>
    </message>
    <message>
        <source>Text that contains invisible control characters shows them as ␛ and four hex digits (␛000B).</source>
        <translation>包含不可见控制字符的文本会将这些字符显示为 ␛ 加四位十六进制数字（␛000B）。</translation>
    </message>
    <message>
        <source>Sheet Deletions lists records deleted in the office. Sheet Manifest describes the package and holds a digest of its data: if the data was changed by hand, Fieldbook says so when it checks the package.</source>
        <translation>工作表 Deletions 列出在办事处删除的记录。工作表 Manifest 描述该数据包，并保存其数据的摘要：如果数据经过手工更改，Fieldbook 在检查数据包时会指出。</translation>
    </message>
    <message>
        <source>Check a package with: fieldbook validate FILE.xlsx --report checked.xlsx</source>
        <translation>检查数据包：fieldbook validate FILE.xlsx --report checked.xlsx</translation>
    </message>
    <message>
        <source>Printed, each sheet is A4 landscape (Manifest portrait) with its column names on every page. A sheet too wide for one page at a readable size prints on several pages across, in order (across, then down), its first column repeated on each. CodeLists prints only a note: clear its print area to print the lists.</source>
        <translation>打印时，每个工作表为 A4 横向（Manifest 为纵向），每页都有列名。工作表过宽、无法以可读的大小打印在一页上时，会按顺序（先横向，后纵向）横跨多页打印，每页都重复其第一列。CodeLists 只打印一条说明：清除其打印区域即可打印这些列表。</translation>
    </message>
    <message>
        <source>Fieldbook package — {office} ({code}), period {period}, no. {sequence}</source>
        <translation>Fieldbook 数据包 — {office}（{code}），报告期 {period}，第 {sequence} 号</translation>
    </message>
    <message numerus="yes">
        <source>{sheet}: %n row(s)</source>
        <translation>
            <numerusform>{sheet}：%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Row fingerprint (Fieldbook; do not change)</source>
        <extracomment>Every version this Fieldbook reads. A later Fieldbook reads every earlier version (docs/package-format.md). Version 2 added each row&apos;s fingerprint, the readable link columns, the HandEdits sheet and the signature. Row layout of an entity sheet (1-based, as Excel shows them). Entity → sheet name (≤ 31 characters, stable; never translated: the reader finds sheets by these names). Rows of an entity sheet are written in this order (the digest does not depend on it). HXL hashtag of every column (https://hxlstandard.org/standard/dictionary/), so humanitarian tools can read a sheet. Column widths in characters, by kind; text columns get their own below.</extracomment>
        <translation>行指纹（Fieldbook；请勿更改）</translation>
    </message>
    <message>
        <source>Initiative (code — title)</source>
        <extracomment>Hex digits of a row fingerprint: 128 bits of sha256, enough that no edit keeps it. Link column → (its readable column&apos;s key, label, HXL tag).</extracomment>
        <translation>举措（代码 — 标题）</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>出资方</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>报告期</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>reference</name>
    <message>
        <source>Africa</source>
        <translation>非洲</translation>
    </message>
    <message>
        <source>Arab States</source>
        <translation>阿拉伯国家</translation>
    </message>
    <message>
        <source>Asia and the Pacific</source>
        <translation>亚洲及太平洋</translation>
    </message>
    <message>
        <source>Latin America and the Caribbean</source>
        <translation>拉丁美洲和加勒比</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>欧洲</translation>
    </message>
    <message>
        <source>Inclusive communities, thriving cities (urban regeneration)</source>
        <translation>包容性社区、繁荣城市（城市复兴）</translation>
    </message>
    <message>
        <source>RISE-UP: resilient settlements for the urban poor</source>
        <translation>崛起：为城市贫民建设有韧性的住区</translation>
    </message>
    <message>
        <source>Inclusive cities: enhancing the positive impact of urban migration</source>
        <translation>包容性城市：增强城市移民的积极影响</translation>
    </message>
    <message>
        <source>SDG Cities</source>
        <translation>可持续发展目标城市</translation>
    </message>
    <message>
        <source>People-centred smart cities</source>
        <translation>以人为本的智慧城市</translation>
    </message>
    <message>
        <source>Reduced spatial inequality and poverty</source>
        <translation>减少空间不平等和贫困</translation>
    </message>
    <message>
        <source>Enhanced shared prosperity of cities and regions</source>
        <translation>加强城市和区域的共同繁荣</translation>
    </message>
    <message>
        <source>Strengthened climate action and improved urban environment</source>
        <translation>加强气候行动和改善城市环境</translation>
    </message>
    <message>
        <source>Effective urban crisis prevention and response</source>
        <translation>有效预防和应对城市危机</translation>
    </message>
    <message>
        <source>Knowledge and evidence</source>
        <translation>知识和循证数据</translation>
    </message>
    <message>
        <source>Global and regional collaboration and capacity</source>
        <translation>全球和区域协作和能力</translation>
    </message>
    <message>
        <source>Initiatives and solutions implemented</source>
        <translation>已执行的举措和解决方案</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>筹备中</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>No crisis context</source>
        <translation>无危机背景</translation>
    </message>
    <message>
        <source>Natural disaster (flood, earthquake, storm)</source>
        <translation>自然灾害（洪水、地震、风暴）</translation>
    </message>
    <message>
        <source>Armed conflict</source>
        <translation>武装冲突</translation>
    </message>
    <message>
        <source>Protracted displacement</source>
        <translation>长期流离失所</translation>
    </message>
    <message>
        <source>Post-crisis recovery and reconstruction</source>
        <translation>危机后恢复和重建</translation>
    </message>
    <message>
        <source>Residents of neighbourhoods</source>
        <translation>居民区居民</translation>
    </message>
    <message>
        <source>Vulnerable communities</source>
        <translation>弱势社区</translation>
    </message>
    <message>
        <source>Refugees</source>
        <translation>难民</translation>
    </message>
    <message>
        <source>Host communities</source>
        <translation>收容社区</translation>
    </message>
    <message>
        <source>Internally displaced persons</source>
        <translation>境内流离失所者</translation>
    </message>
    <message>
        <source>Migrants</source>
        <translation>移民</translation>
    </message>
    <message>
        <source>Returnees</source>
        <translation>返回者</translation>
    </message>
    <message>
        <source>Government officials and staff trained</source>
        <translation>接受培训的政府官员和工作人员</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>直接</translation>
    </message>
    <message>
        <source>Indirect</source>
        <translation>间接</translation>
    </message>
    <message>
        <source>National government</source>
        <translation>国家政府</translation>
    </message>
    <message>
        <source>Regional government</source>
        <translation>区域政府</translation>
    </message>
    <message>
        <source>Local government</source>
        <translation>地方政府</translation>
    </message>
    <message>
        <source>Bilateral cooperation agency</source>
        <translation>双边合作机构</translation>
    </message>
    <message>
        <source>Multilateral organization</source>
        <translation>多边组织</translation>
    </message>
    <message>
        <source>UN entity</source>
        <translation>联合国实体</translation>
    </message>
    <message>
        <source>Private sector and investors</source>
        <translation>私营部门和投资者</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>基金会</translation>
    </message>
    <message>
        <source>Vertical climate fund</source>
        <translation>纵向气候基金</translation>
    </message>
    <message>
        <source>Non-governmental organization</source>
        <translation>非政府组织</translation>
    </message>
    <message>
        <source>Academic or research institution</source>
        <translation>学术或研究机构</translation>
    </message>
    <message>
        <source>Community-based organization</source>
        <translation>社区组织</translation>
    </message>
    <message>
        <source>Implementing partner</source>
        <translation>执行伙伴</translation>
    </message>
    <message>
        <source>Funding partner</source>
        <translation>供资伙伴</translation>
    </message>
    <message>
        <source>Government counterpart</source>
        <translation>政府对口部门</translation>
    </message>
    <message>
        <source>Academic partner</source>
        <translation>学术伙伴</translation>
    </message>
    <message>
        <source>Private sector partner</source>
        <translation>私营部门伙伴</translation>
    </message>
    <message>
        <source>Community partner</source>
        <translation>社区伙伴</translation>
    </message>
    <message>
        <source>Bilateral cooperation</source>
        <translation>双边合作</translation>
    </message>
    <message>
        <source>Multilateral</source>
        <translation>多边</translation>
    </message>
    <message>
        <source>UN entities</source>
        <translation>联合国实体</translation>
    </message>
    <message>
        <source>Foundations</source>
        <translation>基金会</translation>
    </message>
    <message>
        <source>Vertical climate funds</source>
        <translation>纵向气候基金</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>核心资金</translation>
    </message>
    <message>
        <source>Softly earmarked</source>
        <translation>非硬性专用资金</translation>
    </message>
    <message>
        <source>Earmarked</source>
        <translation>专用资金</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>认捐</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>承付</translation>
    </message>
    <message>
        <source>Incoming funds (received)</source>
        <translation>到账资金（已收到）</translation>
    </message>
    <message>
        <source>Expenditure</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Guide or handbook</source>
        <translation>指南或手册</translation>
    </message>
    <message>
        <source>Policy brief</source>
        <translation>政策简报</translation>
    </message>
    <message>
        <source>Tool or methodology</source>
        <translation>工具或方法</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Training material</source>
        <translation>培训材料</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>案例研究</translation>
    </message>
    <message>
        <source>Video or multimedia</source>
        <translation>视频或多媒体</translation>
    </message>
    <message>
        <source>No poverty</source>
        <translation>无贫穷</translation>
    </message>
    <message>
        <source>Zero hunger</source>
        <translation>零饥饿</translation>
    </message>
    <message>
        <source>Good health and well-being</source>
        <translation>良好健康与福祉</translation>
    </message>
    <message>
        <source>Quality education</source>
        <translation>优质教育</translation>
    </message>
    <message>
        <source>Gender equality</source>
        <translation>性别平等</translation>
    </message>
    <message>
        <source>Clean water and sanitation</source>
        <translation>清洁饮水和卫生设施</translation>
    </message>
    <message>
        <source>Affordable and clean energy</source>
        <translation>经济适用的清洁能源</translation>
    </message>
    <message>
        <source>Decent work and economic growth</source>
        <translation>体面工作和经济增长</translation>
    </message>
    <message>
        <source>Industry, innovation and infrastructure</source>
        <translation>产业、创新和基础设施</translation>
    </message>
    <message>
        <source>Reduced inequalities</source>
        <translation>减少不平等</translation>
    </message>
    <message>
        <source>Sustainable cities and communities</source>
        <translation>可持续城市和社区</translation>
    </message>
    <message>
        <source>Responsible consumption and production</source>
        <translation>负责任消费和生产</translation>
    </message>
    <message>
        <source>Climate action</source>
        <translation>气候行动</translation>
    </message>
    <message>
        <source>Life below water</source>
        <translation>水下生物</translation>
    </message>
    <message>
        <source>Life on land</source>
        <translation>陆地生物</translation>
    </message>
    <message>
        <source>Peace, justice and strong institutions</source>
        <translation>和平、正义与强大机构</translation>
    </message>
    <message>
        <source>Partnerships for the goals</source>
        <translation>促进目标实现的伙伴关系</translation>
    </message>
    <message>
        <source>Eradicate extreme poverty (people living on less than $1.25 a day) everywhere</source>
        <translation>在全球所有人口中消除极端贫困（每人每日生活费不足1.25美元）</translation>
    </message>
    <message>
        <source>Reduce at least by half the proportion of people living in poverty in all its dimensions</source>
        <translation>陷入各种形式贫困的人口比例至少减半</translation>
    </message>
    <message>
        <source>Implement social protection systems and measures for all, including floors</source>
        <translation>执行全民社会保障制度和措施，包括最低标准</translation>
    </message>
    <message>
        <source>Equal rights to economic resources, basic services, land, property and financial services</source>
        <translation>享有平等获取经济资源、基本服务、土地和财产所有权以及金融服务的权利</translation>
    </message>
    <message>
        <source>Build resilience of the poor and vulnerable to climate-related extremes and disasters</source>
        <translation>增强穷人和弱势群体抵御极端天气事件和灾害的能力</translation>
    </message>
    <message>
        <source>Mobilize resources for programmes and policies to end poverty in all its dimensions</source>
        <translation>调集资源，执行消除一切形式贫困的计划和政策</translation>
    </message>
    <message>
        <source>Create sound policy frameworks based on pro-poor, gender-sensitive development strategies</source>
        <translation>根据惠及贫困人口和顾及性别平等问题的发展战略，制定合理的政策框架</translation>
    </message>
    <message>
        <source>End hunger and ensure access to safe, nutritious and sufficient food all year round</source>
        <translation>消除饥饿，确保所有人全年都有安全、营养和充足的食物</translation>
    </message>
    <message>
        <source>End all forms of malnutrition, including stunting and wasting in children under 5</source>
        <translation>消除一切形式的营养不良，包括5岁以下儿童发育迟缓和消瘦问题</translation>
    </message>
    <message>
        <source>Double the agricultural productivity and incomes of small-scale food producers</source>
        <translation>实现农业生产力翻倍和小规模粮食生产者收入翻番</translation>
    </message>
    <message>
        <source>Ensure sustainable food production systems and implement resilient agricultural practices</source>
        <translation>确保建立可持续粮食生产体系并执行具有抗灾能力的农作方法</translation>
    </message>
    <message>
        <source>Maintain genetic diversity of seeds, plants and animals; share genetic resource benefits</source>
        <translation>保持种子、种植作物和养殖驯养动物的遗传多样性；分享利用遗传资源产生的惠益</translation>
    </message>
    <message>
        <source>Increase investment in rural infrastructure, agricultural research, technology, gene banks</source>
        <translation>增加对农村基础设施、农业研究、技术开发和基因库的投资</translation>
    </message>
    <message>
        <source>Correct and prevent trade restrictions and distortions in world agricultural markets</source>
        <translation>纠正和防止世界农业市场上的贸易限制和扭曲</translation>
    </message>
    <message>
        <source>Ensure proper functioning of food commodity markets and access to market information</source>
        <translation>确保粮食商品市场正常发挥作用，确保及时获取市场信息</translation>
    </message>
    <message>
        <source>Reduce the global maternal mortality ratio to less than 70 per 100,000 live births</source>
        <translation>全球孕产妇每10万例活产的死亡率降至70人以下</translation>
    </message>
    <message>
        <source>End preventable deaths of newborns and children under 5 years of age</source>
        <translation>消除新生儿和5岁以下儿童可预防的死亡</translation>
    </message>
    <message>
        <source>End epidemics of AIDS, TB, malaria and neglected tropical diseases; combat hepatitis</source>
        <translation>消除艾滋病、结核病、疟疾和被忽视的热带疾病等流行病，抗击肝炎</translation>
    </message>
    <message>
        <source>Reduce premature mortality from non-communicable diseases by 1/3; promote mental health</source>
        <translation>将非传染性疾病导致的过早死亡减少三分之一，促进身心健康</translation>
    </message>
    <message>
        <source>Strengthen prevention and treatment of substance abuse, including drugs and alcohol</source>
        <translation>加强对滥用药物包括滥用麻醉药品和有害使用酒精的预防和治疗</translation>
    </message>
    <message>
        <source>Halve global deaths and injuries from road traffic accidents</source>
        <translation>全球道路交通事故造成的死伤人数减半</translation>
    </message>
    <message>
        <source>Ensure universal access to sexual and reproductive health-care services</source>
        <translation>确保普及性健康和生殖健康保健服务</translation>
    </message>
    <message>
        <source>Achieve universal health coverage, including financial risk protection</source>
        <translation>实现全民健康保障，包括提供经济风险保护</translation>
    </message>
    <message>
        <source>Reduce deaths and illnesses from hazardous chemicals and air, water and soil pollution</source>
        <translation>减少危险化学品以及空气、水和土壤污染导致的死亡和患病人数</translation>
    </message>
    <message>
        <source>Strengthen implementation of the WHO Framework Convention on Tobacco Control</source>
        <translation>加强执行《世界卫生组织烟草控制框架公约》</translation>
    </message>
    <message>
        <source>Support research and development of vaccines and medicines; access to affordable medicines</source>
        <translation>支持研发疫苗和药品，提供负担得起的基本药品</translation>
    </message>
    <message>
        <source>Increase health financing and the health workforce in developing countries</source>
        <translation>大幅加强发展中国家的卫生筹资，增加其卫生工作者队伍</translation>
    </message>
    <message>
        <source>Strengthen capacity for early warning, risk reduction and management of health risks</source>
        <translation>加强早期预警、减少风险以及管理健康风险的能力</translation>
    </message>
    <message>
        <source>All girls and boys complete free, equitable, quality primary and secondary education</source>
        <translation>确保所有男女童完成免费、公平和优质的中小学教育</translation>
    </message>
    <message>
        <source>Ensure access to quality early childhood development, care and pre-primary education</source>
        <translation>确保所有男女童获得优质儿童早期发展、看护和学前教育</translation>
    </message>
    <message>
        <source>Equal access to affordable technical, vocational and tertiary education, incl. university</source>
        <translation>确保所有男女平等获得负担得起的优质技术、职业和高等教育，包括大学教育</translation>
    </message>
    <message>
        <source>Increase youth and adults with relevant skills for employment and entrepreneurship</source>
        <translation>增加掌握就业和创业所需相关技能的青年和成年人数</translation>
    </message>
    <message>
        <source>Eliminate gender disparities in education and ensure equal access for the vulnerable</source>
        <translation>消除教育中的性别差距，确保弱势群体平等获得各级教育</translation>
    </message>
    <message>
        <source>Ensure all youth and a substantial proportion of adults achieve literacy and numeracy</source>
        <translation>确保所有青年和大部分成年人具有识字和计算能力</translation>
    </message>
    <message>
        <source>All learners acquire knowledge and skills needed to promote sustainable development</source>
        <translation>确保所有从事学习的人都掌握可持续发展所需的知识和技能</translation>
    </message>
    <message>
        <source>Build and upgrade education facilities that are child, disability and gender sensitive</source>
        <translation>建立和改善兼顾儿童、残疾和性别平等的教育设施</translation>
    </message>
    <message>
        <source>Expand scholarships available to developing countries for enrolment in higher education</source>
        <translation>大幅增加为发展中国家提供的高等教育奖学金数量</translation>
    </message>
    <message>
        <source>Increase the supply of qualified teachers, including through international cooperation</source>
        <translation>增加合格教师人数，包括开展国际合作</translation>
    </message>
    <message>
        <source>End all forms of discrimination against all women and girls everywhere</source>
        <translation>在全球消除对妇女和女童一切形式的歧视</translation>
    </message>
    <message>
        <source>Eliminate all violence against women and girls, including trafficking and exploitation</source>
        <translation>消除针对妇女和女童一切形式的暴力行为，包括贩卖和剥削</translation>
    </message>
    <message>
        <source>Eliminate harmful practices such as child, early and forced marriage and FGM</source>
        <translation>消除童婚、早婚、逼婚及割礼等一切伤害行为</translation>
    </message>
    <message>
        <source>Recognize and value unpaid care and domestic work</source>
        <translation>认可和尊重无偿护理和家务</translation>
    </message>
    <message>
        <source>Ensure women&apos;s full participation and equal opportunities for leadership</source>
        <translation>确保妇女全面参与决策，并享有进入领导层的平等机会</translation>
    </message>
    <message>
        <source>Ensure universal access to sexual and reproductive health and reproductive rights</source>
        <translation>确保普遍享有性和生殖健康以及生殖权利</translation>
    </message>
    <message>
        <source>Give women equal rights to economic resources, ownership of land and property, and finance</source>
        <translation>给予妇女平等获取经济资源的权利，享有对土地和财产的所有权，获取金融服务</translation>
    </message>
    <message>
        <source>Enhance the use of enabling technology, in particular ICT, to promote women&apos;s empowerment</source>
        <translation>加强技术特别是信息和通信技术的应用，以增强妇女权能</translation>
    </message>
    <message>
        <source>Adopt and strengthen sound policies and enforceable legislation for gender equality</source>
        <translation>采用和加强合理的政策和有执行力的立法，促进性别平等</translation>
    </message>
    <message>
        <source>Achieve universal and equitable access to safe and affordable drinking water for all</source>
        <translation>人人普遍和公平获得安全和负担得起的饮用水</translation>
    </message>
    <message>
        <source>Achieve adequate and equitable sanitation and hygiene for all; end open defecation</source>
        <translation>人人享有适当和公平的环境卫生和个人卫生，杜绝露天排便</translation>
    </message>
    <message>
        <source>Improve water quality: reduce pollution, halve untreated wastewater, increase reuse</source>
        <translation>改善水质：减少污染，将未经处理废水比例减半，增加再利用</translation>
    </message>
    <message>
        <source>Increase water-use efficiency and ensure sustainable withdrawals to address water scarcity</source>
        <translation>提高用水效率，确保可持续取用淡水，以解决缺水问题</translation>
    </message>
    <message>
        <source>Implement integrated water resources management, including transboundary cooperation</source>
        <translation>进行水资源综合管理，包括酌情开展跨境合作</translation>
    </message>
    <message>
        <source>Protect and restore water-related ecosystems (mountains, forests, wetlands, rivers, lakes)</source>
        <translation>保护和恢复与水有关的生态系统（山地、森林、湿地、河流、湖泊）</translation>
    </message>
    <message>
        <source>Expand international cooperation and capacity-building for water and sanitation programmes</source>
        <translation>扩大国际合作和能力建设支持，帮助开展与水和卫生有关的活动和方案</translation>
    </message>
    <message>
        <source>Support participation of local communities in water and sanitation management</source>
        <translation>支持和加强地方社区参与改进水和环境卫生管理</translation>
    </message>
    <message>
        <source>Ensure universal access to affordable, reliable and modern energy services</source>
        <translation>确保人人都能获得负担得起的、可靠的现代能源服务</translation>
    </message>
    <message>
        <source>Increase substantially the share of renewable energy in the global energy mix</source>
        <translation>大幅增加可再生能源在全球能源结构中的比例</translation>
    </message>
    <message>
        <source>Double the global rate of improvement in energy efficiency</source>
        <translation>全球能效改善率提高一倍</translation>
    </message>
    <message>
        <source>Enhance international cooperation on clean energy research, technology and investment</source>
        <translation>加强国际合作，促进获取清洁能源的研究和技术，促进对清洁能源的投资</translation>
    </message>
    <message>
        <source>Expand infrastructure and upgrade technology for modern energy in developing countries</source>
        <translation>在发展中国家增建基础设施并进行技术升级，以提供现代能源服务</translation>
    </message>
    <message>
        <source>Sustain per capita economic growth; at least 7% annual GDP growth in LDCs</source>
        <translation>维持人均经济增长，最不发达国家国内生产总值年增长率至少维持在7%</translation>
    </message>
    <message>
        <source>Higher economic productivity through diversification, technological upgrading, innovation</source>
        <translation>通过多样化经营、技术升级和创新，实现更高水平的经济生产力</translation>
    </message>
    <message>
        <source>Promote policies supporting productive activities, decent jobs, entrepreneurship and SMEs</source>
        <translation>推行支持生产性活动、体面就业、创业精神以及微型和中小型企业的政策</translation>
    </message>
    <message>
        <source>Improve resource efficiency and decouple economic growth from environmental degradation</source>
        <translation>改善资源使用效率，努力使经济增长和环境退化脱钩</translation>
    </message>
    <message>
        <source>Full and productive employment and decent work for all; equal pay for work of equal value</source>
        <translation>所有男女实现充分和生产性就业，有体面工作，并做到同工同酬</translation>
    </message>
    <message>
        <source>Substantially reduce the proportion of youth not in employment, education or training</source>
        <translation>大幅减少未就业和未受教育或培训的青年人比例</translation>
    </message>
    <message>
        <source>Eradicate forced labour, modern slavery, human trafficking and all forms of child labour</source>
        <translation>根除强制劳动、现代奴隶制和贩卖人口，终止一切形式的使用童工</translation>
    </message>
    <message>
        <source>Protect labour rights and promote safe and secure working environments for all workers</source>
        <translation>保护劳工权利，推动为所有工人创造安全和有保障的工作环境</translation>
    </message>
    <message>
        <source>Devise and implement policies to promote sustainable tourism that creates jobs</source>
        <translation>制定和执行推广可持续旅游的政策，以创造就业机会</translation>
    </message>
    <message>
        <source>Strengthen domestic financial institutions to expand access to banking and insurance</source>
        <translation>加强国内金融机构的能力，扩大获得银行和保险服务的机会</translation>
    </message>
    <message>
        <source>Increase Aid for Trade support for developing countries, in particular LDCs</source>
        <translation>增加向发展中国家，特别是最不发达国家提供的促贸援助支持</translation>
    </message>
    <message>
        <source>Develop a global strategy for youth employment and implement the ILO Global Jobs Pact</source>
        <translation>拟定和实施青年就业全球战略，并执行国际劳工组织的《全球就业契约》</translation>
    </message>
    <message>
        <source>Develop quality, reliable, sustainable and resilient infrastructure</source>
        <translation>发展优质、可靠、可持续和有抵御灾害能力的基础设施</translation>
    </message>
    <message>
        <source>Promote inclusive, sustainable industrialization; raise industry&apos;s share of jobs and GDP</source>
        <translation>促进包容可持续工业化，提高工业在就业和国内生产总值中的比例</translation>
    </message>
    <message>
        <source>Increase small-scale enterprises&apos; access to financial services and value chains</source>
        <translation>增加小型企业获得金融服务的机会，将其纳入价值链</translation>
    </message>
    <message>
        <source>Upgrade infrastructure and retrofit industries to make them sustainable</source>
        <translation>升级基础设施，改进工业以提升其可持续性</translation>
    </message>
    <message>
        <source>Enhance scientific research and upgrade technological capabilities of industrial sectors</source>
        <translation>加强科学研究，提升工业部门的技术能力</translation>
    </message>
    <message>
        <source>Facilitate sustainable and resilient infrastructure development in developing countries</source>
        <translation>促进发展中国家开发有抵御灾害能力的可持续基础设施</translation>
    </message>
    <message>
        <source>Support domestic technology development, research and innovation in developing countries</source>
        <translation>支持发展中国家的国内技术开发、研究与创新</translation>
    </message>
    <message>
        <source>Increase access to ICT; universal, affordable Internet access in least developed countries</source>
        <translation>提升信息和通信技术的普及度，在最不发达国家以低廉的价格普遍提供因特网服务</translation>
    </message>
    <message>
        <source>Achieve and sustain income growth of the bottom 40 per cent above the national average</source>
        <translation>逐步实现和维持最底层40%人口的收入增长，并确保其增长率高于全国平均水平</translation>
    </message>
    <message>
        <source>Empower and promote the social, economic and political inclusion of all</source>
        <translation>增强所有人的权能，促进他们融入社会、经济和政治生活</translation>
    </message>
    <message>
        <source>Ensure equal opportunity and reduce inequalities of outcome; end discriminatory laws</source>
        <translation>确保机会均等，减少结果不平等现象，包括取消歧视性法律</translation>
    </message>
    <message>
        <source>Adopt fiscal, wage and social protection policies to achieve greater equality</source>
        <translation>采取财政、薪资和社会保障政策，逐步实现更大的平等</translation>
    </message>
    <message>
        <source>Improve the regulation and monitoring of global financial markets and institutions</source>
        <translation>改善对全球金融市场和金融机构的监管和监测</translation>
    </message>
    <message>
        <source>Enhanced voice of developing countries in global economic and financial institutions</source>
        <translation>确保发展中国家在国际经济和金融机构中有更大的发言权</translation>
    </message>
    <message>
        <source>Facilitate orderly, safe, regular and responsible migration and mobility of people</source>
        <translation>促进有序、安全、正常和负责的移民和人口流动</translation>
    </message>
    <message>
        <source>Implement special and differential treatment for developing countries under WTO agreements</source>
        <translation>根据世界贸易组织的各项协议，落实对发展中国家的特殊和差别待遇原则</translation>
    </message>
    <message>
        <source>Encourage development assistance and financial flows to States where the need is greatest</source>
        <translation>鼓励向最需要帮助的国家提供官方发展援助和资金</translation>
    </message>
    <message>
        <source>Reduce transaction costs of migrant remittances to less than 3 per cent</source>
        <translation>将移民汇款手续费减至3%以下</translation>
    </message>
    <message>
        <source>Adequate, safe and affordable housing and basic services for all; upgrade slums</source>
        <translation>确保人人获得适当、安全和负担得起的住房和基本服务，并改造贫民窟</translation>
    </message>
    <message>
        <source>Provide access to safe, affordable, accessible and sustainable transport systems for all</source>
        <translation>向所有人提供安全、负担得起的、易于利用、可持续的交通运输系统</translation>
    </message>
    <message>
        <source>Enhance inclusive and sustainable urbanization and participatory settlement planning</source>
        <translation>加强包容和可持续的城市建设，加强参与性的人类住区规划</translation>
    </message>
    <message>
        <source>Strengthen efforts to protect and safeguard the world&apos;s cultural and natural heritage</source>
        <translation>进一步努力保护和捍卫世界文化和自然遗产</translation>
    </message>
    <message>
        <source>Reduce deaths, people affected and economic losses caused by disasters</source>
        <translation>减少各种灾害造成的死亡人数、受灾人数和经济损失</translation>
    </message>
    <message>
        <source>Reduce the per capita environmental impact of cities, incl. air quality and waste</source>
        <translation>减少城市的人均负面环境影响，包括空气质量和废物管理</translation>
    </message>
    <message>
        <source>Provide universal access to safe, inclusive and accessible green and public spaces</source>
        <translation>普遍提供安全、包容、便利、绿色的公共空间</translation>
    </message>
    <message>
        <source>Support positive economic, social and environmental links between urban and rural areas</source>
        <translation>支持在城市、近郊和农村地区之间建立积极的经济、社会和环境联系</translation>
    </message>
    <message>
        <source>Increase cities with integrated policies for inclusion, resilience and disaster risk</source>
        <translation>增加采取综合政策以实现包容、具有抵御灾害能力和管理灾害风险的城市数量</translation>
    </message>
    <message>
        <source>Support LDCs in building sustainable and resilient buildings using local materials</source>
        <translation>支持最不发达国家就地取材，建造可持续的、有抵御灾害能力的建筑</translation>
    </message>
    <message>
        <source>Implement the 10-Year Framework of Programmes on Sustainable Consumption and Production</source>
        <translation>落实《可持续消费和生产模式十年方案框架》</translation>
    </message>
    <message>
        <source>Achieve the sustainable management and efficient use of natural resources</source>
        <translation>实现自然资源的可持续管理和高效利用</translation>
    </message>
    <message>
        <source>Halve per capita global food waste and reduce food losses along supply chains</source>
        <translation>将全球人均粮食浪费减半，减少生产和供应环节的粮食损失</translation>
    </message>
    <message>
        <source>Environmentally sound management of chemicals and all wastes throughout their life cycle</source>
        <translation>实现化学品和所有废物在整个存在周期的无害环境管理</translation>
    </message>
    <message>
        <source>Substantially reduce waste generation through prevention, reduction, recycling and reuse</source>
        <translation>通过预防、减排、回收和再利用，大幅减少废物的产生</translation>
    </message>
    <message>
        <source>Encourage companies to adopt sustainable practices and sustainability reporting</source>
        <translation>鼓励各个公司采用可持续的做法，并将可持续性信息纳入各自报告</translation>
    </message>
    <message>
        <source>Promote public procurement practices that are sustainable</source>
        <translation>推行可持续的公共采购做法</translation>
    </message>
    <message>
        <source>Ensure people have information and awareness for sustainable development and lifestyles</source>
        <translation>确保各国人民都能获取关于可持续发展和生活方式的信息并具有上述意识</translation>
    </message>
    <message>
        <source>Support developing countries&apos; science and technology for sustainable consumption</source>
        <translation>支持发展中国家加强科学和技术能力，采用更可持续的消费模式</translation>
    </message>
    <message>
        <source>Develop tools to monitor sustainable development impacts for sustainable tourism</source>
        <translation>开发各种工具，监测可持续旅游业对可持续发展产生的影响</translation>
    </message>
    <message>
        <source>Rationalize inefficient fossil-fuel subsidies that encourage wasteful consumption</source>
        <translation>对鼓励浪费性消费的低效化石燃料补贴进行合理化调整</translation>
    </message>
    <message>
        <source>Strengthen resilience and adaptive capacity to climate hazards and natural disasters</source>
        <translation>加强抵御和适应气候相关的灾害和自然灾害的能力</translation>
    </message>
    <message>
        <source>Integrate climate change measures into national policies, strategies and planning</source>
        <translation>将应对气候变化的举措纳入国家政策、战略和规划</translation>
    </message>
    <message>
        <source>Improve education, awareness and capacity on climate mitigation, adaptation, early warning</source>
        <translation>加强气候变化减缓、适应和早期预警等方面的教育、宣传和能力</translation>
    </message>
    <message>
        <source>Mobilize $100 billion a year under the UNFCCC; capitalize the Green Climate Fund</source>
        <translation>履行《联合国气候变化框架公约》下每年筹资1000亿美元的承诺，向绿色气候基金注资</translation>
    </message>
    <message>
        <source>Raise capacity for climate change planning and management in LDCs and SIDS</source>
        <translation>提高最不发达国家和小岛屿发展中国家进行与气候变化有关的规划和管理的能力</translation>
    </message>
    <message>
        <source>Prevent and significantly reduce marine pollution of all kinds, including marine debris</source>
        <translation>预防和大幅减少各类海洋污染，包括海洋废弃物污染</translation>
    </message>
    <message>
        <source>Sustainably manage and protect marine and coastal ecosystems</source>
        <translation>可持续管理和保护海洋和沿海生态系统</translation>
    </message>
    <message>
        <source>Minimize and address the impacts of ocean acidification</source>
        <translation>减少和应对海洋酸化的影响</translation>
    </message>
    <message>
        <source>Regulate harvesting and end overfishing, IUU and destructive fishing; restore fish stocks</source>
        <translation>有效规范捕捞活动，终止过度捕捞、非法、未报告和无管制的捕捞活动以及破坏性捕捞做法，恢复鱼群量</translation>
    </message>
    <message>
        <source>Conserve at least 10 per cent of coastal and marine areas</source>
        <translation>保护至少10%的沿海和海洋区域</translation>
    </message>
    <message>
        <source>Prohibit fisheries subsidies that contribute to overcapacity, overfishing and IUU fishing</source>
        <translation>禁止助长过剩产能、过度捕捞以及非法、未报告和无管制捕捞活动的渔业补贴</translation>
    </message>
    <message>
        <source>Increase economic benefits to SIDS and LDCs from the sustainable use of marine resources</source>
        <translation>增加小岛屿发展中国家和最不发达国家通过可持续利用海洋资源获得的经济收益</translation>
    </message>
    <message>
        <source>Increase scientific knowledge, develop research capacity and transfer marine technology</source>
        <translation>增加科学知识，培养研究能力和转让海洋技术</translation>
    </message>
    <message>
        <source>Provide access for small-scale artisanal fishers to marine resources and markets</source>
        <translation>向小规模个体渔民提供获取海洋资源和市场准入机会</translation>
    </message>
    <message>
        <source>Enhance conservation and sustainable use of oceans by implementing UNCLOS</source>
        <translation>通过执行《联合国海洋法公约》，加强海洋的保护和可持续利用</translation>
    </message>
    <message>
        <source>Conserve, restore and sustainably use terrestrial and inland freshwater ecosystems</source>
        <translation>保护、恢复和可持续利用陆地和内陆的淡水生态系统</translation>
    </message>
    <message>
        <source>Sustainably manage forests, halt deforestation, restore forests, increase afforestation</source>
        <translation>可持续管理森林，停止毁林，恢复退化的森林，增加植树造林</translation>
    </message>
    <message>
        <source>Combat desertification, restore degraded land and soil; land degradation neutrality</source>
        <translation>防治荒漠化，恢复退化的土地和土壤；实现土地退化零增长</translation>
    </message>
    <message>
        <source>Ensure the conservation of mountain ecosystems, including their biodiversity</source>
        <translation>保护山地生态系统，包括其生物多样性</translation>
    </message>
    <message>
        <source>Reduce habitat degradation, halt biodiversity loss and prevent extinction of species</source>
        <translation>减少自然栖息地的退化，遏制生物多样性的丧失，防止物种灭绝</translation>
    </message>
    <message>
        <source>Fair and equitable sharing of benefits from genetic resources and appropriate access</source>
        <translation>公正和公平地分享利用遗传资源产生的利益，促进适当获取这类资源</translation>
    </message>
    <message>
        <source>End poaching and trafficking of protected species; address illegal wildlife products</source>
        <translation>终止偷猎和贩卖受保护的动植物物种，处理非法野生动植物产品问题</translation>
    </message>
    <message>
        <source>Prevent the introduction and reduce the impact of invasive alien species</source>
        <translation>防止引入外来入侵物种并减少其影响</translation>
    </message>
    <message>
        <source>Integrate ecosystem and biodiversity values into national and local planning</source>
        <translation>把生态系统和生物多样性价值观纳入国家和地方规划</translation>
    </message>
    <message>
        <source>Mobilize and increase financial resources to conserve and sustainably use biodiversity</source>
        <translation>动员并大幅增加财政资源，以保护和可持续利用生物多样性</translation>
    </message>
    <message>
        <source>Mobilize resources to finance sustainable forest management in developing countries</source>
        <translation>动员资源，为发展中国家的可持续森林管理提供资金</translation>
    </message>
    <message>
        <source>Enhance global support to combat poaching and trafficking of protected species</source>
        <translation>在全球加大支持力度，打击偷猎和贩卖受保护物种</translation>
    </message>
    <message>
        <source>Significantly reduce all forms of violence and related death rates everywhere</source>
        <translation>在全球大幅减少一切形式的暴力和相关的死亡率</translation>
    </message>
    <message>
        <source>End abuse, exploitation, trafficking and all violence against and torture of children</source>
        <translation>制止对儿童进行虐待、剥削、贩卖以及一切形式的暴力和酷刑</translation>
    </message>
    <message>
        <source>Promote the rule of law and ensure equal access to justice for all</source>
        <translation>促进法治，确保所有人都有平等诉诸司法的机会</translation>
    </message>
    <message>
        <source>Reduce illicit financial and arms flows, recover stolen assets and combat organized crime</source>
        <translation>减少非法资金和武器流动，加强追赃和被盗资产返还力度，打击有组织犯罪</translation>
    </message>
    <message>
        <source>Substantially reduce corruption and bribery in all their forms</source>
        <translation>大幅减少一切形式的腐败和贿赂行为</translation>
    </message>
    <message>
        <source>Develop effective, accountable and transparent institutions at all levels</source>
        <translation>在各级建立有效、负责和透明的机构</translation>
    </message>
    <message>
        <source>Responsive, inclusive, participatory and representative decision-making at all levels</source>
        <translation>确保各级的决策反应迅速，具有包容性、参与性和代表性</translation>
    </message>
    <message>
        <source>Strengthen participation of developing countries in institutions of global governance</source>
        <translation>扩大和加强发展中国家对全球治理机构的参与</translation>
    </message>
    <message>
        <source>Provide legal identity for all, including birth registration</source>
        <translation>为所有人提供法律身份，包括出生登记</translation>
    </message>
    <message>
        <source>Ensure public access to information and protect fundamental freedoms</source>
        <translation>确保公众获得各种信息，保障基本自由</translation>
    </message>
    <message>
        <source>Strengthen national institutions to prevent violence and combat terrorism and crime</source>
        <translation>加强相关国家机制，以预防暴力，打击恐怖主义和犯罪行为</translation>
    </message>
    <message>
        <source>Promote and enforce non-discriminatory laws and policies for sustainable development</source>
        <translation>推动和实施非歧视性法律和政策以促进可持续发展</translation>
    </message>
    <message>
        <source>Strengthen domestic resource mobilization, incl. support for tax and revenue collection</source>
        <translation>加强筹集国内资源，包括支持改善国内征税和提高财政收入的能力</translation>
    </message>
    <message>
        <source>Developed countries to fully implement their official development assistance commitments</source>
        <translation>发达国家全面履行官方发展援助承诺</translation>
    </message>
    <message>
        <source>Mobilize additional financial resources for developing countries from multiple sources</source>
        <translation>从多渠道筹集额外财政资源用于发展中国家</translation>
    </message>
    <message>
        <source>Assist developing countries in attaining long-term debt sustainability</source>
        <translation>帮助发展中国家实现长期债务可持续性</translation>
    </message>
    <message>
        <source>Adopt and implement investment promotion regimes for least developed countries</source>
        <translation>采用和实施对最不发达国家的投资促进制度</translation>
    </message>
    <message>
        <source>Enhance North-South, South-South and triangular cooperation on science and technology</source>
        <translation>加强在科学和技术领域的南北、南南和三方合作</translation>
    </message>
    <message>
        <source>Promote environmentally sound technologies to developing countries</source>
        <translation>促进向发展中国家开发、转让、传播和推广环境友好型的技术</translation>
    </message>
    <message>
        <source>Operationalize the technology bank for LDCs and enhance the use of ICT</source>
        <translation>促成最不发达国家的技术库全面投入运行，加强信息和通信技术的使用</translation>
    </message>
    <message>
        <source>Enhance international support for targeted capacity-building in developing countries</source>
        <translation>加强国际社会对在发展中国家开展有针对性的能力建设活动的支持力度</translation>
    </message>
    <message>
        <source>Promote a universal, rules-based, open, equitable multilateral trading system (WTO)</source>
        <translation>推动建立一个普遍、以规则为基础、开放、公平的多边贸易体系（世界贸易组织）</translation>
    </message>
    <message>
        <source>Significantly increase developing country exports; double LDCs&apos; share of global exports</source>
        <translation>大幅增加发展中国家的出口，使最不发达国家在全球出口中的比例翻番</translation>
    </message>
    <message>
        <source>Realize timely implementation of duty-free and quota-free market access for all LDCs</source>
        <translation>及时实现所有最不发达国家的产品免关税和免配额进入市场</translation>
    </message>
    <message>
        <source>Enhance global macroeconomic stability, incl. through policy coordination and coherence</source>
        <translation>加强全球宏观经济稳定，包括为此加强政策协调和政策一致性</translation>
    </message>
    <message>
        <source>Enhance policy coherence for sustainable development</source>
        <translation>加强可持续发展政策的一致性</translation>
    </message>
    <message>
        <source>Respect each country&apos;s policy space and leadership for poverty eradication and development</source>
        <translation>尊重每个国家制定和执行消除贫困和发展政策的政策空间和领导作用</translation>
    </message>
    <message>
        <source>Enhance the Global Partnership for Sustainable Development; multi-stakeholder partnerships</source>
        <translation>加强全球可持续发展伙伴关系，以多利益攸关方伙伴关系作为补充</translation>
    </message>
    <message>
        <source>Encourage and promote effective public, public-private and civil society partnerships</source>
        <translation>鼓励和推动建立有效的公共、公私和民间社会伙伴关系</translation>
    </message>
    <message>
        <source>Enhance capacity-building to increase high-quality, timely, reliable disaggregated data</source>
        <translation>加强能力建设支持，大幅增加获得高质量、及时和可靠的分类数据</translation>
    </message>
    <message>
        <source>Develop measurements of progress on sustainable development that complement GDP</source>
        <translation>制定衡量可持续发展进展的计量方法，作为对国内生产总值的补充</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Female</source>
        <translation>女性</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男性</translation>
    </message>
    <message>
        <source>Other or unknown</source>
        <translation>其他或不详</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation>认捐</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>承付</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Children</source>
        <extracomment>Targeted then reached, always in these colours (the Dashboard uses them too). A pie slice under this share gets no percentage label (it would read &quot;0 %&quot;).</extracomment>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>青年</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>成年人</translation>
    </message>
    <message>
        <source>Older persons</source>
        <translation>老年人</translation>
    </message>
    <message>
        <source>How the figures count. People: an initiative reports its people for each period, and the same people are often reported again in the next period, so for each initiative and group only one period counts, the one with the highest figure (of two equal periods, the later one); these are added up across initiatives and groups, so someone counted in two periods is counted once. Targeted and reached are chosen separately. Indirect beneficiaries are never added to direct ones. Money: exact sums of the funding lines in USD at the rate each line used; pledged, committed, received and spent are separate figures.</source>
        <translation>数字的计算方法。人数：举措按每个报告期报告其人数，而同一批人往往会在下一个报告期再次被报告，因此对每个举措和群体只计入一个报告期，即数字最高的报告期（两个报告期数字相同时取较晚者）；然后将这些数字在各举措和群体之间相加，因此在两个报告期中都被计入的人只计算一次。计划惠及人数和实际惠及人数分别选取。间接受益人绝不与直接受益人相加。资金：各资金条目按其所用汇率折算为 USD 后的精确总和；认捐、承付、收到和支出是各自独立的数字。</translation>
    </message>
    <message>
        <source>Portfolio KPIs — {scope}</source>
        <translation>项目组合 KPI — {scope}</translation>
    </message>
    <message>
        <source>Portfolio KPIs</source>
        <translation>项目组合 KPI</translation>
    </message>
    <message>
        <source>Fieldbook</source>
        <translation>Fieldbook</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Filters: {filters} · generated {generated} by Fieldbook {version}</source>
        <translation>筛选条件：{filters} · 由 Fieldbook {version} 于 {generated} 生成</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>举措</translation>
    </message>
    <message>
        <source>Countries supported</source>
        <translation>支持的国家</translation>
    </message>
    <message>
        <source>Cities supported</source>
        <translation>支持的城市</translation>
    </message>
    <message>
        <source>Beneficiaries reached (direct)</source>
        <translation>实际惠及的受益人（直接）</translation>
    </message>
    <message>
        <source>Beneficiaries targeted (direct)</source>
        <translation>计划惠及的受益人（直接）</translation>
    </message>
    <message>
        <source>Funds received, USD</source>
        <translation>收到的资金（USD）</translation>
    </message>
    <message>
        <source>Funds committed, USD</source>
        <translation>承付的资金（USD）</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation>合作伙伴所在国家</translation>
    </message>
    <message>
        <source>Knowledge products</source>
        <translation>知识产品</translation>
    </message>
    <message>
        <source>SDGs touched (of 17)</source>
        <translation>涉及的可持续发展目标（共 17 个）</translation>
    </message>
    <message>
        <source>SDG targets touched (of 169)</source>
        <translation>涉及的可持续发展目标具体目标（共 169 个）</translation>
    </message>
    <message>
        <source>Initiatives by status</source>
        <translation>按状态分列的举措</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>受益人</translation>
    </message>
    <message>
        <source>By group (direct)</source>
        <translation>按群体分列（直接）</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>群体</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>计划惠及</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>实际惠及</translation>
    </message>
    <message>
        <source>By sex (direct)</source>
        <translation>按性别分列（直接）</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>By age band (direct)</source>
        <translation>按年龄段分列（直接）</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>年龄段</translation>
    </message>
    <message>
        <source>Other figures</source>
        <translation>其他数字</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Persons with disabilities (direct)</source>
        <translation>残疾人（直接）</translation>
    </message>
    <message>
        <source>Total (direct)</source>
        <translation>总数（直接）</translation>
    </message>
    <message>
        <source>Indirect beneficiaries</source>
        <translation>间接受益人</translation>
    </message>
    <message>
        <source>Targeted and reached by group (direct)</source>
        <translation>按群体分列的计划惠及和实际惠及人数（直接）</translation>
    </message>
    <message>
        <source>Targeted and reached by sex (direct)</source>
        <translation>按性别分列的计划惠及和实际惠及人数（直接）</translation>
    </message>
    <message>
        <source>Targeted and reached by age band (direct)</source>
        <translation>按年龄段分列的计划惠及和实际惠及人数（直接）</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>USD by transaction type</source>
        <translation>按交易类型分列的 USD 金额</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>交易类型</translation>
    </message>
    <message>
        <source>Received by source type</source>
        <translation>按来源类型分列的收到资金</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>来源类型</translation>
    </message>
    <message>
        <source>Received by modality</source>
        <translation>按供资方式分列的收到资金</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>供资方式</translation>
    </message>
    <message>
        <source>Pledged, committed, received, spent (USD)</source>
        <translation>认捐、承付、收到、支出（USD）</translation>
    </message>
    <message>
        <source>Partners by type</source>
        <translation>按类型分列的合作伙伴</translation>
    </message>
    <message>
        <source>Partner type</source>
        <translation>合作伙伴类型</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>伙伴关系</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Record id</source>
        <extracomment>Excel refuses longer cell text; nothing longer may be stored, or a package could not carry it. Fields every exchanged record carries (see db.models.Record).</extracomment>
        <translation>记录 ID</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订号</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>创建时间（UTC）</translation>
    </message>
    <message>
        <source>Updated (UTC)</source>
        <translation>更新时间（UTC）</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办事处</translation>
    </message>
    <message>
        <source>Targeted: total</source>
        <extracomment>The count fields&apos; labels, written out so that each is a message of its own to translate.</extracomment>
        <translation>计划惠及：总数</translation>
    </message>
    <message>
        <source>Targeted: female</source>
        <translation>计划惠及：女性</translation>
    </message>
    <message>
        <source>Targeted: male</source>
        <translation>计划惠及：男性</translation>
    </message>
    <message>
        <source>Targeted: other</source>
        <translation>计划惠及：其他</translation>
    </message>
    <message>
        <source>Targeted: children</source>
        <translation>计划惠及：儿童</translation>
    </message>
    <message>
        <source>Targeted: youth</source>
        <translation>计划惠及：青年</translation>
    </message>
    <message>
        <source>Targeted: adults</source>
        <translation>计划惠及：成年人</translation>
    </message>
    <message>
        <source>Targeted: older</source>
        <translation>计划惠及：老年人</translation>
    </message>
    <message>
        <source>Targeted: pwd</source>
        <translation>计划惠及：残疾人</translation>
    </message>
    <message>
        <source>Reached: total</source>
        <translation>实际惠及：总数</translation>
    </message>
    <message>
        <source>Reached: female</source>
        <translation>实际惠及：女性</translation>
    </message>
    <message>
        <source>Reached: male</source>
        <translation>实际惠及：男性</translation>
    </message>
    <message>
        <source>Reached: other</source>
        <translation>实际惠及：其他</translation>
    </message>
    <message>
        <source>Reached: children</source>
        <translation>实际惠及：儿童</translation>
    </message>
    <message>
        <source>Reached: youth</source>
        <translation>实际惠及：青年</translation>
    </message>
    <message>
        <source>Reached: adults</source>
        <translation>实际惠及：成年人</translation>
    </message>
    <message>
        <source>Reached: older</source>
        <translation>实际惠及：老年人</translation>
    </message>
    <message>
        <source>Reached: pwd</source>
        <translation>实际惠及：残疾人</translation>
    </message>
    <message>
        <source>targeted</source>
        <extracomment>Words a message is made of, besides its template: translated with it.</extracomment>
        <translation>计划惠及</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>实际惠及</translation>
    </message>
    <message>
        <source>sex and age band</source>
        <translation>性别和年龄段</translation>
    </message>
    <message>
        <source>active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>initiative</source>
        <translation>举措</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>pledge</source>
        <translation>认捐</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>承付</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>到账</translation>
    </message>
    <message>
        <source>expenditure</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Office code</source>
        <extracomment>What each entity holds beyond its identity, in the order people read it.</extracomment>
        <translation>办事处代码</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>办事处名称</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>默认货币</translation>
    </message>
    <message>
        <source>Language of its packages</source>
        <translation>数据包语言</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Admin area (level 1)</source>
        <translation>一级行政区</translation>
    </message>
    <message>
        <source>City or locality</source>
        <translation>城市或地点</translation>
    </message>
    <message>
        <source>Flagship programme</source>
        <translation>旗舰方案</translation>
    </message>
    <message>
        <source>Subprogramme</source>
        <translation>次级方案</translation>
    </message>
    <message>
        <source>Flagship outcome</source>
        <translation>旗舰方案成果</translation>
    </message>
    <message>
        <source>Crisis context</source>
        <translation>危机背景</translation>
    </message>
    <message>
        <source>SDG targets</source>
        <translation>可持续发展目标具体目标</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>缩写</translation>
    </message>
    <message>
        <source>Partner type</source>
        <translation>合作伙伴类型</translation>
    </message>
    <message>
        <source>Initiative id</source>
        <translation>举措 ID</translation>
    </message>
    <message>
        <source>Partner id</source>
        <translation>合作伙伴 ID</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>报告期</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>群体</translation>
    </message>
    <message>
        <source>Direct or indirect</source>
        <translation>直接或间接</translation>
    </message>
    <message>
        <source>Funder id</source>
        <translation>出资方 ID</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>来源类型</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>供资方式</translation>
    </message>
    <message>
        <source>Transaction type</source>
        <translation>交易类型</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>USD rate</source>
        <translation>USD 汇率</translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation>金额（USD）</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考编号</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>{value!r} is not a whole number</source>
        <extracomment>Rows that depend on another record: field → the entity it points to. Digits a decimal may have before the point, and after it: what a decimal context of 28 digits writes out exactly. Beyond, writing the number (the digest, the store) fails (1E+300) or needs unbounded memory (1E-999999999999).</extracomment>
        <translation>{value!r} 不是整数</translation>
    </message>
    <message>
        <source>{value!r} is not a number</source>
        <translation>{value!r} 不是数字</translation>
    </message>
    <message>
        <source>{value!r} is out of range: a number has at most 28 digits before and after the decimal point</source>
        <translation>{value!r} 超出范围：数字的小数点前和小数点后各最多 28 位</translation>
    </message>
    <message>
        <source>{value!r} has a time of day; give a date</source>
        <translation>{value!r} 包含时间；请只填写日期</translation>
    </message>
    <message>
        <source>{value!r} is not a date (write YYYY-MM-DD)</source>
        <translation>{value!r} 不是日期（请按 YYYY-MM-DD 格式填写）</translation>
    </message>
    <message>
        <source>{value!r} is not a date and time</source>
        <translation>{value!r} 不是日期和时间</translation>
    </message>
    <message>
        <source>{value!r} is not a record id (UUID)</source>
        <translation>{value!r} 不是记录 ID（UUID）</translation>
    </message>
    <message>
        <source>Revision must be 1 or more</source>
        <translation>修订号必须大于或等于 1</translation>
    </message>
    <message>
        <source>No {target} with id {value} in this package or store</source>
        <translation>此数据包或数据存储中没有 ID 为 {value} 的{target}</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <extracomment>Fields with an error of their own (set once the field checks are done): rules using them stay silent.</extracomment>
        <translation>{label}为必填项</translation>
    </message>
    <message>
        <source>{label} has a value of the wrong kind</source>
        <translation>{label}的值类型不正确</translation>
    </message>
    <message>
        <source>{label} is longer than {limit} characters</source>
        <translation>{label}超过 {limit} 个字符</translation>
    </message>
    <message>
        <source>Not in the list of {label}: {codes}</source>
        <translation>不在{label}列表中：{codes}</translation>
    </message>
    <message>
        <source>{label} cannot be negative</source>
        <translation>{label}不能为负数</translation>
    </message>
    <message>
        <source>a country code</source>
        <extracomment>What one code of each list is, with its article, as a message says it: &quot;&apos;Kenya&apos; is not a country code&quot;.</extracomment>
        <translation>国家代码</translation>
    </message>
    <message>
        <source>a region code</source>
        <translation>区域代码</translation>
    </message>
    <message>
        <source>a currency code</source>
        <translation>货币代码</translation>
    </message>
    <message>
        <source>a language code</source>
        <translation>语言代码</translation>
    </message>
    <message>
        <source>a flagship programme code</source>
        <translation>旗舰方案代码</translation>
    </message>
    <message>
        <source>a subprogramme code</source>
        <translation>次级方案代码</translation>
    </message>
    <message>
        <source>a flagship outcome code</source>
        <translation>旗舰方案成果代码</translation>
    </message>
    <message>
        <source>an initiative status</source>
        <translation>举措状态</translation>
    </message>
    <message>
        <source>a crisis context code</source>
        <translation>危机背景代码</translation>
    </message>
    <message>
        <source>a beneficiary group code</source>
        <translation>受益人群体代码</translation>
    </message>
    <message>
        <source>a reach type</source>
        <translation>惠及方式</translation>
    </message>
    <message>
        <source>a partner type code</source>
        <translation>合作伙伴类型代码</translation>
    </message>
    <message>
        <source>a partner role code</source>
        <translation>合作伙伴角色代码</translation>
    </message>
    <message>
        <source>a source type code</source>
        <translation>来源类型代码</translation>
    </message>
    <message>
        <source>a funding modality code</source>
        <translation>供资方式代码</translation>
    </message>
    <message>
        <source>a transaction type</source>
        <translation>交易类型</translation>
    </message>
    <message>
        <source>a knowledge product type code</source>
        <translation>知识产品类型代码</translation>
    </message>
    <message>
        <source>an SDG target</source>
        <translation>可持续发展目标具体目标</translation>
    </message>
    <message>
        <source>{value!r} is not {noun}</source>
        <translation>{value!r} 不是有效的{noun}</translation>
    </message>
    <message>
        <source>{value!r} is not {noun}; did you mean {code} ({meaning})?</source>
        <translation>{value!r} 不是有效的{noun}；您是否是指 {code}（{meaning}）？</translation>
    </message>
    <message>
        <source>The end date {end} is before the start date {start}</source>
        <extracomment>How alike (difflib&apos;s ratio) a value and a code or label must be for the code to be suggested, and how long the value must be: below three characters every code is about as near as any other (is &quot;UK&quot; UKR?). A value longer than this is no code or label mistyped (the longest label has 90 characters): no guess, none kept.</extracomment>
        <translation>结束日期 {end} 早于开始日期 {start}</translation>
    </message>
    <message>
        <source>An office code has 2–16 capital letters, digits or hyphens, such as KEN-NBO</source>
        <translation>办事处代码由 2–16 个大写字母、数字或连字符组成，例如 KEN-NBO</translation>
    </message>
    <message>
        <source>An {status} initiative should have a start date</source>
        <translation>{status}的举措应填写开始日期</translation>
    </message>
    <message>
        <source>A completed initiative should have an end date</source>
        <translation>已完成的举措应填写结束日期</translation>
    </message>
    <message>
        <source>Link the initiative to a flagship programme or a subprogramme so it counts in reports</source>
        <translation>请将该举措关联到某个旗舰方案或次级方案，以便计入报告</translation>
    </message>
    <message>
        <source>sex</source>
        <extracomment>(kind, total field, [(parts&apos; fields, first part&apos;s field, what)], pwd field) for the sum rules.</extracomment>
        <translation>性别</translation>
    </message>
    <message>
        <source>age band</source>
        <translation>年龄段</translation>
    </message>
    <message>
        <source>{value!r} is not a period: write 2023-H2, 2023-Q3 or 2023</source>
        <translation>{value!r} 不是有效的报告期：请填写 2023-H2、2023-Q3 或 2023</translation>
    </message>
    <message>
        <source>Write the period as {code}</source>
        <translation>请将报告期写为 {code}</translation>
    </message>
    <message>
        <source>Period {period} is outside the initiative&apos;s dates</source>
        <translation>报告期 {period} 不在该举措的起止日期范围内</translation>
    </message>
    <message>
        <source>Persons with disabilities ({pwd}) cannot be more than the {kind} total ({total})</source>
        <translation>残疾人数（{pwd}）不能多于{kind}总数（{total}）</translation>
    </message>
    <message>
        <source>Give a targeted or a reached total</source>
        <translation>请填写计划惠及总数或实际惠及总数</translation>
    </message>
    <message>
        <source>Reached ({reached}) is more than targeted ({targeted}); check both</source>
        <translation>实际惠及人数（{reached}）多于计划惠及人数（{targeted}）；请核对两者</translation>
    </message>
    <message>
        <source>Give the {kind} total: its parts by {what} are given</source>
        <translation>请填写{kind}总数：已填写按{what}分列的人数</translation>
    </message>
    <message>
        <source>The {kind} total {total} differs from female + male + other = {sum} (and from the age groups, also {sum}): correct the total</source>
        <translation>{kind}总数 {total} 与“女性 + 男性 + 其他”之和 {sum} 不符（也与各年龄组之和 {sum} 不符）：请更正总数</translation>
    </message>
    <message>
        <source>The {kind} counts by {what} add up to {sum}, but the total and the counts by {other} are {total}: correct the counts by {what}</source>
        <translation>按{what}分列的{kind}人数合计为 {sum}，但总数及按{other}分列的人数均为 {total}：请更正按{what}分列的人数</translation>
    </message>
    <message>
        <source>The {kind} counts by {what} add up to {sum}, more than the total {total}</source>
        <translation>按{what}分列的{kind}人数合计为 {sum}，多于总数 {total}</translation>
    </message>
    <message>
        <source>The {kind} counts by {what} add up to {sum}, not the total {total}</source>
        <translation>按{what}分列的{kind}人数合计为 {sum}，不等于总数 {total}</translation>
    </message>
    <message>
        <source>{currency} amounts are whole numbers, without decimal places</source>
        <translation>{currency} 金额为整数，不带小数</translation>
    </message>
    <message>
        <source>{currency} amounts have 1 decimal place at most</source>
        <translation>{currency} 金额最多保留 1 位小数</translation>
    </message>
    <message>
        <source>{currency} amounts have {places} decimal places at most</source>
        <translation>{currency} 金额最多保留 {places} 位小数</translation>
    </message>
    <message>
        <source>The amount is zero</source>
        <translation>金额为零</translation>
    </message>
    <message>
        <source>A negative expenditure is a correction; check it</source>
        <translation>负数支出属于更正；请核对</translation>
    </message>
    <message>
        <source>A pledge, commitment or incoming amount cannot be negative</source>
        <translation>认捐、承付或到账金额不能为负数</translation>
    </message>
    <message>
        <source>The USD rate must be more than zero</source>
        <translation>USD 汇率必须大于零</translation>
    </message>
    <message>
        <source>The USD rate of an amount in USD is 1</source>
        <translation>以 USD 计的金额，其 USD 汇率为 1</translation>
    </message>
    <message>
        <source>USD amounts have 2 decimal places at most</source>
        <translation>USD 金额最多保留 2 位小数</translation>
    </message>
    <message>
        <source>Amount × rate is {expected} USD, not {usd}</source>
        <translation>金额 × 汇率 = {expected} USD，而不是 {usd}</translation>
    </message>
    <message>
        <source>Name the funder of a {type}</source>
        <translation>请填写{type}条目的出资方</translation>
    </message>
    <message>
        <source>The date {date} is more than a year ahead</source>
        <translation>日期 {date} 比今天晚一年以上</translation>
    </message>
    <message>
        <source>The link should start with https://</source>
        <translation>链接应以 https:// 开头</translation>
    </message>
    <message>
        <source>Over {factor}× the office&apos;s usual {currency} rate (1 {currency} = {usual} USD): typed the wrong way round?</source>
        <extracomment>How many times above or below the usual rate of its currency a line&apos;s USD rate may be before it is questioned. A rate typed the wrong way round (63.9 MZN per USD stored as USD per MZN) is off by the rate squared, thousands of times; a real year&apos;s swing, even a devaluation, rarely reaches five. Near parity (EUR, GBP, CHF) the two ways differ by less than this, and no warning can tell them apart.</extracomment>
        <translation>超过本办事处通常 {currency} 汇率（1 {currency} = {usual} USD）的 {factor} 倍：是否输入反了？</translation>
    </message>
    <message>
        <source>Under 1/{factor} of the office&apos;s usual {currency} rate (1 {currency} = {usual} USD): typed the wrong way round?</source>
        <translation>低于本办事处通常 {currency} 汇率（1 {currency} = {usual} USD）的 1/{factor}：是否输入反了？</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>the disk is full</source>
        <extracomment>Partial files of versions before scratch folders (``.NAME.xlsx.part``) have no owner: removed once this old. What :func:`_disk_problem` finds: kinds of failure that have words of their own (the rest are the system&apos;s words).</extracomment>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>read-only file system</source>
        <translation>文件系统为只读</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限被拒绝</translation>
    </message>
    <message>
        <source>free some space on that disk and try again</source>
        <translation>请释放该磁盘上的一些空间，然后重试</translation>
    </message>
    <message>
        <source>choose a folder you can write to</source>
        <translation>请选择一个您有写入权限的文件夹</translation>
    </message>
    <message>
        <source>check the folder and try again</source>
        <translation>请检查该文件夹，然后重试</translation>
    </message>
    <message>
        <source>{count} rows would break foreign keys, first in table {table}</source>
        <extracomment>The PostgreSQL advisory lock a schema upgrade holds to its commit (&quot;fbschema&quot; in ASCII).</extracomment>
        <translation>{count} 行将违反外键约束，首先出现在表 {table} 中</translation>
    </message>
    <message>
        <source>{path}: no such data file</source>
        <extracomment>A file of this name beside the executable of a built copy makes it portable (a USB stick). The data folder of a portable copy, beside the executable. Writes are refused: opened read-only, or (PostgreSQL) the database role may not write (:func:`read_only_text`).</extracomment>
        <translation>{path}：数据文件不存在</translation>
    </message>
    <message>
        <source>{path} is already open in another Fieldbook window or process; close it there first</source>
        <translation>{path} 已在另一个 Fieldbook 窗口或进程中打开；请先在那里将其关闭</translation>
    </message>
    <message>
        <source>empty</source>
        <comment>a store with no schema yet</comment>
        <translation>空</translation>
    </message>
    <message>
        <source>{where} is not at this version&apos;s schema ({schema}); open it once in Fieldbook (or with a command that writes) to bring it up to date</source>
        <translation>{where} 的架构（{schema}）与此版本不符；请在 Fieldbook 中打开一次（或使用会写入的命令），以将其更新到最新版本</translation>
    </message>
    <message>
        <source>this store is open read-only: your database role cannot write to it</source>
        <translation>此数据存储以只读方式打开：您的数据库角色无权写入</translation>
    </message>
    <message>
        <source>this store is open read-only</source>
        <translation>此数据存储以只读方式打开</translation>
    </message>
    <message>
        <source>{path} is not a readable Fieldbook data file ({reason})</source>
        <translation>{path} 不是可读取的 Fieldbook 数据文件（{reason}）</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); restore a backup from Settings › Backups</source>
        <translation>{path} 已损坏（{problem}）；请从“设置 › 备份”中恢复一个备份</translation>
    </message>
    <message>
        <source>{path} is not a Fieldbook data file (a database with other tables: {tables}); check the path</source>
        <translation>{path} 不是 Fieldbook 数据文件（而是包含其他表的数据库：{tables}）；请检查路径</translation>
    </message>
    <message>
        <source>{path} holds no Fieldbook store; check the path, or import into it to create one</source>
        <translation>{path} 中没有 Fieldbook 数据存储；请检查路径，或向其中导入数据以创建数据存储</translation>
    </message>
    <message>
        <source>updating {path} failed ({reason}); the file was restored from {backup}</source>
        <translation>更新 {path} 失败（{reason}）；已从 {backup} 恢复该文件</translation>
    </message>
    <message>
        <source>creating the store at {where} failed ({reason}); nothing was changed</source>
        <translation>在 {where} 创建数据存储失败（{reason}）；未做任何更改</translation>
    </message>
    <message>
        <source>updating the store from schema {schema} at {where} failed ({reason}); nothing was changed</source>
        <translation>将 {where} 的数据存储从架构 {schema} 更新失败（{reason}）；未做任何更改</translation>
    </message>
    <message>
        <source>{path}: the snapshot taken before an import could not be written to {folder} ({reason}), so nothing was changed: {todo}</source>
        <translation>{path}：导入前的快照无法写入 {folder}（{reason}），因此未做任何更改：{todo}</translation>
    </message>
    <message>
        <source>{path}: the backup taken before updating it could not be written to {folder} ({reason}), so nothing was changed: {todo}</source>
        <translation>{path}：更新前的备份无法写入 {folder}（{reason}），因此未做任何更改：{todo}</translation>
    </message>
    <message>
        <source>{path}: the backup could not be written to {folder} ({reason}), so nothing was changed: {todo}</source>
        <translation>{path}：备份无法写入 {folder}（{reason}），因此未做任何更改：{todo}</translation>
    </message>
    <message>
        <source>make that folder writable and try again</source>
        <translation>请使该文件夹可写，然后重试</translation>
    </message>
    <message>
        <source>{path}: restoring {backup} failed ({reason}); the data file was left as it was</source>
        <translation>{path}：恢复 {backup} 失败（{reason}）；数据文件保持原样</translation>
    </message>
    <message>
        <source>{path}: the disk is full; free some space on it and try again</source>
        <translation>{path}：磁盘已满；请释放该磁盘上的一些空间，然后重试</translation>
    </message>
    <message>
        <source>{path}: Fieldbook cannot write in its folder {folder} ({reason}); it keeps a lock and a small index beside the data file: copy the file to a folder you can write to, or make this one writable</source>
        <translation>{path}：Fieldbook 无法在其所在文件夹 {folder} 中写入（{reason}）；Fieldbook 需要在数据文件旁边保存一个锁文件和一个小索引：请将该文件复制到您有写入权限的文件夹，或使此文件夹可写</translation>
    </message>
    <message>
        <source>{path} is not a Fieldbook data file (it is empty); check the path, or restore a backup</source>
        <translation>{path} 不是 Fieldbook 数据文件（它是空的）；请检查路径，或恢复备份</translation>
    </message>
    <message>
        <source>{where} was written by a newer version of Fieldbook (schema {schema}); this version knows up to {head}: install the newer version to open it</source>
        <translation>{where} 由较新版本的 Fieldbook 写入（架构 {schema}）；此版本最多支持到 {head}：请安装较新版本以打开它</translation>
    </message>
    <message>
        <source>database {database} does not exist on the PostgreSQL server at {where}; check the name, or create it (createdb {database})</source>
        <translation>PostgreSQL 服务器 {where} 上不存在数据库 {database}；请检查名称，或创建该数据库（createdb {database}）</translation>
    </message>
    <message>
        <source>the PostgreSQL server at {where} refused user {user} ({reason}); check the user name and password</source>
        <translation>PostgreSQL 服务器 {where} 拒绝了用户 {user}（{reason}）；请检查用户名和密码</translation>
    </message>
    <message>
        <source>cannot reach the PostgreSQL server at {where}: {reason}; check the address and that the server runs</source>
        <translation>无法连接到 {where} 的 PostgreSQL 服务器：{reason}；请检查地址以及服务器是否正在运行</translation>
    </message>
</context>
</TS>
