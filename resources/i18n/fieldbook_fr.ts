<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>About</name>
    <message>
        <source>Fieldbook {version}</source>
        <extracomment>The help window of no main window (``show_help(None, …)``), kept so it is not collected while shown.</extracomment>
        <translation>Fieldbook {version}</translation>
    </message>
    <message>
        <source>Package format: {format}</source>
        <translation>Format des paquets&#xa0;: {format}</translation>
    </message>
    <message>
        <source>Store schema: {schema}</source>
        <translation>Schéma de la base&#xa0;: {schema}</translation>
    </message>
    <message>
        <source>Data file in use (schema {schema}):</source>
        <translation>Fichier de données utilisé (schéma {schema})&#xa0;:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>About Fieldbook</source>
        <translation>À propos de Fieldbook</translation>
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
        <translation> (modifié, pas encore enregistré)</translation>
    </message>
    <message>
        <source>✗ see below</source>
        <translation>✗ voir ci-dessous</translation>
    </message>
    <message>
        <source>⚠ see below</source>
        <translation>⚠ voir ci-dessous</translation>
    </message>
    <message>
        <source>✓ sums agree</source>
        <translation>✓ sommes concordantes</translation>
    </message>
</context>
<context>
    <name>BeneficiaryPage</name>
    <message>
        <source>Beneficiaries</source>
        <extracomment>Unsaved counts appeared or went away (the status bar tells the truth). What the grid shows (initiative, period, reach): where the pickers go back to when a move is cancelled. A record to show once its initiative is chosen: (initiative, period, reach) — a problem opened from the export dialog.</extracomment>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Période</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Période de rapport</translation>
    </message>
    <message>
        <source>A half-year (2026-H2), a quarter (2026-Q4) or a year; the grid opens on the latest period with counts for the initiative</source>
        <translation>Un semestre (2026-H2), un trimestre (2026-Q4) ou une année&#xa0;; la grille s&apos;ouvre sur la dernière période comportant des décomptes pour l&apos;initiative</translation>
    </message>
    <message>
        <source>&amp;Reach</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Direct or indirect</source>
        <translation>Direct ou indirect</translation>
    </message>
    <message>
        <source>Beneficiary counts by group</source>
        <translation>Décomptes de bénéficiaires par groupe</translation>
    </message>
    <message>
        <source>Problems in the counts</source>
        <translation>Problèmes dans les décomptes</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>A&amp;bandonner les modifications</translation>
    </message>
    <message>
        <source>Revert unsaved counts</source>
        <translation>Abandonner les décomptes non enregistrés</translation>
    </message>
    <message>
        <source>&amp;Save counts</source>
        <translation>&amp;Enregistrer les décomptes</translation>
    </message>
    <message>
        <source>Save the changed rows (Ctrl+S)</source>
        <translation>Enregistrer les lignes modifiées (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save counts</source>
        <translation>Enregistrer les décomptes</translation>
    </message>
    <message>
        <source>The beneficiary counts of {period}</source>
        <translation>Les décomptes de bénéficiaires de la période {period}</translation>
    </message>
    <message>
        <source>Targeted {targeted} · reached {reached}</source>
        <translation>Ciblés&#xa0;: {targeted} · atteints&#xa0;: {reached}</translation>
    </message>
    <message>
        <source>Edit beneficiary counts</source>
        <translation>Modifier les décomptes de bénéficiaires</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Non enregistré&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Code</source>
        <extracomment>Grows on every reset, so that a proxy knows its accepted set is stale. How many records the list holds before search and filters (the &quot;of N&quot; of the count under the list).</extracomment>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>City or locality</source>
        <translation>Ville ou localité</translation>
    </message>
    <message>
        <source>Flagship</source>
        <translation>Programme phare</translation>
    </message>
    <message>
        <source>Subprogramme</source>
        <translation>Sous-programme</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Partner type</source>
        <translation>Type de partenaire</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Bailleur de fonds</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>Type de source</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>USD rate</source>
        <translation>Taux de change en USD</translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation>Montant (USD)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>{low}–{high} years</source>
        <translation>{low}–{high} ans</translation>
    </message>
    <message>
        <source>{low} years and over</source>
        <translation>{low} ans et plus</translation>
    </message>
    <message>
        <source>{band}: {years}. The four age bands add up to the total.</source>
        <translation>{band}&#xa0;: {years}. La somme des quatre tranches d&apos;âge est égale au total.</translation>
    </message>
    <message>
        <source>People of this sex; female, male and other add up to the total.</source>
        <translation>Personnes de ce sexe&#xa0;; la somme femmes, hommes et autres est égale au total.</translation>
    </message>
    <message>
        <source>Persons with disabilities, of any age or sex (part of the total).</source>
        <translation>Personnes handicapées, de tout âge et de tout sexe (comprises dans le total).</translation>
    </message>
    <message>
        <source>Everyone counted in this group.</source>
        <translation>Toutes les personnes comptées dans ce groupe.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Other sex</source>
        <translation>Autre sexe</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Jeunes</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adultes</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Personnes âgées</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>Ciblés</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Atteints</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
</context>
<context>
    <name>Consolidate</name>
    <message>
        <source>Unreadable</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>N° d&apos;ordre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
</context>
<context>
    <name>ConsolidatePage</name>
    <message>
        <source>Consolidate packages</source>
        <extracomment>How often the page asks who is importing into a PostgreSQL store, while it is shown.</extracomment>
        <translation>Consolidation des paquets</translation>
    </message>
    <message>
        <source>Drop package files (.xlsx) here, or add them. Each is checked at once: merge the valid ones into one package, or import them into this data file.</source>
        <translation>Déposez ici les fichiers de paquets (.xlsx), ou ajoutez-les. Chacun est vérifié aussitôt&#xa0;: fusionnez les paquets valides en un seul paquet, ou importez-les dans ce fichier de données.</translation>
    </message>
    <message>
        <source>Drop package files (.xlsx) here, or add them. Each is checked at once: merge the valid ones into one package, or import them into this store.</source>
        <translation>Déposez ici les fichiers de paquets (.xlsx), ou ajoutez-les. Chacun est vérifié aussitôt : fusionnez les paquets valides en un seul paquet, ou importez-les dans cette base.</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <source>Problems of the selected package</source>
        <translation>Problèmes du paquet sélectionné</translation>
    </message>
    <message>
        <source>Select a package to see its problems here.</source>
        <translation>Sélectionnez un paquet pour afficher ses problèmes ici.</translation>
    </message>
    <message>
        <source>&amp;Add packages…</source>
        <translation>A&amp;jouter des paquets…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Show &amp;problems</source>
        <translation>Afficher les &amp;problèmes</translation>
    </message>
    <message>
        <source>&amp;Merge to file…</source>
        <translation>F&amp;usionner dans un fichier…</translation>
    </message>
    <message>
        <source>&amp;Import into this data file…</source>
        <translation>&amp;Importer dans ce fichier de données…</translation>
    </message>
    <message>
        <source>&amp;Import into this store…</source>
        <translation>&amp;Importer dans cette base…</translation>
    </message>
    <message>
        <source>&amp;Undo last import…</source>
        <translation>&amp;Annuler la dernière importation…</translation>
    </message>
    <message>
        <source>Imports under way</source>
        <translation>Importations en cours</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Dernier résultat</translation>
    </message>
    <message>
        <source>Add packages</source>
        <translation>Ajouter des paquets</translation>
    </message>
    <message>
        <source>Fieldbook packages (*.xlsx);;All files (*)</source>
        <translation>Paquets Fieldbook (*.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Checking packages…</source>
        <translation>Vérification des paquets…</translation>
    </message>
    <message>
        <source>{file}: {status}, {errors} errors, {warnings} warnings</source>
        <translation>{file}&#xa0;: {status}, erreurs&#xa0;: {errors}, avertissements&#xa0;: {warnings}</translation>
    </message>
    <message>
        <source>Merge into which folder?</source>
        <translation>Fusionner dans quel dossier&#xa0;?</translation>
    </message>
    <message>
        <source>Merging packages…</source>
        <translation>Fusion des paquets…</translation>
    </message>
    <message>
        <source>Merged into {file}: {records} records, {conflicts} conflicts, {superseded} superseded. Report: merge-report.xlsx beside it.</source>
        <translation>Fusionné dans {file} — enregistrements&#xa0;: {records}, conflits&#xa0;: {conflicts}, versions remplacées&#xa0;: {superseded}. Rapport&#xa0;: merge-report.xlsx, dans le même dossier.</translation>
    </message>
    <message>
        <source>Checking what the import would change…</source>
        <translation>Vérification des modifications qu&apos;apporterait l&apos;importation…</translation>
    </message>
    <message>
        <source>Signing keys new to this data file — confirm each fingerprint with its office (by phone) before you answer Yes:</source>
        <translation>Clés de signature inconnues de ce fichier de données — confirmez chaque empreinte auprès de son bureau (par téléphone) avant de répondre Oui&#xa0;:</translation>
    </message>
    <message>
        <source>Signing keys new to this store — confirm each fingerprint with its office (by phone) before you answer Yes:</source>
        <translation>Clés de signature inconnues de cette base — confirmez chaque empreinte auprès de son bureau (par téléphone) avant de répondre Oui :</translation>
    </message>
    <message>
        <source>Not signed (anyone could have written them); importing records your name in the ledger:</source>
        <translation>Non signés (n&apos;importe qui a pu les rédiger)&#xa0;; les importer inscrit votre nom dans le registre&#xa0;:</translation>
    </message>
    <message>
        <source>A dry run of the import found:

{lines}{trust}

Import for real? The last import can be undone.</source>
        <translation>Une simulation de l&apos;importation a donné le résultat suivant :

{lines}{trust}

Procéder à l&apos;importation réelle ? La dernière importation peut être annulée.</translation>
    </message>
    <message>
        <source>Import packages?</source>
        <translation>Importer les paquets&#xa0;?</translation>
    </message>
    <message>
        <source>A dry run of the import found:

{lines}{trust}

Import for real? A backup of the data file is taken first, and the last import can be undone.</source>
        <translation>Une simulation de l&apos;importation a donné le résultat suivant&#xa0;:

{lines}{trust}

Procéder à l&apos;importation réelle&#xa0;? Une sauvegarde du fichier de données est d&apos;abord effectuée, et la dernière importation peut être annulée.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importation annulée&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Importing packages…</source>
        <translation>Importation des paquets…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>Annulé&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>One package was imported before it; the others were not.</source>
        <translation>Un paquet a été importé avant celui-ci&#xa0;; les autres ne l&apos;ont pas été.</translation>
    </message>
    <message>
        <source>{n} packages were imported before it; the others were not.</source>
        <translation>{n} paquets ont été importés avant celui-ci&#xa0;; les autres ne l&apos;ont pas été.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) imported {when} by {who} — {offices}: {files}</source>
        <translation>
            <numerusform>%n paquet importé le {when} par {who} — {offices} : {files}</numerusform>
            <numerusform>%n paquets importés le {when} par {who} — {offices} : {files}</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo last import?</source>
        <translation>Annuler la dernière importation ?</translation>
    </message>
    <message>
        <source>Undo the last import?

{what}

What these packages created is removed and what they changed or deleted comes back as it was; their ledger entries go, so they can be imported again. It is refused, with nothing undone, if records they wrote were edited or imported again since.</source>
        <translation>Annuler la dernière importation ?

{what}

Ce que ces paquets ont créé est supprimé, et ce qu&apos;ils ont modifié ou supprimé est rétabli tel qu&apos;il était ; leurs entrées du registre sont retirées, de sorte qu&apos;ils peuvent être importés de nouveau. L&apos;opération est refusée, sans rien annuler, si des enregistrements qu&apos;ils ont écrits ont été modifiés ou importés de nouveau depuis.</translation>
    </message>
    <message>
        <source>Undoing the last import…</source>
        <translation>Annulation de la dernière importation…</translation>
    </message>
    <message numerus="yes">
        <source>Undid the import of %n package(s): {files}</source>
        <translation>
            <numerusform>Importation de %n paquet annulée : {files}</numerusform>
            <numerusform>Importation de %n paquets annulée : {files}</numerusform>
        </translation>
    </message>
    <message>
        <source>{who} is importing into this store since {time}</source>
        <translation>{who} importe dans cette base depuis {time}</translation>
    </message>
    <message>
        <source>{who} is importing into this store</source>
        <translation>{who} importe dans cette base</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Annulé&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Consolidate</source>
        <translation>Consolidation</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>How people are counted: an initiative reports its people for each period, and the same people are often reported again in the next period. So for each initiative and group only one period counts, the one with the highest figure (of two equal periods, the later one), and these figures are added up across initiatives and groups: someone counted in 2023-H1 and again in 2023-H2 is counted once. Targeted and reached are chosen separately. The Office summary lists each period&apos;s reports as they were made; they are not added up here. Indirect beneficiaries are never added to direct ones.</source>
        <translation>Comment les personnes sont comptées&#xa0;: une initiative déclare ses bénéficiaires pour chaque période, et les mêmes personnes sont souvent déclarées de nouveau à la période suivante. Aussi, pour chaque initiative et chaque groupe, une seule période est retenue, celle qui présente le chiffre le plus élevé (entre deux périodes à égalité, la plus récente), et ces chiffres sont additionnés pour l&apos;ensemble des initiatives et des groupes&#xa0;: une personne comptée en 2023-H1 puis de nouveau en 2023-H2 n&apos;est comptée qu&apos;une fois. Les personnes ciblées et les personnes atteintes sont retenues séparément. La Synthèse du bureau présente les déclarations de chaque période telles qu&apos;elles ont été faites&#xa0;; elles ne sont pas additionnées ici. Les bénéficiaires indirects ne sont jamais ajoutés aux bénéficiaires directs.</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>From package</source>
        <translation>Paquet d&apos;origine</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Bailleur de fonds</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <extracomment>How often the page asks, while shown, whether an import has committed into the store.</extracomment>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Flagship</source>
        <translation>Programme phare</translation>
    </message>
    <message>
        <source>Subprogramme</source>
        <translation>Sous-programme</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Filter by {what}</source>
        <translation>Filtrer par {what}</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <source>Export the KPI report as a workbook</source>
        <translation>Exporter le rapport des indicateurs clés sous forme de classeur</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Countries supported</source>
        <translation>Pays soutenus</translation>
    </message>
    <message>
        <source>Cities supported</source>
        <translation>Villes soutenues</translation>
    </message>
    <message>
        <source>People reached (direct)</source>
        <translation>Personnes atteintes (directement)</translation>
    </message>
    <message>
        <source>People targeted (direct)</source>
        <translation>Personnes ciblées (directement)</translation>
    </message>
    <message>
        <source>Funds received (USD)</source>
        <translation>Fonds reçus (USD)</translation>
    </message>
    <message>
        <source>Funds committed (USD)</source>
        <translation>Fonds engagés (USD)</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Knowledge products</source>
        <translation>Produits du savoir</translation>
    </message>
    <message>
        <source>SDG targets touched</source>
        <translation>Cibles des ODD concernées</translation>
    </message>
    <message>
        <source>Funds pledged (USD)</source>
        <translation>Fonds annoncés (USD)</translation>
    </message>
    <message>
        <source>Funds spent (USD)</source>
        <translation>Fonds dépensés (USD)</translation>
    </message>
    <message>
        <source>Each initiative&apos;s group counted once, in its period with the highest figure</source>
        <translation>Chaque groupe d&apos;une initiative est compté une fois, pour sa période au chiffre le plus élevé</translation>
    </message>
    <message>
        <source>People by group: targeted and reached</source>
        <translation>Personnes par groupe&#xa0;: ciblées et atteintes</translation>
    </message>
    <message>
        <source>Funds by transaction type (USD millions)</source>
        <translation>Fonds par type d&apos;opération (en millions d&apos;USD)</translation>
    </message>
    <message>
        <source>Funds received by source</source>
        <translation>Fonds reçus par source</translation>
    </message>
    <message>
        <source>Initiatives by status</source>
        <translation>Initiatives par statut</translation>
    </message>
    <message>
        <source>Click a figure to see the records behind it.</source>
        <translation>Cliquez sur un chiffre pour voir les enregistrements sur lesquels il repose.</translation>
    </message>
    <message>
        <source>{n} reached indirectly</source>
        <translation>{n} atteintes indirectement</translation>
    </message>
    <message>
        <source>from {n} countries</source>
        <translation>de {n} pays</translation>
    </message>
    <message>
        <source>{n} of 17 goals</source>
        <translation>{n} objectifs sur 17</translation>
    </message>
    <message>
        <source>Dashboard — {filters}</source>
        <translation>Tableau de bord — {filters}</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Atteints</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>Ciblés</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation>Annoncés</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagés</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dépensés</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Records behind: {figure}</source>
        <translation>Enregistrements sous-jacents&#xa0;: {figure}</translation>
    </message>
    <message>
        <source>Export the KPI report</source>
        <translation>Exporter le rapport des indicateurs clés</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>Rapport enregistré</translation>
    </message>
    <message>
        <source>The KPI report is in {path}</source>
        <translation>Le rapport des indicateurs clés se trouve dans {path}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export package</source>
        <extracomment>Problems listed in the dialog; the rest are counted. The person wants to fix a problem: entity, record id (the dialog closes; the window opens the record).</extracomment>
        <translation>Exporter le paquet</translation>
    </message>
    <message>
        <source>Checking the records…</source>
        <translation>Vérification des enregistrements…</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Période de rapport</translation>
    </message>
    <message>
        <source>A half-year (2026-H2), a quarter (2026-Q4) or a year (2026)</source>
        <translation>Un semestre (2026-H2), un trimestre (2026-Q4) ou une année (2026)</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Période</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Dossier de destination</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Choose the destination folder</source>
        <translation>Choisir le dossier de destination</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>Numéro d&apos;ordre</translation>
    </message>
    <message>
        <source>The office&apos;s packages are numbered 1, 2, 3… across periods: one more than the highest in the folder. Headquarters notices a gap.</source>
        <translation>Les paquets du bureau sont numérotés 1, 2, 3… d&apos;une période à l&apos;autre&#xa0;: le numéro suit le plus élevé présent dans le dossier. Le Siège repère tout numéro manquant.</translation>
    </message>
    <message>
        <source>&amp;Sequence</source>
        <translation>&amp;Numéro d&apos;ordre</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>What will go</source>
        <translation>Contenu du paquet</translation>
    </message>
    <message>
        <source>What goes</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Problems found by the rules; Enter opens the record</source>
        <translation>Problèmes relevés par les règles&#xa0;; Enter ouvre l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Résultat de l&apos;exportation</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Show in f&amp;older</source>
        <translation>&amp;Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>This data file cannot be exported as an office package</source>
        <translation>Ce fichier de données ne peut pas être exporté en tant que paquet de bureau</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
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
            <numerusform>%Ln décompte de bénéficiaires</numerusform>
            <numerusform>%Ln décomptes de bénéficiaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln funding line(s)</source>
        <translation>
            <numerusform>%Ln ligne de financement</numerusform>
            <numerusform>%Ln lignes de financement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln partenaire</numerusform>
            <numerusform>%Ln partenaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner link(s)</source>
        <translation>
            <numerusform>%Ln lien avec un partenaire</numerusform>
            <numerusform>%Ln liens avec des partenaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln knowledge product(s)</source>
        <translation>
            <numerusform>%Ln produit du savoir</numerusform>
            <numerusform>%Ln produits du savoir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deletion(s)</source>
        <translation>
            <numerusform>%Ln suppression</numerusform>
            <numerusform>%Ln suppressions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln erreur</numerusform>
            <numerusform>%Ln erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln avertissement</numerusform>
            <numerusform>%Ln avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>The office profile and all its records: {list}.</source>
        <translation>Le profil du bureau et tous ses enregistrements&#xa0;: {list}.</translation>
    </message>
    <message>
        <source>{errors} to fix first: the regional office&apos;s check would refuse the package. Press Enter on a problem (or double-click it) to open its record.</source>
        <translation>{errors} à corriger d&apos;abord&#xa0;: la vérification du bureau régional rejetterait le paquet. Appuyez sur Enter sur un problème (ou double-cliquez dessus) pour ouvrir son enregistrement.</translation>
    </message>
    <message>
        <source>And {warnings}.</source>
        <translation>Et {warnings}.</translation>
    </message>
    <message>
        <source>No errors. {warnings} to look at (the package can go as it is); Enter opens the record.</source>
        <translation>Aucune erreur. {warnings} à examiner (le paquet peut partir tel quel)&#xa0;; Enter ouvre l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>The rules find no problem in the records.</source>
        <translation>Les règles ne relèvent aucun problème dans les enregistrements.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… et {n} autres</translation>
    </message>
    <message>
        <source>The records could not be read</source>
        <translation>Impossible de lire les enregistrements</translation>
    </message>
    <message>
        <source>Folder for the package</source>
        <translation>Dossier du paquet</translation>
    </message>
    <message>
        <source>“{text}” is not a period: type 2026-H2, 2026-Q4 or 2026</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une période&#xa0;: saisissez 2026-H2, 2026-Q4 ou 2026</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>Écriture du paquet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Checked as the regional office will check it: valid.</source>
        <translation>Vérifié comme le vérifiera le bureau régional&#xa0;: valide.</translation>
    </message>
    <message>
        <source>Checked as the regional office will check it: {errors}; open the file in Consolidate to see them.</source>
        <translation>Vérifié comme le vérifiera le bureau régional&#xa0;: {errors}&#xa0;; ouvrez le fichier dans Consolidation pour les voir.</translation>
    </message>
    <message>
        <source>Exported {file} ({records} records) to {folder}.</source>
        <translation>{file} ({records} enregistrements) exporté dans {folder}.</translation>
    </message>
    <message>
        <source>Send this file to your regional office.</source>
        <translation>Envoyez ce fichier à votre bureau régional.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportation annulée&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The package was not written: {error}</source>
        <translation>Le paquet n&apos;a pas été écrit&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>FunderField</name>
    <message>
        <source>&amp;New partner…</source>
        <extracomment>Create a partner: the name typed, if it matches none.</extracomment>
        <translation>&amp;Nouveau partenaire…</translation>
    </message>
    <message>
        <source>Create a new partner as the funder</source>
        <translation>Créer un nouveau partenaire comme bailleur de fonds</translation>
    </message>
    <message>
        <source>Create a partner that is not in the list yet (Alt+N)</source>
        <translation>Créer un partenaire qui ne figure pas encore dans la liste (Alt+N)</translation>
    </message>
</context>
<context>
    <name>FundingPage</name>
    <message>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>&amp;New line</source>
        <translation>&amp;Nouvelle ligne</translation>
    </message>
    <message>
        <source>New funding line (Ctrl+N)</source>
        <translation>Nouvelle ligne de financement (Ctrl+N)</translation>
    </message>
    <message>
        <source>New funding line</source>
        <translation>Nouvelle ligne de financement</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Edit the selected funding line</source>
        <translation>Modifier la ligne de financement sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected funding line</source>
        <translation>Supprimer la ligne de financement sélectionnée</translation>
    </message>
    <message>
        <source>Funding lines</source>
        <translation>Lignes de financement</translation>
    </message>
    <message>
        <source>Totals in USD</source>
        <translation>Totaux en USD</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Fieldbook user guide</source>
        <extracomment>A section&apos;s anchor: a line of its own in the Markdown. What an anchor line becomes for Qt&apos;s Markdown reader (a paragraph of plain text), until load_guide removes it. Pictures wider than this are shown scaled down, so a screenshot fits the window without scrolling sideways.</extracomment>
        <translation>Guide de l&apos;utilisateur de Fieldbook</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of Fieldbook.</source>
        <translation>Le guide de l&apos;utilisateur n&apos;est pas installé avec cet exemplaire de Fieldbook.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>created</source>
        <translation>création</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>suppression</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Select a record to see its history.</source>
        <translation>Sélectionnez un enregistrement pour voir son historique.</translation>
    </message>
    <message>
        <source>Change history of the selected record</source>
        <translation>Historique des modifications de l&apos;enregistrement sélectionné</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to this record; newest first.</source>
        <translation>
            <numerusform>%Ln modification apportée à cet enregistrement&#xa0;; la plus récente en premier.</numerusform>
            <numerusform>%Ln modifications apportées à cet enregistrement&#xa0;; les plus récentes en premier.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record is deleted (tombstone kept).</source>
        <translation>L&apos;enregistrement est supprimé (marqueur de suppression conservé).</translation>
    </message>
</context>
<context>
    <name>InitiativePicker</name>
    <message>
        <source>&amp;Initiative</source>
        <extracomment>The person chose an initiative (from the list, or typed and confirmed), not the program.</extracomment>
        <translation>&amp;Initiative</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Search (Ctrl+F)…</source>
        <translation>Rechercher (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Search {what}</source>
        <translation>Rechercher&#xa0;: {what}</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>New record (Ctrl+N)</source>
        <translation>Nouvel enregistrement (Ctrl+N)</translation>
    </message>
    <message>
        <source>New {what}</source>
        <translation>Nouvel enregistrement&#xa0;: {what}</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Edit the selected record (Enter)</source>
        <translation>Modifier l&apos;enregistrement sélectionné (Enter)</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>Modifier l&apos;enregistrement sélectionné</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected record (Del)</source>
        <translation>Supprimer l&apos;enregistrement sélectionné (Del)</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>Supprimer l&apos;enregistrement sélectionné</translation>
    </message>
    <message>
        <source>List of {what}</source>
        <translation>Liste&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Lignes affichées</translation>
    </message>
    <message>
        <source>Loading initiatives…</source>
        <translation>Chargement des initiatives…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Loading cancelled; press F5 to load the list.</source>
        <translation>Chargement annulé&#xa0;; appuyez sur F5 pour charger la liste.</translation>
    </message>
    <message>
        <source>The list could not be loaded: {error}</source>
        <translation>Impossible de charger la liste&#xa0;: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln enregistrement</numerusform>
            <numerusform>%Ln enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} records shown</source>
        <translation>Enregistrements affichés&#xa0;: {shown} sur {total}</translation>
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
        <translation>Sections</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Knowledge products</source>
        <translation>Produits du savoir</translation>
    </message>
    <message>
        <source>Office summary</source>
        <translation>Synthèse du bureau</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Consolidate</source>
        <translation>Consolidation</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>History of the selected record</source>
        <translation>Historique de l&apos;enregistrement sélectionné</translation>
    </message>
    <message>
        <source>Record counts</source>
        <translation>Nombre d&apos;enregistrements</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Data file in use</source>
        <translation>Fichier de données utilisé</translation>
    </message>
    <message>
        <source>Data file in use: {path}</source>
        <translation>Fichier de données utilisé&#xa0;: {path}</translation>
    </message>
    <message>
        <source>{store} (read-only)</source>
        <translation>{store} (lecture seule)</translation>
    </message>
    <message>
        <source>Fieldbook — headquarters store {store}</source>
        <translation>Fieldbook — base du Siège {store}</translation>
    </message>
    <message>
        <source>Headquarters store: {store}</source>
        <translation>Base du Siège&#xa0;: {store}</translation>
    </message>
    <message>
        <source>Headquarters store in use: {store}</source>
        <translation>Base du Siège utilisée&#xa0;: {store}</translation>
    </message>
    <message>
        <source>Headquarters store in use</source>
        <translation>Base du Siège utilisée</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open headquarters store…</source>
        <translation>&amp;Ouvrir une base du Siège…</translation>
    </message>
    <message>
        <source>Read every office&apos;s records in a headquarters store: a SQLite file or a PostgreSQL database</source>
        <translation>Consulter les enregistrements de tous les bureaux dans une base du Siège&#xa0;: un fichier SQLite ou une base de données PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Recent stores</source>
        <translation>Bases &amp;récentes</translation>
    </message>
    <message>
        <source>&amp;Back to my office data file</source>
        <translation>Re&amp;venir au fichier de données de mon bureau</translation>
    </message>
    <message>
        <source>Close the headquarters store and open this office&apos;s own data file again</source>
        <translation>Fermer la base du Siège et rouvrir le fichier de données propre à ce bureau</translation>
    </message>
    <message>
        <source>&amp;Export package…</source>
        <translation>&amp;Exporter le paquet…</translation>
    </message>
    <message>
        <source>Write this period&apos;s package for the regional office</source>
        <translation>Écrire le paquet de cette période pour le bureau régional</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;Nouvel enregistrement</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Fieldbook</source>
        <translation>À &amp;propos de Fieldbook</translation>
    </message>
    <message>
        <source>Fieldbook — {name} ({code})</source>
        <translation>Fieldbook — {name} ({code})</translation>
    </message>
    <message>
        <source>No recent stores</source>
        <translation>Aucune base récente</translation>
    </message>
    <message>
        <source>Back to my office data file</source>
        <translation>Revenir au fichier de données de mon bureau</translation>
    </message>
    <message>
        <source>Building the demo office…</source>
        <translation>Création du bureau de démonstration…</translation>
    </message>
    <message>
        <source>Demo office</source>
        <translation>Bureau de démonstration</translation>
    </message>
    <message>
        <source>{initiative} initiatives · {beneficiary_count} beneficiary counts · {funding_line} funding lines · {partner} partners · {knowledge_product} knowledge products</source>
        <translation>Initiatives&#xa0;: {initiative} · décomptes de bénéficiaires&#xa0;: {beneficiary_count} · lignes de financement&#xa0;: {funding_line} · partenaires&#xa0;: {partner} · produits du savoir&#xa0;: {knowledge_product}</translation>
    </message>
    <message>
        <source>Saved with a warning: {message}</source>
        <translation>Enregistré avec un avertissement&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete this {what}? It can be undone with Ctrl+Z; a tombstone is kept so the deletion travels in the next package.</source>
        <translation>Supprimer cet enregistrement ({what})&#xa0;? L&apos;opération peut être annulée avec Ctrl+Z&#xa0;; un marqueur de suppression est conservé pour que la suppression soit transmise dans le prochain paquet.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conserver</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement en cours…</translation>
    </message>
    <message>
        <source>Unsaved beneficiary counts (Ctrl+S saves)</source>
        <translation>Décomptes de bénéficiaires non enregistrés (Ctrl+S pour enregistrer)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Something went wrong: {message}</source>
        <translation>Une erreur s&apos;est produite&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Undo or redo could not be applied: {message}</source>
        <translation>Impossible d&apos;annuler ou de rétablir&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Exported {file}</source>
        <translation>{file} exporté</translation>
    </message>
</context>
<context>
    <name>OfficeWizard</name>
    <message>
        <source>Set up my office</source>
        <translation>Configurer mon bureau</translation>
    </message>
    <message>
        <source>&amp;Start recording</source>
        <translation>&amp;Commencer la saisie</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Add</source>
        <extracomment>A change reached the store (saved, deleted, undone or redone): entities touched. An undo or redo failed: the message to show.</extracomment>
        <translation>l&apos;ajout&#xa0;:</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>la modification&#xa0;:</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>la suppression&#xa0;: {what}</translation>
    </message>
    <message>
        <source>office profile</source>
        <translation>profil du bureau</translation>
    </message>
    <message>
        <source>initiative</source>
        <translation>initiative</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <source>beneficiary counts</source>
        <translation>décomptes de bénéficiaires</translation>
    </message>
    <message>
        <source>funding line</source>
        <translation>ligne de financement</translation>
    </message>
    <message>
        <source>knowledge product</source>
        <translation>produit du savoir</translation>
    </message>
    <message>
        <source>partner link</source>
        <translation>lien avec un partenaire</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Type the date as 2024-03-01 or {short}; Alt+Down opens the calendar, Up and Down move it a day</source>
        <translation>Saisissez la date sous la forme 2024-03-01 ou {short}&#xa0;; Alt+Down ouvre le calendrier, Up et Down la déplacent d&apos;un jour</translation>
    </message>
    <message>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>Choisir la date dans un calendrier (Alt+Down)</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Ouvrir le calendrier</translation>
    </message>
    <message>
        <source>Leave the date empty (Ctrl+Delete)</source>
        <translation>Laisser la date vide (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <source>Clear date</source>
        <translation>Effacer la date</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Records are entered in the office&apos;s own data file; this is a headquarters store</source>
        <translation>Les enregistrements se saisissent dans le fichier de données propre au bureau&#xa0;; ceci est une base du Siège</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>{what} have changes that are not saved yet.</source>
        <translation>{what} comportent des modifications qui ne sont pas encore enregistrées.</translation>
    </message>
    <message>
        <source>Save them, discard them, or go back to them?</source>
        <translation>Voulez-vous les enregistrer, ne pas les enregistrer ou y revenir&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Knowledge products</source>
        <translation>Produits du savoir</translation>
    </message>
</context>
<context>
    <name>PartnerLinksEditor</name>
    <message>
        <source>Partner to link</source>
        <extracomment>Add was pressed on a name that matches no partner: the typed name.</extracomment>
        <translation>Partenaire à associer</translation>
    </message>
    <message>
        <source>Role of the partner</source>
        <translation>Rôle du partenaire</translation>
    </message>
    <message>
        <source>&amp;Add partner</source>
        <translation>&amp;Ajouter le partenaire</translation>
    </message>
    <message>
        <source>Add the partner with this role</source>
        <translation>Ajouter le partenaire avec ce rôle</translation>
    </message>
    <message>
        <source>Add the partner with this role (Enter in the partner box); a name that is not in the list creates a new partner</source>
        <translation>Ajouter le partenaire avec ce rôle (Enter dans la zone du partenaire)&#xa0;; un nom absent de la liste crée un nouveau partenaire</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Linked partners</source>
        <translation>Partenaires associés</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Retirer la sélection</translation>
    </message>
    <message>
        <source>Remove the selected partner link</source>
        <translation>Retirer le lien sélectionné avec le partenaire</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Problems in {file}</source>
        <translation>Problèmes dans {file}</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Aucun problème.</translation>
    </message>
</context>
<context>
    <name>RateField</name>
    <message>
        <source>Which way the rate goes</source>
        <extracomment>Which way a typed rate goes: USD for one unit of the currency (how the store keeps it), or units for one USD. Currencies quoted as USD for one unit (EUR/USD 1.08); every other one is quoted as units for one USD (63.9 MZN). The places FundingLine.usd_rate keeps (DecimalText(24, 10)).</extracomment>
        <translation>Sens du taux</translation>
    </message>
    <message>
        <source>How the rate you type is read: units of the currency for one US dollar, or US dollars for one unit of the currency</source>
        <translation>Comment le taux saisi est interprété&#xa0;: unités de la monnaie pour un dollar des États-Unis, ou dollars des États-Unis pour une unité de la monnaie</translation>
    </message>
    <message>
        <source>The rate both ways</source>
        <translation>Le taux dans les deux sens</translation>
    </message>
    <message>
        <source>{currency} per 1 USD</source>
        <translation>{currency} pour 1 USD</translation>
    </message>
    <message>
        <source>USD per 1 {currency}</source>
        <translation>USD pour 1 {currency}</translation>
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
        <translation>Création&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Edit {what}</source>
        <translation>Modification&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>SD&amp;G targets</source>
        <translation>&amp;Cibles des ODD</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Partenaires</translation>
    </message>
    <message>
        <source>Save the changes to this {what}?</source>
        <translation>Enregistrer les modifications apportées à cet enregistrement ({what})&#xa0;?</translation>
    </message>
    <message>
        <source>Discard closes the editor and loses what was typed; Cancel goes back to it.</source>
        <translation>«&#xa0;Ne pas enregistrer&#xa0;» ferme l&apos;éditeur et perd la saisie&#xa0;; «&#xa0;Annuler&#xa0;» permet d&apos;y revenir.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Fill in the fields marked * to save.</source>
        <translation>Remplissez les champs marqués d&apos;un * pour enregistrer.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) to fix before saving.</source>
        <translation>
            <numerusform>%Ln problème à corriger avant d&apos;enregistrer.</numerusform>
            <numerusform>%Ln problèmes à corriger avant d&apos;enregistrer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Can be saved; %Ln warning(s) to check.</source>
        <translation>
            <numerusform>Enregistrement possible&#xa0;; %Ln avertissement à vérifier.</numerusform>
            <numerusform>Enregistrement possible&#xa0;; %Ln avertissements à vérifier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement en cours…</translation>
    </message>
    <message>
        <source>Not saved: another record already has this code or these keys.</source>
        <translation>Non enregistré&#xa0;: un autre enregistrement possède déjà ce code ou ces clés.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Non enregistré&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Parts of the record</source>
        <translation>Parties de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Bailleur de fonds</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Problème dans le champ «&#xa0;{field}&#xa0;»</translation>
    </message>
    <message>
        <source>“{text}” is not in the list; type part of a name and pick one</source>
        <translation>«&#xa0;{text}&#xa0;» ne figure pas dans la liste&#xa0;; saisissez une partie d&apos;un nom et choisissez-en un</translation>
    </message>
    <message>
        <source>2024-03-01 or {short}</source>
        <translation>2024-03-01 ou {short}</translation>
    </message>
    <message>
        <source>“{text}” is not a date; type it as {ways}</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une date&#xa0;; saisissez-la sous la forme {ways}</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>RecordsBehindDialog</name>
    <message>
        <source>{n} records. “From package” names the package each came from, or says it was entered in this store.</source>
        <translation>Enregistrements&#xa0;: {n}. La colonne «&#xa0;Paquet d&apos;origine&#xa0;» indique le paquet dont provient chacun d&apos;eux, ou précise qu&apos;il a été saisi dans cette base.</translation>
    </message>
    <message>
        <source>Each row is the period that counts for one initiative and group: the one with the highest figure (of two equal periods, the later one). The other periods&apos; reports are left out, so that people reported again are counted once; these rows add up to the figure.</source>
        <translation>Chaque ligne correspond à la période retenue pour une initiative et un groupe&#xa0;: celle qui présente le chiffre le plus élevé (entre deux périodes à égalité, la plus récente). Les déclarations des autres périodes sont écartées afin que les personnes déclarées de nouveau ne soient comptées qu&apos;une fois&#xa0;; la somme de ces lignes donne le chiffre.</translation>
    </message>
</context>
<context>
    <name>SdgPicker</name>
    <message>
        <source>Find a target: 11.1, housing, slum…</source>
        <translation>Trouver une cible&#xa0;: 11.1, logement, taudis…</translation>
    </message>
    <message>
        <source>Find an SDG target</source>
        <translation>Trouver une cible des ODD</translation>
    </message>
    <message>
        <source>Goal {goal}: {label}</source>
        <translation>Objectif {goal}&#xa0;: {label}</translation>
    </message>
    <message>
        <source>SDG targets</source>
        <translation>Cibles des ODD</translation>
    </message>
    <message>
        <source>Selected: {codes}</source>
        <translation>Sélection&#xa0;: {codes}</translation>
    </message>
    <message>
        <source>No target selected</source>
        <translation>Aucune cible sélectionnée</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Sections des paramètres</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Enregistrer le profil</translation>
    </message>
    <message>
        <source>Save the office profile</source>
        <translation>Enregistrer le profil du bureau</translation>
    </message>
    <message>
        <source>The office code is in every record and package of the office, so it cannot be changed once the office is set up.</source>
        <translation>Le code du bureau figure dans chaque enregistrement et chaque paquet du bureau&#xa0;; il ne peut donc plus être modifié une fois le bureau configuré.</translation>
    </message>
    <message>
        <source>Office profile</source>
        <translation>Profil du bureau</translation>
    </message>
    <message>
        <source>&amp;Language of Fieldbook&apos;s windows and messages:</source>
        <translation>&amp;Langue des fenêtres et des messages de Fieldbook&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Langue du système ({language})</translation>
    </message>
    <message>
        <source>Kept for you on this computer. The window is rebuilt in the new language at once; counts you typed and did not save yet stay as they are. The language of the packages your office exports is the office profile&apos;s.</source>
        <translation>Ce choix est conservé pour vous sur cet ordinateur. La fenêtre est aussitôt reconstruite dans la nouvelle langue&#xa0;; les décomptes saisis et pas encore enregistrés restent tels quels. La langue des paquets exportés par votre bureau est celle du profil du bureau.</translation>
    </message>
    <message>
        <source>&amp;Apply language</source>
        <translation>&amp;Appliquer la langue</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data folder&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dossier de données&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data file&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fichier de données&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The data file, its backups and these settings live in this folder. To keep them somewhere else — a shared drive or a USB stick — start Fieldbook with &lt;code&gt;fieldbook --data-dir FOLDER&lt;/code&gt;.</source>
        <translation>Le fichier de données, ses sauvegardes et ces paramètres se trouvent dans ce dossier. Pour les conserver ailleurs — sur un lecteur partagé ou une clé USB —, lancez Fieldbook avec &lt;code&gt;fieldbook --data-dir DOSSIER&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signing key&lt;/b&gt;</source>
        <translation>&lt;b&gt;Clé de signature&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>&amp;Ouvrir le dossier de données</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Ouvrir le dossier de données</translation>
    </message>
    <message>
        <source>Fieldbook backs the data file up before every update of its format and every import. Restoring a backup replaces all the data in the file; the current data is backed up first.</source>
        <translation>Fieldbook sauvegarde le fichier de données avant chaque mise à jour de son format et avant chaque importation. La restauration d&apos;une sauvegarde remplace toutes les données du fichier&#xa0;; les données actuelles sont d&apos;abord sauvegardées.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sauvegardes, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Open backups &amp;folder</source>
        <translation>Ouvrir le &amp;dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Open the backups folder</source>
        <translation>Ouvrir le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>&amp;Restaurer la sauvegarde sélectionnée…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restaurer la sauvegarde sélectionnée</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Made when the office is set up: it signs every package the office exports.</source>
        <translation>Créée lors de la configuration du bureau&#xa0;: elle signe chaque paquet exporté par le bureau.</translation>
    </message>
    <message>
        <source>{fingerprint}
{path}
It signs every package this office exports, so headquarters knows the package is yours and unchanged. Back it up with the data file, and copy it with the data file to a new computer; read this fingerprint out to headquarters when it asks.</source>
        <translation>{fingerprint}
{path}
Elle signe chaque paquet exporté par ce bureau, ce qui permet au Siège de savoir que le paquet vient bien de vous et n&apos;a pas été modifié. Sauvegardez-la avec le fichier de données, et copiez-la avec celui-ci sur tout nouvel ordinateur&#xa0;; lisez cette empreinte au Siège lorsqu&apos;il vous la demande.</translation>
    </message>
    <message>
        <source>{name}  ({size} KB)</source>
        <translation>{name}  ({size} Ko)</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Aucune sauvegarde pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement en cours…</translation>
    </message>
    <message>
        <source>Office profile saved.</source>
        <translation>Profil du bureau enregistré.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Non enregistré&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Sauvegardé dans {path}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace all the data in the data file with the backup {name}?

The current data is backed up first, and the undo history is cleared.</source>
        <translation>Remplacer toutes les données du fichier de données par la sauvegarde {name}&#xa0;?

Les données actuelles sont d&apos;abord sauvegardées, et l&apos;historique des annulations est effacé.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restauration en cours…</translation>
    </message>
    <message>
        <source>Not restored: {error}</source>
        <translation>Non restauré&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>La sauvegarde a été restaurée.</translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <source>Open headquarters store</source>
        <extracomment>The keyring service a server&apos;s password is kept under. The settings key of the recent stores (URLs or paths, never a password), most recent first. Seconds to wait for a server that does not answer: an address mistyped says so instead of hanging. The store is open: the store, and the target it was opened from (with any password).</extracomment>
        <translation>Ouvrir une base du Siège</translation>
    </message>
    <message>
        <source>Headquarters reads every office&apos;s records in one store: a SQLite file, or a PostgreSQL database that several officers share. Records are still entered in each office&apos;s own data file.</source>
        <translation>Le Siège consulte les enregistrements de tous les bureaux dans une seule base&#xa0;: un fichier SQLite, ou une base de données PostgreSQL partagée par plusieurs agents. Les enregistrements continuent d&apos;être saisis dans le fichier de données propre à chaque bureau.</translation>
    </message>
    <message>
        <source>&amp;SQLite file</source>
        <translation>Fichier &amp;SQLite</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server</source>
        <translation>Serveur &amp;PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>SQLite file of the store</source>
        <translation>Fichier SQLite de la base</translation>
    </message>
    <message>
        <source>/path/to/headquarters.sqlite</source>
        <translation>/path/to/headquarters.sqlite</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Par&amp;courir…</translation>
    </message>
    <message>
        <source>Choose the SQLite file</source>
        <translation>Choisir le fichier SQLite</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Hôte</translation>
    </message>
    <message>
        <source>Server host name or address</source>
        <translation>Nom d&apos;hôte ou adresse du serveur</translation>
    </message>
    <message>
        <source>Por&amp;t</source>
        <translation>Por&amp;t</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Port du serveur</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Base de données</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Nom de la base de données</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Remember the password (in the system keyring, not in Fieldbook&apos;s settings)</source>
        <translation>&amp;Retenir le mot de passe (dans le trousseau de clés du système, et non dans les paramètres de Fieldbook)</translation>
    </message>
    <message>
        <source>This computer has no system keyring: the password cannot be remembered and is asked for each time.</source>
        <translation>Cet ordinateur ne dispose d&apos;aucun trousseau de clés système&#xa0;: le mot de passe ne peut pas être retenu et sera demandé à chaque fois.</translation>
    </message>
    <message>
        <source>Why the store did not open</source>
        <translation>Raison pour laquelle la base ne s&apos;est pas ouverte</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Choose the headquarters store</source>
        <translation>Choisir la base du Siège</translation>
    </message>
    <message>
        <source>Fieldbook stores (*.sqlite *.db);;All files (*)</source>
        <translation>Bases Fieldbook (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the SQLite file of the store.</source>
        <translation>Choisissez le fichier SQLite de la base.</translation>
    </message>
    <message>
        <source>Fill in the host, the database and the user of the PostgreSQL server.</source>
        <translation>Indiquez l&apos;hôte, la base de données et l&apos;utilisateur du serveur PostgreSQL.</translation>
    </message>
    <message>
        <source>Opening {store}…</source>
        <translation>Ouverture de {store}…</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Office summary</source>
        <translation>Synthèse du bureau</translation>
    </message>
    <message>
        <source>E&amp;xport package… (Ctrl+E)</source>
        <translation>E&amp;xporter le paquet… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export this period&apos;s package for the regional office</source>
        <translation>Exporter le paquet de cette période pour le bureau régional</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>People (direct)</source>
        <translation>Personnes (bénéficiaires directs)</translation>
    </message>
    <message>
        <source>Funding (USD)</source>
        <translation>Financement (USD)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Initiatives by status</source>
        <translation>Initiatives par statut</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Enregistrements supprimés</translation>
    </message>
    <message>
        <source>Office summary — {name} ({code})</source>
        <translation>Synthèse du bureau — {name} ({code})</translation>
    </message>
    <message>
        <source>{active} active · {pipeline} in the pipeline</source>
        <translation>{active} en cours · {pipeline} en préparation</translation>
    </message>
    <message>
        <source>reached of {targeted} targeted, each initiative&apos;s group counted once (as on the Dashboard)</source>
        <translation>atteintes sur {targeted} ciblées, chaque groupe d&apos;une initiative n&apos;étant compté qu&apos;une fois (comme dans le Tableau de bord)</translation>
    </message>
    <message>
        <source>As reported, per period</source>
        <translation>Chiffres déclarés, par période</translation>
    </message>
    <message>
        <source>{period}: {reached} reached of {targeted} targeted</source>
        <translation>{period}&#xa0;: {reached} atteintes sur {targeted} ciblées</translation>
    </message>
    <message>
        <source>The periods are not added up: the same people are often reported again in the next period (added up, the periods would give {added}). The figure above takes, for each initiative and group, the period with the highest figure (of two equal periods, the later one) and adds those up, so a person counted in two periods is counted once.</source>
        <translation>Les périodes ne sont pas additionnées&#xa0;: les mêmes personnes sont souvent déclarées de nouveau à la période suivante (additionnées, les périodes donneraient {added}). Le chiffre ci-dessus retient, pour chaque initiative et chaque groupe, la période au chiffre le plus élevé (entre deux périodes à égalité, la plus récente) et en fait la somme&#xa0;; une personne comptée dans deux périodes n&apos;est donc comptée qu&apos;une fois.</translation>
    </message>
    <message>
        <source>No counts yet</source>
        <translation>Aucun décompte pour l&apos;instant</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Beneficiary counts</source>
        <translation>Décomptes de bénéficiaires</translation>
    </message>
    <message>
        <source>Funding lines</source>
        <translation>Lignes de financement</translation>
    </message>
    <message>
        <source>Knowledge products</source>
        <translation>Produits du savoir</translation>
    </message>
    <message>
        <source>Deletions are kept as tombstones so that they travel in the next package.</source>
        <translation>Les suppressions sont conservées sous forme de marqueurs de suppression afin d&apos;être transmises dans le prochain paquet.</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>Click to list the records behind this figure</source>
        <translation>Cliquez pour afficher les enregistrements sur lesquels repose ce chiffre</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Fieldbook</source>
        <translation>Bienvenue dans Fieldbook</translation>
    </message>
    <message>
        <source>Fieldbook keeps your office&apos;s portfolio — initiatives, beneficiaries, funding, partners and knowledge products — on this computer, and works without a connection. Each reporting period you send one package to your regional office.</source>
        <translation>Fieldbook conserve le portefeuille de votre bureau — initiatives, bénéficiaires, financement, partenaires et produits du savoir — sur cet ordinateur, et fonctionne sans connexion. À chaque période de rapport, vous envoyez un paquet à votre bureau régional.</translation>
    </message>
    <message>
        <source>Set up my office</source>
        <translation>Configurer mon bureau</translation>
    </message>
    <message>
        <source>Enter your office&apos;s code, name, country, region, currency and language, then start recording.</source>
        <translation>Saisissez le code, le nom, le pays, la région, la monnaie et la langue de votre bureau, puis commencez la saisie.</translation>
    </message>
    <message>
        <source>Explore the demo office</source>
        <translation>Découvrir le bureau de démonstration</translation>
    </message>
    <message>
        <source>Open the Nairobi demo office, filled with initiatives from the Executive Board report, to try Fieldbook out. You can set up your own office later in a new data folder.</source>
        <translation>Ouvrez le bureau de démonstration de Nairobi, rempli d&apos;initiatives tirées du rapport au Conseil exécutif, pour essayer Fieldbook. Vous pourrez configurer votre propre bureau plus tard, dans un nouveau dossier de données.</translation>
    </message>
    <message>
        <source>Data file: {path}</source>
        <translation>Fichier de données&#xa0;: {path}</translation>
    </message>
</context>
<context>
    <name>_OfficePage</name>
    <message>
        <source>Your office</source>
        <translation>Votre bureau</translation>
    </message>
    <message>
        <source>These details go into every package the office sends. Fields marked * are required.</source>
        <translation>Ces informations figurent dans chaque paquet envoyé par le bureau. Les champs marqués d&apos;un * sont obligatoires.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher ce message d&apos;aide, puis quitter</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s&#xa0;: erreur&#xa0;: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s&#xa0;: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont obligatoires&#xa0;: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus&#xa0;: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valide&#xa0;: %(value)r (choisissez parmi %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s non valide&#xa0;: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>au plus un argument attendu</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë&#xa0;: %(option)s peut correspondre à %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>non autorisé avec l&apos;argument %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l&apos;un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>option inattendue&#xa0;: %s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>impossible d&apos;ouvrir «&#xa0;%(filename)s&#xa0;»&#xa0;: %(error)s</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>%s argument attendu</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>%s arguments attendus</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Fieldbook: record a country office&apos;s portfolio offline and exchange it as an Excel package. Without a command, opens the desktop app.</source>
        <translation>Fieldbook&#xa0;: enregistrer hors ligne le portefeuille d&apos;un bureau de pays et l&apos;échanger sous forme de paquet Excel. Sans commande, ouvre l&apos;application graphique.</translation>
    </message>
    <message>
        <source>show the version, the package format and the store schema it writes, and exit</source>
        <translation>afficher la version, le format de paquet et le schéma de base que cette version écrit, puis quitter</translation>
    </message>
    <message>
        <source>folder for the data file, backups and settings (default: the per-user data folder)</source>
        <translation>dossier du fichier de données, des sauvegardes et des paramètres (par défaut&#xa0;: le dossier de données de l&apos;utilisateur)</translation>
    </message>
    <message>
        <source>the language of the window and of every message: {codes} (default: the app&apos;s setting, else the system&apos;s)</source>
        <translation>la langue de la fenêtre et de tous les messages&#xa0;: {codes} (par défaut&#xa0;: le paramètre de l&apos;application, sinon celui du système)</translation>
    </message>
    <message>
        <source>without a command: open the app on this store, a SQLite file or a PostgreSQL URL (a headquarters store; records are entered only in the office&apos;s own data file)</source>
        <translation>sans commande&#xa0;: ouvrir l&apos;application sur cette base, un fichier SQLite ou une URL PostgreSQL (une base du Siège&#xa0;; les enregistrements ne sont saisis que dans le fichier de données propre au bureau)</translation>
    </message>
    <message>
        <source>a SQLite file or a SQLAlchemy URL (default: the data folder&apos;s store)</source>
        <translation>un fichier SQLite ou une URL SQLAlchemy (par défaut&#xa0;: la base du dossier de données)</translation>
    </message>
    <message>
        <source>a SQLite file or a SQLAlchemy URL</source>
        <translation>un fichier SQLite ou une URL SQLAlchemy</translation>
    </message>
    <message>
        <source>package files (.xlsx)</source>
        <translation>fichiers de paquets (.xlsx)</translation>
    </message>
    <message>
        <source>who made the hand edits found in these packages (default: &apos;spreadsheet edit&apos;)</source>
        <translation>auteur des modifications manuelles trouvées dans ces paquets (par défaut&#xa0;: &apos;spreadsheet edit&apos;)</translation>
    </message>
    <message>
        <source>create a demo office store</source>
        <translation>créer la base d&apos;un bureau de démonstration</translation>
    </message>
    <message>
        <source>the SQLite file to create (default: the data folder&apos;s store)</source>
        <translation>le fichier SQLite à créer (par défaut&#xa0;: la base du dossier de données)</translation>
    </message>
    <message>
        <source>which demo office (default KEN-NBO); see --list</source>
        <translation>le bureau de démonstration (par défaut KEN-NBO)&#xa0;; voir --list</translation>
    </message>
    <message>
        <source>list the demo offices and exit</source>
        <translation>lister les bureaux de démonstration, puis quitter</translation>
    </message>
    <message>
        <source>instead, a headquarters store with this many synthetic office portfolios (e.g. 150), as after importing their packages</source>
        <translation>à la place, une base du Siège contenant ce nombre de portefeuilles de bureaux fictifs (par exemple 150), comme après l&apos;importation de leurs paquets</translation>
    </message>
    <message>
        <source>show what a store holds</source>
        <translation>afficher le contenu d&apos;une base</translation>
    </message>
    <message>
        <source>write the office&apos;s package (.xlsx)</source>
        <translation>écrire le paquet du bureau (.xlsx)</translation>
    </message>
    <message>
        <source>the package file, or a folder: then it is named OFFICE_PERIOD_SEQ.xlsx</source>
        <translation>le fichier du paquet, ou un dossier&#xa0;: le fichier est alors nommé OFFICE_PERIOD_SEQ.xlsx</translation>
    </message>
    <message>
        <source>reporting period, such as 2023-H2 (default: the current half-year)</source>
        <translation>période de rapport, par exemple 2023-H2 (par défaut&#xa0;: le semestre en cours)</translation>
    </message>
    <message>
        <source>sequence number (default: 1 + the highest of this office&apos;s packages in the folder)</source>
        <translation>numéro d&apos;ordre (par défaut&#xa0;: 1 + le plus élevé des paquets de ce bureau présents dans le dossier)</translation>
    </message>
    <message>
        <source>the office&apos;s signing key (default: the one beside the data file, made on first use)</source>
        <translation>la clé de signature du bureau (par défaut&#xa0;: celle placée à côté du fichier de données, créée à la première utilisation)</translation>
    </message>
    <message>
        <source>check packages; exit 0 valid, 1 rejected</source>
        <translation>vérifier des paquets&#xa0;; code de sortie 0&#xa0;: valide, 1&#xa0;: rejeté</translation>
    </message>
    <message>
        <source>write an annotated copy (one FILE: OUT.xlsx; several: a folder)</source>
        <translation>écrire une copie annotée (un seul FILE&#xa0;: OUT.xlsx&#xa0;; plusieurs&#xa0;: un dossier)</translation>
    </message>
    <message>
        <source>print the reports as JSON</source>
        <translation>afficher les rapports au format JSON</translation>
    </message>
    <message>
        <source>merge packages into one package, with a report of what was merged</source>
        <translation>fusionner des paquets en un seul paquet, avec un rapport de ce qui a été fusionné</translation>
    </message>
    <message>
        <source>the merged package, or a folder for it</source>
        <translation>le paquet fusionné, ou le dossier où l&apos;écrire</translation>
    </message>
    <message>
        <source>write the merge report: sources, packages left out, conflicts field by field, superseded versions</source>
        <translation>écrire le rapport de fusion&#xa0;: sources, paquets écartés, conflits champ par champ, versions remplacées</translation>
    </message>
    <message>
        <source>what the merged package is named for, e.g. a region (default MERGED)</source>
        <translation>ce que désigne le nom du paquet fusionné, par exemple une région (par défaut MERGED)</translation>
    </message>
    <message>
        <source>the merged package&apos;s period (default: the latest of the inputs)</source>
        <translation>la période du paquet fusionné (par défaut&#xa0;: la plus récente des périodes des paquets fusionnés)</translation>
    </message>
    <message>
        <source>fail the whole merge if any package is invalid</source>
        <translation>faire échouer toute la fusion si un paquet n&apos;est pas valide</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>afficher le résultat au format JSON</translation>
    </message>
    <message>
        <source>the region&apos;s signing key (default: the one in the data folder, made on first use)</source>
        <translation>la clé de signature de la région (par défaut&#xa0;: celle du dossier de données, créée à la première utilisation)</translation>
    </message>
    <message>
        <source>import packages into a store, each all-or-nothing</source>
        <translation>importer des paquets dans une base, chacun en tout ou rien</translation>
    </message>
    <message>
        <source>a SQLite file or a SQLAlchemy URL (postgresql+psycopg://…)</source>
        <translation>un fichier SQLite ou une URL SQLAlchemy (postgresql+psycopg://…)</translation>
    </message>
    <message>
        <source>count what would change; change nothing</source>
        <translation>compter ce qui changerait, sans rien modifier</translation>
    </message>
    <message>
        <source>undo the last import (every package of its run), on SQLite or PostgreSQL</source>
        <translation>annuler la dernière importation (tous les paquets de cette exécution), sous SQLite ou PostgreSQL</translation>
    </message>
    <message>
        <source>print the summaries as JSON (and no progress)</source>
        <translation>afficher les bilans au format JSON (sans progression)</translation>
    </message>
    <message>
        <source>trust the key of an office (or region) this store has no key for yet, once you have confirmed its fingerprint with them (trust on first use)</source>
        <translation>approuver la clé d&apos;un bureau (ou d&apos;une région) pour lequel cette base n&apos;a pas encore de clé, une fois son empreinte confirmée avec lui (confiance à la première utilisation)</translation>
    </message>
    <message>
        <source>let in packages without a signature (format 1, or unsigned); each one is recorded in the ledger with your name</source>
        <translation>accepter les paquets sans signature (format 1, ou non signés)&#xa0;; chacun est inscrit dans le registre avec votre nom</translation>
    </message>
    <message>
        <source>the key file (default: the one beside the data file)</source>
        <translation>le fichier de clé (par défaut&#xa0;: celui placé à côté du fichier de données)</translation>
    </message>
    <message>
        <source>the data file the key is beside (default: the data folder&apos;s store)</source>
        <translation>le fichier de données à côté duquel se trouve la clé (par défaut&#xa0;: la base du dossier de données)</translation>
    </message>
    <message>
        <source>signing keys: this data folder&apos;s own, and the ones a store trusts</source>
        <translation>clés de signature&#xa0;: celle de ce dossier de données, et celles qu&apos;approuve une base</translation>
    </message>
    <message>
        <source>this data folder&apos;s signing key: its fingerprint, to read out to headquarters</source>
        <translation>la clé de signature de ce dossier de données&#xa0;: son empreinte, à lire au Siège</translation>
    </message>
    <message>
        <source>the keys a store knows: trusted, retired, revoked</source>
        <translation>les clés que connaît une base&#xa0;: approuvées, retirées, révoquées</translation>
    </message>
    <message>
        <source>trust the key that signed a package, after confirming its fingerprint with the office</source>
        <translation>approuver la clé qui a signé un paquet, après avoir confirmé son empreinte avec le bureau</translation>
    </message>
    <message>
        <source>a package signed with the key</source>
        <translation>un paquet signé avec la clé</translation>
    </message>
    <message>
        <source>the fingerprint the office read out (checked against the package&apos;s key)</source>
        <translation>l&apos;empreinte lue par le bureau (comparée à la clé du paquet)</translation>
    </message>
    <message>
        <source>stop trusting a key (lost laptop, departed staff)</source>
        <translation>ne plus approuver une clé (ordinateur portable perdu, départ d&apos;un membre du personnel)</translation>
    </message>
    <message>
        <source>the office or region code</source>
        <translation>le code du bureau ou de la région</translation>
    </message>
    <message>
        <source>the key&apos;s fingerprint, or its first 8 or more hex digits</source>
        <translation>l&apos;empreinte de la clé, ou au moins ses 8 premiers chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>why, for the record</source>
        <translation>le motif, pour mémoire</translation>
    </message>
    <message>
        <source>replace this data folder&apos;s key; the next packages carry the change, signed by the old key</source>
        <translation>remplacer la clé de ce dossier de données&#xa0;; les prochains paquets transmettent le changement, signé par l&apos;ancienne clé</translation>
    </message>
    <message>
        <source>the office (or region) code the key signs for (default: the store&apos;s office)</source>
        <translation>le code du bureau (ou de la région) pour lequel la clé signe (par défaut&#xa0;: le bureau de la base)</translation>
    </message>
    <message>
        <source>portfolio KPIs of a store, on screen, as JSON or as a workbook</source>
        <translation>indicateurs clés du portefeuille d&apos;une base, à l&apos;écran, au format JSON ou sous forme de classeur</translation>
    </message>
    <message>
        <source>2023-H2, 2023-Q3 or 2023 (default: all periods)</source>
        <translation>2023-H2, 2023-Q3 ou 2023 (par défaut&#xa0;: toutes les périodes)</translation>
    </message>
    <message>
        <source>only this region (a code)</source>
        <translation>uniquement cette région (un code)</translation>
    </message>
    <message>
        <source>only this country (a code)</source>
        <translation>uniquement ce pays (un code)</translation>
    </message>
    <message>
        <source>only this flagship (a code)</source>
        <translation>uniquement ce programme phare (un code)</translation>
    </message>
    <message>
        <source>only this subprogramme (a code)</source>
        <translation>uniquement ce sous-programme (un code)</translation>
    </message>
    <message>
        <source>only this office (a code)</source>
        <translation>uniquement ce bureau (un code)</translation>
    </message>
    <message>
        <source>write the KPI workbook with charts</source>
        <translation>écrire le classeur des indicateurs clés, avec graphiques</translation>
    </message>
    <message>
        <source>print the figures as JSON</source>
        <translation>afficher les chiffres au format JSON</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n initiative</numerusform>
            <numerusform>%n initiatives</numerusform>
        </translation>
    </message>
    <message>
        <source>--headquarters takes a number of offices, 1 or more</source>
        <translation>--headquarters prend un nombre de bureaux, égal ou supérieur à 1</translation>
    </message>
    <message numerus="yes">
        <source>{target}: headquarters demo: %n office(s), {records} records</source>
        <translation>
            <numerusform>{target}&#xa0;: démonstration du Siège&#xa0;: %n bureau, {records} enregistrements</numerusform>
            <numerusform>{target}&#xa0;: démonstration du Siège&#xa0;: %n bureaux, {records} enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>{target}: demo office {code} ({name}): {counts}</source>
        <translation>{target}&#xa0;: bureau de démonstration {code} ({name})&#xa0;: {counts}</translation>
    </message>
    <message>
        <source>--seq must be 1 or more</source>
        <translation>--seq doit être égal ou supérieur à 1</translation>
    </message>
    <message numerus="yes">
        <source>{path}: %n record(s) ({counts}); sha256 {digest}</source>
        <translation>
            <numerusform>{path}&#xa0;: %n enregistrement ({counts})&#xa0;; sha256 {digest}</numerusform>
            <numerusform>{path}&#xa0;: %n enregistrements ({counts})&#xa0;; sha256 {digest}</numerusform>
        </translation>
    </message>
    <message>
        <source>with several files, --report must be an existing folder</source>
        <extracomment>Problems listed per file on the terminal; --report or --json give them all.</extracomment>
        <translation>avec plusieurs fichiers, --report doit être un dossier existant</translation>
    </message>
    <message>
        <source>{path}: the annotated report {out} could not be written ({reason})</source>
        <translation>{path}&#xa0;: le rapport annoté {out} n&apos;a pas pu être écrit ({reason})</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see --report or --json)</source>
        <translation>
            <numerusform>… et %n autre (voir --report ou --json)</numerusform>
            <numerusform>… et %n autres (voir --report ou --json)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>merging %n package(s)</source>
        <translation>
            <numerusform>fusion de %n paquet</numerusform>
            <numerusform>fusion de %n paquets</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid</source>
        <comment>a package left out of a merge</comment>
        <translation>non valide</translation>
    </message>
    <message>
        <source>left out {file}: {problem}</source>
        <translation>{file} écarté&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>--undo-last takes no files and no --dry-run</source>
        <translation>--undo-last ne prend ni fichiers ni --dry-run</translation>
    </message>
    <message>
        <source>{db}: undid the import of {file}: {office} #{sequence}, imported {when} UTC</source>
        <translation>{db}&#xa0;: importation de {file} annulée&#xa0;: {office} #{sequence}, importé le {when} UTC</translation>
    </message>
    <message numerus="yes">
        <source>{db}: undid the import of %n packages ({file} the last of them): {office} #{sequence}, imported {when} UTC</source>
        <translation>
            <numerusform>{db}&#xa0;: importation de %n paquet annulée ({file})&#xa0;: {office} #{sequence}, importé le {when} UTC</numerusform>
            <numerusform>{db}&#xa0;: importation de %n paquets annulée ({file} étant le dernier)&#xa0;: {office} #{sequence}, importé le {when} UTC</numerusform>
        </translation>
    </message>
    <message>
        <source>name the packages to import</source>
        <translation>indiquez les paquets à importer</translation>
    </message>
    <message>
        <source>importing {file}</source>
        <translation>importation de {file}</translation>
    </message>
    <message numerus="yes">
        <source>importing %n packages</source>
        <translation>
            <numerusform>importation de %n paquet</numerusform>
            <numerusform>importation de %n paquets</numerusform>
        </translation>
    </message>
    <message>
        <source>hand edit: {edit}</source>
        <translation>modification manuelle&#xa0;: {edit}</translation>
    </message>
    <message>
        <source>{file}: {holder} signs with key {fingerprint}, new to this store: trusted (--trust-new-keys)</source>
        <translation>{file}&#xa0;: {holder} signe avec la clé {fingerprint}, inconnue de cette base&#xa0;: approuvée (--trust-new-keys)</translation>
    </message>
    <message>
        <source>initiatives</source>
        <translation>initiatives</translation>
    </message>
    <message>
        <source>countries, cities</source>
        <translation>pays, villes</translation>
    </message>
    <message>
        <source>beneficiaries</source>
        <translation>bénéficiaires</translation>
    </message>
    <message>
        <source>{reached} reached of {targeted} targeted (direct); {indirect} reached indirectly</source>
        <translation>{reached} atteintes sur {targeted} ciblées (directement)&#xa0;; {indirect} atteintes indirectement</translation>
    </message>
    <message>
        <source>funds (USD)</source>
        <translation>fonds (USD)</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>partenaires</translation>
    </message>
    <message numerus="yes">
        <source>{partners} from %n countries</source>
        <translation>
            <numerusform>{partners} de %n pays</numerusform>
            <numerusform>{partners} de %n pays</numerusform>
        </translation>
    </message>
    <message>
        <source>knowledge products</source>
        <translation>produits du savoir</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ODD</translation>
    </message>
    <message>
        <source>{goals} of 17 goals, {targets} of 169 targets</source>
        <translation>{goals} objectifs sur 17, {targets} cibles sur 169</translation>
    </message>
    <message>
        <source>workbook</source>
        <translation>classeur</translation>
    </message>
    <message>
        <source>KPIs of {target} ({filters})</source>
        <translation>Indicateurs clés de {target} ({filters})</translation>
    </message>
    <message>
        <source>pledged</source>
        <comment>funds</comment>
        <translation>annoncés</translation>
    </message>
    <message>
        <source>committed</source>
        <comment>funds</comment>
        <translation>engagés</translation>
    </message>
    <message>
        <source>received</source>
        <comment>funds</comment>
        <translation>reçus</translation>
    </message>
    <message>
        <source>spent</source>
        <comment>funds</comment>
        <translation>dépensés</translation>
    </message>
    <message>
        <source>{path}: new key {fingerprint} for {holder}; the previous key was kept beside it, and the next packages carry the change signed by it</source>
        <translation>{path}&#xa0;: nouvelle clé {fingerprint} pour {holder}&#xa0;; l&apos;ancienne clé a été conservée à côté, et les prochains paquets transmettront le changement, signé par celle-ci</translation>
    </message>
    <message>
        <source>{package}: not signed; there is no key to trust</source>
        <translation>{package}&#xa0;: non signé&#xa0;; il n&apos;y a aucune clé à approuver</translation>
    </message>
    <message>
        <source>{package}: signed by key {fingerprint}, not {given}: do not trust it; ask the office which key it uses (fieldbook keys mine)</source>
        <translation>{package}&#xa0;: signé avec la clé {fingerprint}, et non {given}&#xa0;: ne l&apos;approuvez pas&#xa0;; demandez au bureau quelle clé il utilise (fieldbook keys mine)</translation>
    </message>
    <message>
        <source>{db}: no keys yet (the first package of each office asks to confirm its key)</source>
        <translation>{db}&#xa0;: aucune clé pour l&apos;instant (le premier paquet de chaque bureau demande de confirmer sa clé)</translation>
    </message>
    <message numerus="yes">
        <source>{target}: name the holder of the key with --holder (the store holds %n offices)</source>
        <translation>
            <numerusform>{target}&#xa0;: indiquez le titulaire de la clé avec --holder (la base contient %n bureau)</numerusform>
            <numerusform>{target}&#xa0;: indiquez le titulaire de la clé avec --holder (la base contient %n bureaux)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n office(s)</source>
        <translation>
            <numerusform>%n bureau</numerusform>
            <numerusform>%n bureaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partenaire</numerusform>
            <numerusform>%n partenaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner link(s)</source>
        <translation>
            <numerusform>%n lien avec un partenaire</numerusform>
            <numerusform>%n liens avec des partenaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n beneficiary count(s)</source>
        <translation>
            <numerusform>%n décompte de bénéficiaires</numerusform>
            <numerusform>%n décomptes de bénéficiaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n funding line(s)</source>
        <translation>
            <numerusform>%n ligne de financement</numerusform>
            <numerusform>%n lignes de financement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n knowledge product(s)</source>
        <translation>
            <numerusform>%n produit du savoir</numerusform>
            <numerusform>%n produits du savoir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tombstone(s)</source>
        <translation>
            <numerusform>%n marqueur de suppression</numerusform>
            <numerusform>%n marqueurs de suppression</numerusform>
        </translation>
    </message>
    <message>
        <source>the desktop app is not available in this build ({reason}); use a command, see --help</source>
        <translation>l&apos;application graphique n&apos;est pas disponible dans cette version ({reason})&#xa0;; utilisez une commande, voir --help</translation>
    </message>
    <message>
        <source>error: --db goes after the command&apos;s name (fieldbook {command} --db …); before it, --db opens the app</source>
        <translation>erreur&#xa0;: --db se place après le nom de la commande (fieldbook {command} --db …)&#xa0;; placé avant, --db ouvre l&apos;application</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>erreur&#xa0;: {message}</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>all</source>
        <translation>tout le portefeuille</translation>
    </message>
    <message numerus="yes">
        <source>Headquarters: %n office(s)</source>
        <translation>
            <numerusform>Siège&#xa0;: %n bureau</numerusform>
            <numerusform>Siège&#xa0;: %n bureaux</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>contains macros (vbaProject.bin); a Fieldbook package never does</source>
        <extracomment>Real packages compress their XML 5–30 times; zip bombs compress hundreds to millions of times. Columns and cells (first to last, as a rectangle) a worksheet may span: 100,000 records need about 3.5 million. The compression methods Open Packaging Conventions allow (ECMA-376 Part 2, annex C): stored and deflated.</extracomment>
        <translation>contient des macros (vbaProject.bin), ce que ne fait jamais un paquet Fieldbook</translation>
    </message>
    <message>
        <source>links to other workbooks (externalLinks); a Fieldbook package never does</source>
        <translation>contient des liens vers d&apos;autres classeurs (externalLinks), ce que ne fait jamais un paquet Fieldbook</translation>
    </message>
    <message>
        <source>contains embedded objects (OLE); a Fieldbook package never does</source>
        <translation>contient des objets incorporés (OLE), ce que ne fait jamais un paquet Fieldbook</translation>
    </message>
    <message>
        <source>contains ActiveX controls; a Fieldbook package never does</source>
        <translation>contient des contrôles ActiveX, ce que ne fait jamais un paquet Fieldbook</translation>
    </message>
    <message>
        <source>no such file</source>
        <extracomment>Worksheet part → (rows, columns) it may span: exact, or an upper bound that is well within the limits.</extracomment>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>is not a file</source>
        <translation>n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>is empty (0 bytes)</source>
        <translation>est vide (0 octet)</translation>
    </message>
    <message>
        <source>is too large for a package ({size} MB; at most {limit} MB)</source>
        <translation>est trop volumineux pour un paquet ({size} Mo&#xa0;; {limit} Mo au maximum)</translation>
    </message>
    <message>
        <source>is an old .xls workbook or a password-protected one; a package is a plain .xlsx</source>
        <translation>est un ancien classeur .xls ou un classeur protégé par mot de passe&#xa0;; un paquet est un simple fichier .xlsx</translation>
    </message>
    <message>
        <source>is not an Excel .xlsx file (not a zip archive)</source>
        <translation>n&apos;est pas un fichier Excel .xlsx (ce n&apos;est pas une archive zip)</translation>
    </message>
    <message>
        <source>is damaged or incomplete (the zip archive is truncated)</source>
        <translation>est endommagé ou incomplet (l&apos;archive zip est tronquée)</translation>
    </message>
    <message>
        <source>cannot be opened as a zip archive ({reason})</source>
        <translation>ne peut pas être ouvert comme archive zip ({reason})</translation>
    </message>
    <message>
        <source>has {count} parts; a package has a few dozen (possible zip bomb)</source>
        <translation>comporte {count} parties&#xa0;; un paquet en compte quelques dizaines (bombe de décompression possible)</translation>
    </message>
    <message>
        <source>is a zip archive but not an Excel workbook</source>
        <translation>est une archive zip, mais pas un classeur Excel</translation>
    </message>
    <message>
        <source>is encrypted; a package is a plain .xlsx</source>
        <translation>est chiffré&#xa0;; un paquet est un simple fichier .xlsx</translation>
    </message>
    <message>
        <source>{part} is compressed with method {method}; an .xlsx stores its parts plain or deflated</source>
        <translation>{part}&#xa0;: compression selon la méthode {method}&#xa0;; un fichier .xlsx stocke ses parties sans compression ou avec la méthode deflate</translation>
    </message>
    <message>
        <source>would expand to {size} MB (possible zip bomb)</source>
        <translation>occuperait {size} Mo une fois décompressé (bombe de décompression possible)</translation>
    </message>
    <message>
        <source>is a macro-enabled workbook (.xlsm); a package never has macros</source>
        <translation>est un classeur prenant en charge les macros (.xlsm)&#xa0;; un paquet ne contient jamais de macros</translation>
    </message>
    <message>
        <source>is damaged ({part}: {reason})</source>
        <translation>est endommagé ({part}&#xa0;: {reason})</translation>
    </message>
    <message>
        <source>{part} expands far beyond its compressed size (possible zip bomb)</source>
        <translation>{part}&#xa0;: la taille une fois décompressé dépasse de loin la taille compressée (bombe de décompression possible)</translation>
    </message>
    <message>
        <source>{part} is written in UTF-16 or UTF-32, not UTF-8 as Excel writes every XML part; another encoding could hide a DTD from this check</source>
        <translation>{part}&#xa0;: encodage UTF-16 ou UTF-32, et non UTF-8, qu&apos;Excel utilise pour toutes les parties XML&#xa0;; un autre encodage pourrait dissimuler une DTD à ce contrôle</translation>
    </message>
    <message>
        <source>{part} declares a DTD or entities (&lt;!DOCTYPE&gt;); Excel never writes one, it is how XML entity attacks work</source>
        <translation>{part}&#xa0;: déclaration d&apos;une DTD ou d&apos;entités (&lt;!DOCTYPE&gt;)&#xa0;; Excel n&apos;en écrit jamais, c&apos;est le mécanisme des attaques par entités XML</translation>
    </message>
    <message>
        <source>{part} claims a range beyond Excel&apos;s last column</source>
        <translation>{part}&#xa0;: plage déclarée au-delà de la dernière colonne d&apos;Excel</translation>
    </message>
    <message>
        <source>{part} has a cell beyond Excel&apos;s last column</source>
        <translation>{part}&#xa0;: cellule située au-delà de la dernière colonne d&apos;Excel</translation>
    </message>
    <message>
        <source>is damaged or incomplete ({part}: {reason})</source>
        <translation>est endommagé ou incomplet ({part}&#xa0;: {reason})</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <source>{part} claims cells up to row {row}, column {column}; a package sheet has at most {limit} columns</source>
        <translation>{part}&#xa0;: cellules déclarées jusqu&apos;à la ligne {row}, colonne {column}&#xa0;; une feuille de paquet compte au plus {limit} colonnes</translation>
    </message>
    <message>
        <source>{part} spans {rows} rows × {columns} columns, more than a package may ({limit} cells)</source>
        <translation>{part}&#xa0;: {rows} lignes × {columns} colonnes, soit plus que ce qu&apos;autorise un paquet ({limit} cellules)</translation>
    </message>
    <message>
        <source>sheet {name}</source>
        <translation>feuille {name}</translation>
    </message>
    <message numerus="yes">
        <source>…({count} character(s))…</source>
        <extracomment>What str.splitlines() breaks a line at, written as its escape (a cell&apos;s line break as \n). Text quoted from a file (a cell of 32,767 characters, a part&apos;s name) is quoted this far.</extracomment>
        <translation>
            <numerusform>…({count} caractère)…</numerusform>
            <numerusform>…({count} caractères)…</numerusform>
        </translation>
    </message>
    <message>
        <source>error</source>
        <extracomment>At most this many problems are kept per file; a package with more is rejected anyway. A problem&apos;s severity as a person reads it (the value itself is a code, in JSON and in tests).</extracomment>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>(file)</source>
        <translation>(fichier)</translation>
    </message>
    <message>
        <source>{rows} and {count} more</source>
        <translation>{rows} et {count} autres</translation>
    </message>
    <message numerus="yes">
        <source>{sheet} row(s) {rows}</source>
        <translation>
            <numerusform>{sheet}, ligne {rows}</numerusform>
            <numerusform>{sheet}, lignes {rows}</numerusform>
        </translation>
    </message>
    <message>
        <source>{out}: merged {packages}: {records}, {deletions}, {conflicts}, {superseded}, {duplicates}</source>
        <extracomment>What a merged package keeps of each source&apos;s manifest: its signature and what it signed, so headquarters can check each source against the office that made it (desktop.exchange.trust.check_sources). The winners the report names — of records with a superseded version, and the hand edits found by this merge — not every winner (those are in the package), by record, in the order the records first came.</extracomment>
        <translation>{out}&#xa0;: fusion de {packages}&#xa0;: {records}, {deletions}, {conflicts}, {superseded}, {duplicates}</translation>
    </message>
    <message numerus="yes">
        <source>{count} package(s)</source>
        <translation>
            <numerusform>{count} paquet</numerusform>
            <numerusform>{count} paquets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} record(s)</source>
        <translation>
            <numerusform>{count} enregistrement</numerusform>
            <numerusform>{count} enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} deletion(s)</source>
        <translation>
            <numerusform>{count} suppression</numerusform>
            <numerusform>{count} suppressions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} conflict(s)</source>
        <translation>
            <numerusform>{count} conflit</numerusform>
            <numerusform>{count} conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} superseded</source>
        <translation>
            <numerusform>{count} version remplacée</numerusform>
            <numerusform>{count} versions remplacées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} duplicate(s)</source>
        <translation>
            <numerusform>{count} doublon</numerusform>
            <numerusform>{count} doublons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hand-edited row(s) accepted as new versions</source>
        <translation>
            <numerusform>%n ligne modifiée à la main acceptée comme nouvelle version</numerusform>
            <numerusform>%n lignes modifiées à la main acceptées comme nouvelles versions</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} is the same package as {first} (one file given twice)</source>
        <translation>{file} est le même paquet que {first} (un même fichier indiqué deux fois)</translation>
    </message>
    <message numerus="yes">
        <source>left out %n invalid: {files}</source>
        <translation>
            <numerusform>%n paquet non valide écarté&#xa0;: {files}</numerusform>
            <numerusform>%n paquets non valides écartés&#xa0;: {files}</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem} (--strict: nothing merged)</source>
        <translation>{problem} (--strict&#xa0;: rien n&apos;a été fusionné)</translation>
    </message>
    <message>
        <source>no valid package to merge ({problem})</source>
        <translation>aucun paquet valide à fusionner ({problem})</translation>
    </message>
    <message>
        <source>no valid package to merge</source>
        <translation>aucun paquet valide à fusionner</translation>
    </message>
    <message numerus="yes">
        <source>{path}: %n errors, first: {problem} (--strict: nothing merged)</source>
        <translation>
            <numerusform>{path}&#xa0;: %n erreur&#xa0;: {problem} (--strict&#xa0;: rien n&apos;a été fusionné)</numerusform>
            <numerusform>{path}&#xa0;: %n erreurs, dont la première&#xa0;: {problem} (--strict&#xa0;: rien n&apos;a été fusionné)</numerusform>
        </translation>
    </message>
    <message>
        <source>the disk is full</source>
        <extracomment>The page cache of the merged store (a store&apos;s own is 64 MiB): it is written once, in the order of its indexes&apos; first columns mostly, and read once, by the export.</extracomment>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>free some space on that disk and try again</source>
        <translation>libérez de l&apos;espace sur ce disque et réessayez</translation>
    </message>
    <message>
        <source>check the folder and try again</source>
        <translation>vérifiez le dossier et réessayez</translation>
    </message>
    <message>
        <source>the merged package could not be written in {folder} ({reason}); nothing was written: {todo}</source>
        <translation>le paquet fusionné n&apos;a pas pu être écrit dans {folder} ({reason})&#xa0;; rien n&apos;a été écrit&#xa0;: {todo}</translation>
    </message>
    <message>
        <source>the merge report {path} could not be written ({reason}); the merged package {out} was written; {todo}</source>
        <extracomment>Winning versions written to the merged store at a time (importer.apply_versions): what a merge holds in memory of the records it writes, whatever the number of packages. The page cache of the file of kept versions: enough for its index, which is what adding a version searches. The values a version&apos;s own fields are, for a record: Version.record_id is values[&quot;id&quot;], and so on.</extracomment>
        <translation>le rapport de fusion {path} n&apos;a pas pu être écrit ({reason})&#xa0;; le paquet fusionné {out} a été écrit&#xa0;; {todo}</translation>
    </message>
    <message>
        <source>Merged into {file} · {time} · Fieldbook {version}</source>
        <translation>Fusionné dans {file} · {time} · Fieldbook {version}</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>N° d&apos;ordre</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Digest (SHA-256)</source>
        <translation>Condensé (SHA-256)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionné</translation>
    </message>
    <message>
        <source>LEFT OUT: invalid (sheet Left out)</source>
        <translation>ÉCARTÉ&#xa0;: non valide (feuille Left out)</translation>
    </message>
    <message>
        <source>{records} records and {deletions} deletions in the output; {conflicts} conflicts, {superseded} superseded versions, {duplicates} identical copies merged, {left_out} packages left out.</source>
        <translation>Résultat&#xa0;: {records} enregistrements et {deletions} suppressions&#xa0;; {conflicts} conflits, {superseded} versions remplacées, {duplicates} copies identiques fusionnées, {left_out} paquets écartés.</translation>
    </message>
    <message>
        <source>Packages left out of the merge, and why</source>
        <translation>Paquets écartés de la fusion, et pourquoi</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>non valide</translation>
    </message>
    <message>
        <source>Same revision, different content: the winner is in the output, the loser only here</source>
        <translation>Même révision, contenu différent&#xa0;: la version retenue figure dans le résultat, l&apos;autre uniquement ici</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Valeur conservée</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Autre valeur</translation>
    </message>
    <message>
        <source>Kept from</source>
        <translation>Origine (conservée)</translation>
    </message>
    <message>
        <source>Other from</source>
        <translation>Origine (autre)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>Older revisions replaced by a newer one (kept out of the output)</source>
        <translation>Révisions antérieures remplacées par une plus récente (exclues du résultat)</translation>
    </message>
    <message>
        <source>From package</source>
        <translation>Paquet d&apos;origine</translation>
    </message>
    <message>
        <source>Kept revision</source>
        <translation>Révision conservée</translation>
    </message>
    <message>
        <source>{package} (hand-edited)</source>
        <translation>{package} (modifié à la main)</translation>
    </message>
    <message numerus="yes">
        <source>{count} error(s)</source>
        <translation>
            <numerusform>{count} erreur</numerusform>
            <numerusform>{count} erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} warning(s)</source>
        <translation>
            <numerusform>{count} avertissement</numerusform>
            <numerusform>{count} avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: valid: {records}, {errors}, {warnings}</source>
        <translation>{file}&#xa0;: valide&#xa0;: {records}, {errors}, {warnings}</translation>
    </message>
    <message>
        <source>{file}: rejected: {records}, {errors}, {warnings}</source>
        <translation>{file}&#xa0;: rejeté&#xa0;: {records}, {errors}, {warnings}</translation>
    </message>
    <message>
        <source> (more problems not listed)</source>
        <translation> (autres problèmes non listés)</translation>
    </message>
    <message>
        <source>cannot be read as a workbook ({reason}); the file is damaged or was changed by another program: ask for the package to be exported again</source>
        <extracomment>Signed lines by source package (data digest): a signed office package&apos;s own, a merged package&apos;s Provenance.</extracomment>
        <translation>ne peut pas être lu comme classeur ({reason})&#xa0;; le fichier est endommagé ou a été modifié par un autre programme&#xa0;: demandez que le paquet soit exporté de nouveau</translation>
    </message>
    <message>
        <source>sheet {name} cannot be read ({reason}); the file is damaged or was changed by another program: ask for the package to be exported again</source>
        <extracomment>Sheet name → its rows of cell values, streamed, from row 1 and column A. Kinds whose cell text, when already canonical, the digest takes as it is instead of writing the typed value out again (an import spends a tenth of its reading on that otherwise); tests/exchange/test_read_canonical.py checks that text taken so is exactly what the typed value would have been written as. The same, asked of a whole column at once.</extracomment>
        <translation>la feuille {name} ne peut pas être lue ({reason})&#xa0;; le fichier est endommagé ou a été modifié par un autre programme&#xa0;: demandez que le paquet soit exporté de nouveau</translation>
    </message>
    <message>
        <source>is not a Fieldbook package (it has no Manifest sheet)</source>
        <translation>n&apos;est pas un paquet Fieldbook (il ne comporte pas de feuille Manifest)</translation>
    </message>
    <message>
        <source>The sheet {sheet} is missing</source>
        <translation>La feuille {sheet} est absente</translation>
    </message>
    <message>
        <source>The data differs from what was exported (digest mismatch): edited by hand: {rows} (merge and import take each edit as a new version, attributed to the editor)</source>
        <translation>Les données diffèrent de celles qui ont été exportées (condensés différents)&#xa0;: modifications manuelles&#xa0;: {rows} (la fusion et l&apos;importation intègrent chaque modification comme une nouvelle version, attribuée à son auteur)</translation>
    </message>
    <message>
        <source>The data differs from what was exported (digest mismatch): it was changed by hand or damaged</source>
        <translation>Les données diffèrent de celles qui ont été exportées (condensés différents)&#xa0;: elles ont été modifiées à la main ou endommagées</translation>
    </message>
    <message numerus="yes">
        <source>The manifest says {rows} row(s) in {sheet}; the sheet has {count}</source>
        <translation>
            <numerusform>La feuille Manifest indique {rows} ligne dans {sheet}&#xa0;; la feuille en compte {count}</numerusform>
            <numerusform>La feuille Manifest indique {rows} lignes dans {sheet}&#xa0;; la feuille en compte {count}</numerusform>
        </translation>
    </message>
    <message>
        <source>is not a Fieldbook package (its Manifest does not name the format {format})</source>
        <translation>n&apos;est pas un paquet Fieldbook (sa feuille Manifest ne nomme pas le format {format})</translation>
    </message>
    <message>
        <source>has an unreadable format version ({version!r}) in its Manifest</source>
        <translation>indique dans sa feuille Manifest une version de format illisible ({version!r})</translation>
    </message>
    <message>
        <source>was written by a newer Fieldbook (package format {version}; this Fieldbook reads up to {newest}); update Fieldbook to read it</source>
        <translation>a été écrit par une version plus récente de Fieldbook (format de paquet {version}&#xa0;; cette version lit les formats jusqu&apos;au {newest})&#xa0;; mettez Fieldbook à jour pour le lire</translation>
    </message>
    <message>
        <source>has package format {version}, which this Fieldbook cannot read</source>
        <translation>est au format de paquet {version}, que cette version de Fieldbook ne sait pas lire</translation>
    </message>
    <message>
        <source>The sheet {sheet} has lost its three header rows (keys, labels, HXL tags)</source>
        <translation>La feuille {sheet} a perdu ses trois lignes d&apos;en-tête (clés, libellés, balises HXL)</translation>
    </message>
    <message>
        <source>The column {key} appears twice (also column {column})</source>
        <translation>La colonne {key} apparaît deux fois (également en colonne {column})</translation>
    </message>
    <message>
        <source>The column {key} is not part of the package format; it is ignored</source>
        <translation>La colonne {key} ne fait pas partie du format de paquet&#xa0;; elle est ignorée</translation>
    </message>
    <message>
        <source>Columns missing from row 1 of {sheet}: {columns}</source>
        <translation>Colonnes absentes de la ligne 1 de {sheet}&#xa0;: {columns}</translation>
    </message>
    <message>
        <source>The record id {id} is also on row {row}</source>
        <translation>L&apos;identifiant d&apos;enregistrement {id} figure aussi à la ligne {row}</translation>
    </message>
    <message>
        <source>The Manifest names {offices}, but every row belongs to {owner}: the Manifest was changed, or this is {owner}&apos;s package; ask {owner} for its own package</source>
        <translation>La feuille Manifest nomme {offices}, mais toutes les lignes appartiennent à {owner}&#xa0;: la feuille Manifest a été modifiée, ou il s&apos;agit du paquet de {owner}&#xa0;; demandez à {owner} son propre paquet</translation>
    </message>
    <message>
        <source>This row belongs to office {owner}; a package of {offices} may carry only its own records: remove the row, or ask that office for its own package</source>
        <translation>Cette ligne appartient au bureau {owner}&#xa0;; un paquet de {offices} ne peut contenir que ses propres enregistrements&#xa0;: supprimez la ligne, ou demandez à ce bureau son propre paquet</translation>
    </message>
    <message>
        <source>The profile of office {office} cannot travel in a package of {offices}</source>
        <translation>Le profil du bureau {office} ne peut pas être transmis dans un paquet de {offices}</translation>
    </message>
    <message>
        <source>This deletion is of a record of office {owner}; a package of {offices} may delete only its own records</source>
        <translation>Cette suppression porte sur un enregistrement du bureau {owner}&#xa0;; un paquet de {offices} ne peut supprimer que ses propres enregistrements</translation>
    </message>
    <message>
        <source>This hand edit names no valid record id and revision; it was changed after export</source>
        <translation>Cette modification manuelle n&apos;indique pas d&apos;identifiant d&apos;enregistrement et de révision valides&#xa0;; elle a été altérée après l&apos;exportation</translation>
    </message>
    <message>
        <source>This row&apos;s {key} says {text!r}, but its {of} is {expected!r}; Fieldbook goes by the id: correct {of} if the row belongs to {text!r}</source>
        <translation>La colonne {key} de cette ligne indique {text!r}, mais sa colonne {of} correspond à {expected!r}&#xa0;; Fieldbook se fie à l&apos;identifiant&#xa0;: corrigez {of} si la ligne se rapporte à {text!r}</translation>
    </message>
    <message>
        <source>The deletion&apos;s {key} is required</source>
        <translation>Le champ {key} de la suppression est obligatoire</translation>
    </message>
    <message>
        <source>{entity!r} is not an entity of the package</source>
        <translation>{entity!r} n&apos;est pas une entité du paquet</translation>
    </message>
    <message>
        <source>Severity</source>
        <extracomment>The Problems sheet&apos;s headings (translated where they are written) and column widths.</extracomment>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Identifiant de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème relevé.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>Parents before children: the order rows are written in.</extracomment>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) would change records another office owns ({rows})</source>
        <translation>
            <numerusform>%n ligne modifierait des enregistrements appartenant à un autre bureau ({rows})</numerusform>
            <numerusform>%n lignes modifieraient des enregistrements appartenant à un autre bureau ({rows})</numerusform>
        </translation>
    </message>
    <message>
        <source>imported</source>
        <extracomment>Child entities and the parents their rows point at (a row whose parent was deleted is stale, not a failure). What the database deletes with a parent (ON DELETE CASCADE): each of these leaves a tombstone too. What each status of an import summary says to a person (the status itself is a code: JSON, tests, the app).</extracomment>
        <translation>importé</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>déjà importé</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>simulation</translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n créé</numerusform>
            <numerusform>%n créés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <translation>
            <numerusform>%n obsolète</numerusform>
            <numerusform>%n obsolètes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n supprimé</numerusform>
            <numerusform>%n supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejeté</numerusform>
            <numerusform>%n rejetés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hand-edited row(s) accepted</source>
        <translation>
            <numerusform>%n ligne modifiée à la main acceptée</numerusform>
            <numerusform>%n lignes modifiées à la main acceptées</numerusform>
        </translation>
    </message>
    <message>
        <source>gap: {office} sequence {numbers} never imported</source>
        <translation>lacune&#xa0;: {office}, n° d&apos;ordre {numbers} jamais importé(s)</translation>
    </message>
    <message>
        <source>{reason}; nothing was imported from it</source>
        <extracomment>An import run commits its packages in batches: one transaction holds up to this many records (each package still all-or-nothing, in a savepoint of its own), so the index pages a batch touches are written out once per batch and not once per package — at headquarters scale that is most of an import&apos;s cost. The batch also ends after BATCH_SECONDS, so a power cut loses at most that much work (and nothing is reported imported before its commit). ... and at most this many packages: PostgreSQL keeps the savepoints of an open transaction that wrote in a cache of 64 per connection; past it, every other session&apos;s snapshot must look them up on disk (a known slowdown), so a batch of many small packages ends before it. The SQLite page cache while a batch is open (taken only as pages are used): the pages a batch dirties stay in memory until its commit instead of spilling to the write-ahead log one package at a time.</extracomment>
        <translation>{reason}&#xa0;; rien n&apos;en a été importé</translation>
    </message>
    <message>
        <source>{path}: the process reading it stopped abruptly (a damaged or hostile file?)</source>
        <translation>{path}&#xa0;: le processus qui le lisait s&apos;est arrêté brutalement (fichier endommagé ou malveillant&#xa0;?)</translation>
    </message>
    <message>
        <source>another import</source>
        <extracomment>The PostgreSQL advisory lock every import into a store takes per batch (&quot;fieldbk&quot; in ASCII). What an import&apos;s connection calls itself while it holds the lock (``application_name``): who, and since when (the run&apos;s start, in seconds since 1970, so that a run of several batches shows one time).</extracomment>
        <translation>une autre importation</translation>
    </message>
    <message>
        <source>waiting: {who} is writing to this store since {time}; this import goes on when it has committed</source>
        <translation>en attente&#xa0;: {who} écrit dans cette base depuis {time}&#xa0;; cette importation reprendra une fois ces écritures validées</translation>
    </message>
    <message>
        <source>waiting: {who} is writing to this store; this import goes on when it has committed</source>
        <translation>en attente&#xa0;: {who} écrit dans cette base&#xa0;; cette importation reprendra une fois ces écritures validées</translation>
    </message>
    <message>
        <source>{reason}; nothing was imported</source>
        <translation>{reason}&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>the store refused the package ({reason}); nothing was imported</source>
        <translation>la base a refusé le paquet ({reason})&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>{sheet} row {row} ({label})</source>
        <translation>{sheet}, ligne {row} ({label})</translation>
    </message>
    <message>
        <source>{sheet} row {row}</source>
        <translation>{sheet}, ligne {row}</translation>
    </message>
    <message>
        <source>{row}: owned by {owner}, not {office}</source>
        <extracomment>prctl(2) option: the signal a process gets when its parent dies. Who a hand edit is attributed to when no editor is named (``--editor``).</extracomment>
        <translation>{row}&#xa0;: appartient à {owner}, et non à {office}</translation>
    </message>
    <message numerus="yes">
        <source>%n {entity} record(s) changed in the store while this package was imported; import it again</source>
        <translation>
            <numerusform>%n enregistrement ({entity}) a été modifié dans la base pendant l&apos;importation de ce paquet&#xa0;; importez-le de nouveau</numerusform>
            <numerusform>%n enregistrements ({entity}) ont été modifiés dans la base pendant l&apos;importation de ce paquet&#xa0;; importez-le de nouveau</numerusform>
        </translation>
    </message>
    <message>
        <source>{row}: deletes a record of {owner}, not of {office}</source>
        <translation>{row}&#xa0;: supprime un enregistrement de {owner}, et non de {office}</translation>
    </message>
    <message>
        <source>the {entity} {id} changed in the store while this package was imported; import it again</source>
        <translation>l&apos;enregistrement {entity} {id} a été modifié dans la base pendant l&apos;importation de ce paquet&#xa0;; importez-le de nouveau</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>no value changed</source>
        <translation>aucune valeur modifiée</translation>
    </message>
    <message>
        <source>{sheet} {id}: {what} (edited by {editor} in {file}; now revision {revision})</source>
        <translation>{sheet} {id}&#xa0;: {what} (modifié par {editor} dans {file}&#xa0;; désormais révision {revision})</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>{path}: {file} was imported by a version of Fieldbook that did not record how to undo an import, so it cannot be undone here</source>
        <translation>{path} : {file} a été importé par une version de Fieldbook qui n&apos;enregistrait pas comment annuler une importation ; son importation ne peut donc pas être annulée ici</translation>
    </message>
    <message>
        <source>the snapshot taken before it is {snapshot}</source>
        <translation>l&apos;instantané pris avant cette importation est {snapshot}</translation>
    </message>
    <message>
        <source>{path}: no import to undo</source>
        <translation>{path}&#xa0;: aucune importation à annuler</translation>
    </message>
    <message>
        <source>trusted</source>
        <extracomment>A fingerprint typed by a person must name at least this many hex digits (32 bits: no accidental match). A key&apos;s status as a person reads it in a sentence (the status itself is stored data).</extracomment>
        <translation>approuvée</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoquée</translation>
    </message>
    <message>
        <source>{holder} is not an office code or region label (1 to {most} characters)</source>
        <extracomment>The holder&apos;s current key. No key at all is registered for this holder: a first contact (trust on first use may apply). The holder has other keys, and not this one: refuse, unless a valid rotation from its trusted key comes along. The holder&apos;s key before a signed rotation: what it signed before the rotation is still the holder&apos;s. Revoked (for this holder or any other): never accepted.</extracomment>
        <translation>{holder} n&apos;est ni un code de bureau ni un libellé de région (de 1 à {most} caractères)</translation>
    </message>
    <message>
        <source>key {fingerprint} was revoked for {holder} on {date}: it is not trusted again unless forced</source>
        <translation>la clé {fingerprint} a été révoquée pour {holder} le {date}&#xa0;: elle n&apos;est plus approuvée, sauf si vous le forcez</translation>
    </message>
    <message>
        <source>key {fingerprint} was revoked for {holder}: it is not trusted again unless forced</source>
        <translation>la clé {fingerprint} a été révoquée pour {holder}&#xa0;: elle n&apos;est plus approuvée, sauf si vous le forcez</translation>
    </message>
    <message>
        <source>the key rotation for {holder} gives no UTC time ({time})</source>
        <translation>le renouvellement de clé de {holder} n&apos;indique pas d&apos;heure UTC ({time})</translation>
    </message>
    <message>
        <source>the key rotation statement for {holder} does not verify: its signature or its fields are wrong</source>
        <translation>la déclaration de renouvellement de clé de {holder} ne passe pas la vérification&#xa0;: sa signature ou ses champs sont incorrects</translation>
    </message>
    <message>
        <source>the key rotation statement does not verify: its signature or its fields are wrong</source>
        <translation>la déclaration de renouvellement de clé ne passe pas la vérification&#xa0;: sa signature ou ses champs sont incorrects</translation>
    </message>
    <message>
        <source>the key rotation for {holder} is signed by {old}, a key not registered for {holder}: confirm the new key {new} with the office</source>
        <translation>le renouvellement de clé de {holder} est signé par {old}, une clé qui n&apos;est pas enregistrée pour {holder}&#xa0;: confirmez la nouvelle clé {new} auprès du bureau</translation>
    </message>
    <message>
        <source>the key rotation for {holder} is signed by {old}, which is {status}: confirm the new key {new} with the office</source>
        <translation>le renouvellement de clé de {holder} est signé par {old}, une clé {status}&#xa0;: confirmez la nouvelle clé {new} auprès du bureau</translation>
    </message>
    <message>
        <source>the key rotation for {holder} names key {new}, which was revoked for {other} on {date}</source>
        <translation>le renouvellement de clé de {holder} désigne la clé {new}, qui a été révoquée pour {other} le {date}</translation>
    </message>
    <message>
        <source>the key rotation for {holder} names key {new}, which was revoked for {other}</source>
        <translation>le renouvellement de clé de {holder} désigne la clé {new}, qui a été révoquée pour {other}</translation>
    </message>
    <message>
        <source>{text} is not a key fingerprint: type at least {least} of its hex digits, as `SHA256:ab12 cd34` or `ab12cd34`</source>
        <translation>{text} n&apos;est pas une empreinte de clé&#xa0;: saisissez au moins {least} de ses chiffres hexadécimaux, sous la forme `SHA256:ab12 cd34` ou `ab12cd34`</translation>
    </message>
    <message>
        <source>{holder} has no key whose fingerprint starts with {prefix}: list the keys to see theirs</source>
        <translation>{holder} n&apos;a aucune clé dont l&apos;empreinte commence par {prefix}&#xa0;: affichez la liste des clés pour voir leurs empreintes</translation>
    </message>
    <message numerus="yes">
        <source>%n keys of {holder} start with {prefix}: type more of the fingerprint</source>
        <translation>
            <numerusform>%n clé de {holder} commence par {prefix}&#xa0;: saisissez une plus grande partie de l&apos;empreinte</numerusform>
            <numerusform>%n clés de {holder} commencent par {prefix}&#xa0;: saisissez une plus grande partie de l&apos;empreinte</numerusform>
        </translation>
    </message>
    <message>
        <source>REVOKED {date}</source>
        <translation>RÉVOQUÉE le {date}</translation>
    </message>
    <message>
        <source>REVOKED</source>
        <translation>RÉVOQUÉE</translation>
    </message>
    <message>
        <source>retired {date}</source>
        <translation>retirée le {date}</translation>
    </message>
    <message>
        <source>trusted {date} by {user} ({how})</source>
        <translation>approuvée le {date} par {user} ({how})</translation>
    </message>
    <message>
        <source>restore it from your backup, or move it out of the folder to start a new key (headquarters must then confirm the new key by hand)</source>
        <extracomment>A PEM of an Ed25519 key is about 120 bytes; anything far larger is not one (and is not read into memory whole). Bytes of sha256 shown in a fingerprint: 160 bits, 40 hex digits in ten groups — short enough to read aloud. The fields of a rotation statement; the signature covers the others. What to do about a key file that cannot be read (translated where it is said).</extracomment>
        <translation>restaurez-la à partir de votre sauvegarde, ou retirez-la du dossier pour créer une nouvelle clé (le Siège devra alors confirmer manuellement la nouvelle clé)</translation>
    </message>
    <message>
        <source>{text} is not a public key (not base64 text)</source>
        <translation>{text} n&apos;est pas une clé publique (ce n&apos;est pas du texte base64)</translation>
    </message>
    <message>
        <source>{text} is not a public key ({count} bytes, an Ed25519 key has 32)</source>
        <translation>{text} n&apos;est pas une clé publique ({count} octets, alors qu&apos;une clé Ed25519 en compte 32)</translation>
    </message>
    <message>
        <source>{path}: there is no signing key file here: restore it from your backup (the next export makes a new key, which headquarters must then confirm by hand)</source>
        <translation>{path}&#xa0;: aucun fichier de clé de signature à cet emplacement&#xa0;: restaurez-le à partir de votre sauvegarde (la prochaine exportation créera une nouvelle clé, que le Siège devra alors confirmer manuellement)</translation>
    </message>
    <message>
        <source>larger than {size} bytes</source>
        <translation>plus de {size} octets</translation>
    </message>
    <message>
        <source>{path} cannot be read as a signing key ({reason}): {advice}</source>
        <translation>{path} ne peut pas être lu comme clé de signature ({reason})&#xa0;: {advice}</translation>
    </message>
    <message>
        <source>it is protected by a password</source>
        <translation>elle est protégée par un mot de passe</translation>
    </message>
    <message>
        <source>a kind of key Fieldbook does not use</source>
        <translation>un type de clé que Fieldbook n&apos;utilise pas</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>damaged, or not a PEM private key</source>
        <translation>fichier endommagé, ou qui n&apos;est pas une clé privée PEM</translation>
    </message>
    <message>
        <source>a {kind}, not an Ed25519 key</source>
        <translation>clé de type {kind}, et non Ed25519</translation>
    </message>
    <message>
        <source>{path}: the key rotation statement cannot be read ({reason}); restore it from your backup, or rotate the key again</source>
        <translation>{path}&#xa0;: la déclaration de renouvellement de clé ne peut pas être lue ({reason})&#xa0;; restaurez-la à partir de votre sauvegarde, ou renouvelez de nouveau la clé</translation>
    </message>
    <message>
        <source>not a statement</source>
        <translation>ce n&apos;est pas une déclaration</translation>
    </message>
    <message>
        <source>{path}: too many retired keys named {name}: move some away</source>
        <translation>{path}&#xa0;: trop de clés retirées nommées {name}&#xa0;: déplacez-en quelques-unes ailleurs</translation>
    </message>
    <message>
        <source>(unreadable key)</source>
        <translation>(clé illisible)</translation>
    </message>
    <message>
        <source>The signed statement in the Manifest is unreadable: the Manifest was changed after signing; ask the office to export the package again</source>
        <translation>La déclaration signée de la feuille Manifest est illisible&#xa0;: la feuille Manifest a été modifiée après la signature&#xa0;; demandez au bureau d&apos;exporter de nouveau le paquet</translation>
    </message>
    <message>
        <source>The signature does not match: the Manifest was changed after signing, or the package was not made by the key it names; ask the office to export the package again</source>
        <translation>La signature ne correspond pas&#xa0;: la feuille Manifest a été modifiée après la signature, ou le paquet n&apos;a pas été produit avec la clé qu&apos;il indique&#xa0;; demandez au bureau d&apos;exporter de nouveau le paquet</translation>
    </message>
    <message>
        <source>The Manifest&apos;s {name} ({value!r}) is not what was signed ({signed!r}): it was changed after signing</source>
        <translation>La valeur {name} de la feuille Manifest ({value!r}) ne correspond pas à ce qui a été signé ({signed!r})&#xa0;: elle a été modifiée après la signature</translation>
    </message>
    <message>
        <source>The Manifest&apos;s list of sources is not what was signed: it was changed after signing</source>
        <translation>La liste des sources de la feuille Manifest ne correspond pas à ce qui a été signé&#xa0;: elle a été modifiée après la signature</translation>
    </message>
    <message>
        <source>Rows were added or removed, a grey fingerprint changed, or a deletion or hand edit changed after the package was signed (values may be edited; those columns not): ask for the package again</source>
        <translation>Des lignes ont été ajoutées ou supprimées, une empreinte grise a été modifiée, ou une suppression ou une modification manuelle a changé après la signature du paquet (les valeurs peuvent être modifiées, mais pas ces colonnes)&#xa0;: redemandez le paquet</translation>
    </message>
    <message>
        <source>it was written by a Fieldbook before signed packages</source>
        <translation>il a été écrit par une version de Fieldbook antérieure aux paquets signés</translation>
    </message>
    <message>
        <source>it carries no signature</source>
        <translation>il ne porte aucune signature</translation>
    </message>
    <message>
        <source>{file}: not signed ({reason}); ask the office to export it again with this Fieldbook, or import it with --accept-unsigned (recorded in the ledger)</source>
        <translation>{file}&#xa0;: non signé ({reason})&#xa0;; demandez au bureau de l&apos;exporter de nouveau avec cette version de Fieldbook, ou importez-le avec --accept-unsigned (ce qui est consigné dans le registre)</translation>
    </message>
    <message>
        <source>{file}: signed on {date} with {holder}&apos;s key {fingerprint}, which its rotation replaced on {retired}: refused; ask the office for a package signed with its new key</source>
        <translation>{file}&#xa0;: signé le {date} avec la clé {fingerprint} de {holder}, remplacée par renouvellement le {retired}&#xa0;: refusé&#xa0;; demandez au bureau un paquet signé avec sa nouvelle clé</translation>
    </message>
    <message>
        <source>{file}: signed by {holder}&apos;s key {fingerprint}, which was revoked: refused; ask the office for a package signed with its new key</source>
        <translation>{file}&#xa0;: signé avec la clé {fingerprint} de {holder}, qui a été révoquée&#xa0;: refusé&#xa0;; demandez au bureau un paquet signé avec sa nouvelle clé</translation>
    </message>
    <message>
        <source>{file}: signed by a key ({fingerprint}) that is not the one on record for {holder}; if the office changed its key, confirm the new fingerprint with it by phone and add it: fieldbook keys trust --db … {holder} &quot;{fingerprint}&quot; (see fieldbook keys list)</source>
        <translation>{file}&#xa0;: signé avec une clé ({fingerprint}) qui n&apos;est pas celle enregistrée pour {holder}&#xa0;; si le bureau a changé de clé, confirmez avec lui la nouvelle empreinte par téléphone, puis ajoutez-la&#xa0;: fieldbook keys trust --db … {holder} &quot;{fingerprint}&quot; (voir fieldbook keys list)</translation>
    </message>
    <message>
        <source>{file}: signed by {holder} key {fingerprint}, which this store does not know yet: confirm the fingerprint with the office (by phone), then import with --trust-new-keys, or add it first with fieldbook keys trust</source>
        <translation>{file}&#xa0;: signé avec la clé {fingerprint} de {holder}, que cette base ne connaît pas encore&#xa0;: confirmez l&apos;empreinte auprès du bureau (par téléphone), puis importez avec --trust-new-keys, ou ajoutez d&apos;abord la clé avec fieldbook keys trust</translation>
    </message>
    <message>
        <source>{file} (source {office} #{sequence})</source>
        <translation>{file} (source&#xa0;: {office} #{sequence})</translation>
    </message>
    <message>
        <source>its signature does not match what the source package signed</source>
        <translation>sa signature ne correspond pas à ce qu&apos;a signé le paquet source</translation>
    </message>
    <message>
        <source>What {office} signed in its package no. {sequence} is not carried whole (sheet Provenance): its records cannot be checked against its signature; merge again from the office&apos;s own packages</source>
        <translation>Ce que {office} a signé dans son paquet n° {sequence} n&apos;est pas transmis en entier (feuille Provenance)&#xa0;: ses enregistrements ne peuvent pas être vérifiés au regard de sa signature&#xa0;; refaites la fusion à partir des paquets du bureau lui-même</translation>
    </message>
    <message>
        <source>This row of {owner} is not one {owner} signed, and it is not an attributed hand edit: ask {owner} for its own package</source>
        <translation>Cette ligne de {owner} ne figure pas parmi celles que {owner} a signées, et ce n&apos;est pas une modification manuelle attribuée&#xa0;: demandez à {owner} son propre paquet</translation>
    </message>
    <message>
        <source>This deletion of a record of {owner} is not one {owner} signed: ask {owner} for its own package</source>
        <translation>Cette suppression d&apos;un enregistrement de {owner} ne figure pas parmi celles que {owner} a signées&#xa0;: demandez à {owner} son propre paquet</translation>
    </message>
    <message numerus="yes">
        <source>cannot undo {file}: %n record(s) it brought in changed by a later import since; nothing was undone</source>
        <extracomment>Parents before children, as an import writes them (the importer&apos;s order too). How each non-JSON type of a row is written (looked up by exact type: an update of many records encodes many rows).</extracomment>
        <translation>
            <numerusform>impossible d&apos;annuler l&apos;importation de {file} : %n enregistrement qu&apos;il a apporté a été modifié depuis par une importation ultérieure ; rien n&apos;a été annulé</numerusform>
            <numerusform>impossible d&apos;annuler l&apos;importation de {file} : %n enregistrements qu&apos;il a apportés ont été modifiés depuis par une importation ultérieure ; rien n&apos;a été annulé</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot undo {file}: the {entity} {id} it wrote has changed since it was imported; nothing was undone</source>
        <translation>impossible d&apos;annuler l&apos;importation de {file} : l&apos;enregistrement {id} ({entity}) qu&apos;il a écrit a été modifié depuis son importation ; rien n&apos;a été annulé</translation>
    </message>
    <message numerus="yes">
        <source>cannot undo {file}: %n record(s) it wrote edited since it was imported; nothing was undone</source>
        <translation>
            <numerusform>impossible d&apos;annuler l&apos;importation de {file} : %n enregistrement qu&apos;il a écrit a été modifié depuis son importation ; rien n&apos;a été annulé</numerusform>
            <numerusform>impossible d&apos;annuler l&apos;importation de {file} : %n enregistrements qu&apos;il a écrits ont été modifiés depuis son importation ; rien n&apos;a été annulé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot undo {file}: %n {entity} record(s) it updated changed since it was imported; nothing was undone</source>
        <translation>
            <numerusform>impossible d&apos;annuler l&apos;importation de {file} : %n enregistrement ({entity}) qu&apos;il a mis à jour a été modifié depuis son importation ; rien n&apos;a été annulé</numerusform>
            <numerusform>impossible d&apos;annuler l&apos;importation de {file} : %n enregistrements ({entity}) qu&apos;il a mis à jour ont été modifiés depuis son importation ; rien n&apos;a été annulé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot undo {file}: records it created have %n {child} record(s) added since under them; nothing was undone</source>
        <translation>
            <numerusform>impossible d&apos;annuler l&apos;importation de {file} : %n enregistrement ({child}) a été ajouté depuis sous les enregistrements qu&apos;il a créés ; rien n&apos;a été annulé</numerusform>
            <numerusform>impossible d&apos;annuler l&apos;importation de {file} : %n enregistrements ({child}) ont été ajoutés depuis sous les enregistrements qu&apos;il a créés ; rien n&apos;a été annulé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot undo {file}: %n record(s) it created no longer in the store; nothing was undone</source>
        <translation>
            <numerusform>impossible d&apos;annuler l&apos;importation de {file} : %n enregistrement qu&apos;il a créé ne se trouve plus dans la base ; rien n&apos;a été annulé</numerusform>
            <numerusform>impossible d&apos;annuler l&apos;importation de {file} : %n enregistrements qu&apos;il a créés ne se trouvent plus dans la base ; rien n&apos;a été annulé</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>form</name>
    <message>
        <source>The language of the packages this office exports: their README sheet and the row of column names are written in it, with English beside. The language of Fieldbook&apos;s windows is chosen in Settings ▸ Language.</source>
        <translation>La langue des paquets exportés par ce bureau&#xa0;: leur feuille README et la ligne des noms de colonnes sont rédigées dans cette langue, avec l&apos;anglais à côté. La langue des fenêtres de Fieldbook se choisit dans Paramètres ▸ Langue.</translation>
    </message>
</context>
<context>
    <name>package</name>
    <message>
        <source>This workbook is a Fieldbook package: one country office&apos;s portfolio for one reporting period.</source>
        <extracomment>Rows between two progress reports (and cancel checks). Data validation and unlocked cells reach down to Excel&apos;s last row, so people can add rows. Let go of each data row&apos;s height once xlsxwriter has written the row out (see _write_entity); off only in tests, to show the package is the same without. Printed pages: A4 (landscape, but for the Manifest) with narrow margins, in inches; text on paper is never smaller than _SMALLEST_PRINTED_PT. A page is reckoned to hold 8 % less than it does: LibreOffice draws a column some 6 % wider than Excel&apos;s 7 pixels a character, and a column that does not fit moves whole to the next page. Across a landscape page at 100 %, in pixels (96 dpi). The README sheet, in the package&apos;s language with English beside (translated in the &quot;package&quot; context).</extracomment>
        <translation>Ce classeur est un paquet Fieldbook&#xa0;: le portefeuille d&apos;un bureau de pays pour une période de rapport.</translation>
    </message>
    <message>
        <source>Each data sheet has three header rows: row 1 the machine keys (do not change them), row 2 the column names, row 3 the HXL hashtags. Records start on row 4. Header rows are protected; data cells are not (Review › Unprotect Sheet, no password, to change the layout).</source>
        <translation>Chaque feuille de données comporte trois lignes d&apos;en-tête&#xa0;: la ligne 1 contient les clés techniques (ne les modifiez pas), la ligne 2 les noms de colonnes, la ligne 3 les hashtags HXL. Les enregistrements commencent à la ligne 4. Les lignes d&apos;en-tête sont protégées, les cellules de données ne le sont pas (Révision › Ôter la protection de la feuille, sans mot de passe, pour modifier la disposition).</translation>
    </message>
    <message>
        <source>Every row carries its record id (a UUID that never changes), its revision, when it was created and last updated (UTC) and the office that owns it. Keep those columns as they are: they are how packages from many offices are merged. Add new records in Fieldbook itself: a package row without a valid id is refused.</source>
        <translation>Chaque ligne porte l&apos;identifiant de son enregistrement (un UUID qui ne change jamais), sa révision, ses dates de création et de dernière mise à jour (UTC) et le bureau auquel il appartient. Laissez ces colonnes telles quelles&#xa0;: ce sont elles qui permettent de fusionner les paquets de nombreux bureaux. Ajoutez les nouveaux enregistrements dans Fieldbook même&#xa0;: une ligne de paquet sans identifiant valide est refusée.</translation>
    </message>
    <message>
        <source>Coded columns offer a list of codes (sheet CodeLists). Dates are real dates; amounts are numbers unless too long to stay exact in Excel, then they are text. Times are text in ISO 8601, UTC.</source>
        <translation>Les colonnes codées proposent une liste de codes (feuille CodeLists). Les dates sont de véritables dates&#xa0;; les montants sont des nombres, sauf s&apos;ils sont trop longs pour rester exacts dans Excel&#xa0;: ils sont alors sous forme de texte. Les heures sont du texte au format ISO 8601, en UTC.</translation>
    </message>
    <message>
        <source>An empty cell in a text column is empty text; in any other column it means not known.</source>
        <translation>Une cellule vide dans une colonne de texte correspond à un texte vide&#xa0;; dans toute autre colonne, elle signifie que la valeur n&apos;est pas connue.</translation>
    </message>
    <message>
        <source>Text that contains invisible control characters shows them as ␛ and four hex digits (␛000B).</source>
        <translation>Les caractères de contrôle invisibles contenus dans un texte apparaissent sous la forme ␛ suivi de quatre chiffres hexadécimaux (␛000B).</translation>
    </message>
    <message>
        <source>Sheet Deletions lists records deleted in the office. Sheet Manifest describes the package and holds a digest of its data: if the data was changed by hand, Fieldbook says so when it checks the package.</source>
        <translation>La feuille Deletions liste les enregistrements supprimés au bureau. La feuille Manifest décrit le paquet et contient un condensé de ses données&#xa0;: si les données ont été modifiées à la main, Fieldbook le signale lorsqu&apos;il vérifie le paquet.</translation>
    </message>
    <message>
        <source>Check a package with: fieldbook validate FILE.xlsx --report checked.xlsx</source>
        <translation>Pour vérifier un paquet&#xa0;: fieldbook validate FILE.xlsx --report checked.xlsx</translation>
    </message>
    <message>
        <source>Printed, each sheet is A4 landscape (Manifest portrait) with its column names on every page. A sheet too wide for one page at a readable size prints on several pages across, in order (across, then down), its first column repeated on each. CodeLists prints only a note: clear its print area to print the lists.</source>
        <translation>À l&apos;impression, chaque feuille est au format A4 paysage (Manifest en portrait), avec ses noms de colonnes sur chaque page. Une feuille trop large pour tenir sur une page à une taille lisible s&apos;imprime sur plusieurs pages côte à côte, dans l&apos;ordre (de gauche à droite, puis de haut en bas), sa première colonne étant répétée sur chacune. CodeLists n&apos;imprime qu&apos;une note&#xa0;: effacez sa zone d&apos;impression pour imprimer les listes.</translation>
    </message>
    <message>
        <source>Fieldbook package — {office} ({code}), period {period}, no. {sequence}</source>
        <translation>Paquet Fieldbook — {office} ({code}), période {period}, n° {sequence}</translation>
    </message>
    <message numerus="yes">
        <source>{sheet}: %n row(s)</source>
        <translation>
            <numerusform>{sheet}&#xa0;: %n ligne</numerusform>
            <numerusform>{sheet}&#xa0;: %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Row fingerprint (Fieldbook; do not change)</source>
        <extracomment>Every version this Fieldbook reads. A later Fieldbook reads every earlier version (docs/package-format.md). Version 2 added each row&apos;s fingerprint, the readable link columns, the HandEdits sheet and the signature. Row layout of an entity sheet (1-based, as Excel shows them). Entity → sheet name (≤ 31 characters, stable; never translated: the reader finds sheets by these names). Rows of an entity sheet are written in this order (the digest does not depend on it). HXL hashtag of every column (https://hxlstandard.org/standard/dictionary/), so humanitarian tools can read a sheet. Column widths in characters, by kind; text columns get their own below.</extracomment>
        <translation>Empreinte de la ligne (Fieldbook&#xa0;; ne pas modifier)</translation>
    </message>
    <message>
        <source>Initiative (code — title)</source>
        <extracomment>Hex digits of a row fingerprint: 128 bits of sha256, enough that no edit keeps it. Link column → (its readable column&apos;s key, label, HXL tag).</extracomment>
        <translation>Initiative (code — titre)</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Bailleur de fonds</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>reference</name>
    <message>
        <source>Africa</source>
        <translation>Afrique</translation>
    </message>
    <message>
        <source>Arab States</source>
        <translation>États arabes</translation>
    </message>
    <message>
        <source>Asia and the Pacific</source>
        <translation>Asie et Pacifique</translation>
    </message>
    <message>
        <source>Latin America and the Caribbean</source>
        <translation>Amérique latine et Caraïbes</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europe</translation>
    </message>
    <message>
        <source>Inclusive communities, thriving cities (urban regeneration)</source>
        <translation>Communautés inclusives, villes prospères (régénération urbaine)</translation>
    </message>
    <message>
        <source>RISE-UP: resilient settlements for the urban poor</source>
        <translation>RISE-UP&#xa0;: établissements humains résilients pour les citadins pauvres</translation>
    </message>
    <message>
        <source>Inclusive cities: enhancing the positive impact of urban migration</source>
        <translation>Villes inclusives&#xa0;: renforcer l&apos;impact positif des migrations urbaines</translation>
    </message>
    <message>
        <source>SDG Cities</source>
        <translation>Villes ODD</translation>
    </message>
    <message>
        <source>People-centred smart cities</source>
        <translation>Villes intelligentes centrées sur l&apos;humain</translation>
    </message>
    <message>
        <source>Reduced spatial inequality and poverty</source>
        <translation>Réduction des inégalités spatiales et de la pauvreté</translation>
    </message>
    <message>
        <source>Enhanced shared prosperity of cities and regions</source>
        <translation>Prospérité partagée accrue des villes et des régions</translation>
    </message>
    <message>
        <source>Strengthened climate action and improved urban environment</source>
        <translation>Renforcement de l&apos;action climatique et amélioration de l&apos;environnement urbain</translation>
    </message>
    <message>
        <source>Effective urban crisis prevention and response</source>
        <translation>Prévention des crises urbaines et interventions efficaces</translation>
    </message>
    <message>
        <source>Knowledge and evidence</source>
        <translation>Connaissances et données factuelles</translation>
    </message>
    <message>
        <source>Global and regional collaboration and capacity</source>
        <translation>Collaboration et capacités mondiales et régionales</translation>
    </message>
    <message>
        <source>Initiatives and solutions implemented</source>
        <translation>Initiatives et solutions mises en œuvre</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Achevée</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>No crisis context</source>
        <translation>Aucun contexte de crise</translation>
    </message>
    <message>
        <source>Natural disaster (flood, earthquake, storm)</source>
        <translation>Catastrophe naturelle (inondation, séisme, tempête)</translation>
    </message>
    <message>
        <source>Armed conflict</source>
        <translation>Conflit armé</translation>
    </message>
    <message>
        <source>Protracted displacement</source>
        <translation>Déplacement prolongé</translation>
    </message>
    <message>
        <source>Post-crisis recovery and reconstruction</source>
        <translation>Relèvement et reconstruction après une crise</translation>
    </message>
    <message>
        <source>Residents of neighbourhoods</source>
        <translation>Habitants des quartiers</translation>
    </message>
    <message>
        <source>Vulnerable communities</source>
        <translation>Communautés vulnérables</translation>
    </message>
    <message>
        <source>Refugees</source>
        <translation>Réfugiés</translation>
    </message>
    <message>
        <source>Host communities</source>
        <translation>Communautés d&apos;accueil</translation>
    </message>
    <message>
        <source>Internally displaced persons</source>
        <translation>Personnes déplacées à l&apos;intérieur de leur propre pays</translation>
    </message>
    <message>
        <source>Migrants</source>
        <translation>Migrants</translation>
    </message>
    <message>
        <source>Returnees</source>
        <translation>Rapatriés</translation>
    </message>
    <message>
        <source>Government officials and staff trained</source>
        <translation>Fonctionnaires et agents publics formés</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Indirect</source>
        <translation>Indirect</translation>
    </message>
    <message>
        <source>National government</source>
        <translation>Administration nationale</translation>
    </message>
    <message>
        <source>Regional government</source>
        <translation>Administration régionale</translation>
    </message>
    <message>
        <source>Local government</source>
        <translation>Administration locale</translation>
    </message>
    <message>
        <source>Bilateral cooperation agency</source>
        <translation>Organisme de coopération bilatérale</translation>
    </message>
    <message>
        <source>Multilateral organization</source>
        <translation>Organisation multilatérale</translation>
    </message>
    <message>
        <source>UN entity</source>
        <translation>Entité des Nations Unies</translation>
    </message>
    <message>
        <source>Private sector and investors</source>
        <translation>Secteur privé et investisseurs</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Fondation</translation>
    </message>
    <message>
        <source>Vertical climate fund</source>
        <translation>Fonds climatique vertical</translation>
    </message>
    <message>
        <source>Non-governmental organization</source>
        <translation>Organisation non gouvernementale</translation>
    </message>
    <message>
        <source>Academic or research institution</source>
        <translation>Établissement universitaire ou de recherche</translation>
    </message>
    <message>
        <source>Community-based organization</source>
        <translation>Organisation communautaire</translation>
    </message>
    <message>
        <source>Implementing partner</source>
        <translation>Partenaire d&apos;exécution</translation>
    </message>
    <message>
        <source>Funding partner</source>
        <translation>Partenaire de financement</translation>
    </message>
    <message>
        <source>Government counterpart</source>
        <translation>Homologue gouvernemental</translation>
    </message>
    <message>
        <source>Academic partner</source>
        <translation>Partenaire universitaire</translation>
    </message>
    <message>
        <source>Private sector partner</source>
        <translation>Partenaire du secteur privé</translation>
    </message>
    <message>
        <source>Community partner</source>
        <translation>Partenaire communautaire</translation>
    </message>
    <message>
        <source>Bilateral cooperation</source>
        <translation>Coopération bilatérale</translation>
    </message>
    <message>
        <source>Multilateral</source>
        <translation>Multilatéral</translation>
    </message>
    <message>
        <source>UN entities</source>
        <translation>Entités des Nations Unies</translation>
    </message>
    <message>
        <source>Foundations</source>
        <translation>Fondations</translation>
    </message>
    <message>
        <source>Vertical climate funds</source>
        <translation>Fonds climatiques verticaux</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Ressources de base</translation>
    </message>
    <message>
        <source>Softly earmarked</source>
        <translation>Ressources à affectation souple</translation>
    </message>
    <message>
        <source>Earmarked</source>
        <translation>Ressources préaffectées</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>Annonce de contribution</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Incoming funds (received)</source>
        <translation>Fonds reçus (encaissements)</translation>
    </message>
    <message>
        <source>Expenditure</source>
        <translation>Dépense</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Guide or handbook</source>
        <translation>Guide ou manuel</translation>
    </message>
    <message>
        <source>Policy brief</source>
        <translation>Note d&apos;orientation</translation>
    </message>
    <message>
        <source>Tool or methodology</source>
        <translation>Outil ou méthodologie</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Training material</source>
        <translation>Matériel de formation</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>Étude de cas</translation>
    </message>
    <message>
        <source>Video or multimedia</source>
        <translation>Vidéo ou multimédia</translation>
    </message>
    <message>
        <source>No poverty</source>
        <translation>Pas de pauvreté</translation>
    </message>
    <message>
        <source>Zero hunger</source>
        <translation>Faim «&#xa0;zéro&#xa0;»</translation>
    </message>
    <message>
        <source>Good health and well-being</source>
        <translation>Bonne santé et bien-être</translation>
    </message>
    <message>
        <source>Quality education</source>
        <translation>Éducation de qualité</translation>
    </message>
    <message>
        <source>Gender equality</source>
        <translation>Égalité entre les sexes</translation>
    </message>
    <message>
        <source>Clean water and sanitation</source>
        <translation>Eau propre et assainissement</translation>
    </message>
    <message>
        <source>Affordable and clean energy</source>
        <translation>Énergie propre et d&apos;un coût abordable</translation>
    </message>
    <message>
        <source>Decent work and economic growth</source>
        <translation>Travail décent et croissance économique</translation>
    </message>
    <message>
        <source>Industry, innovation and infrastructure</source>
        <translation>Industrie, innovation et infrastructure</translation>
    </message>
    <message>
        <source>Reduced inequalities</source>
        <translation>Inégalités réduites</translation>
    </message>
    <message>
        <source>Sustainable cities and communities</source>
        <translation>Villes et communautés durables</translation>
    </message>
    <message>
        <source>Responsible consumption and production</source>
        <translation>Consommation et production responsables</translation>
    </message>
    <message>
        <source>Climate action</source>
        <translation>Mesures relatives à la lutte contre les changements climatiques</translation>
    </message>
    <message>
        <source>Life below water</source>
        <translation>Vie aquatique</translation>
    </message>
    <message>
        <source>Life on land</source>
        <translation>Vie terrestre</translation>
    </message>
    <message>
        <source>Peace, justice and strong institutions</source>
        <translation>Paix, justice et institutions efficaces</translation>
    </message>
    <message>
        <source>Partnerships for the goals</source>
        <translation>Partenariats pour la réalisation des objectifs</translation>
    </message>
    <message>
        <source>Eradicate extreme poverty (people living on less than $1.25 a day) everywhere</source>
        <translation>Éliminer complètement l&apos;extrême pauvreté dans le monde entier (personnes vivant avec moins de 1,25 dollar par jour)</translation>
    </message>
    <message>
        <source>Reduce at least by half the proportion of people living in poverty in all its dimensions</source>
        <translation>Réduire de moitié au moins la proportion de personnes vivant dans la pauvreté sous tous ses aspects</translation>
    </message>
    <message>
        <source>Implement social protection systems and measures for all, including floors</source>
        <translation>Mettre en place des systèmes et mesures de protection sociale pour tous, y compris des socles de protection sociale</translation>
    </message>
    <message>
        <source>Equal rights to economic resources, basic services, land, property and financial services</source>
        <translation>Mêmes droits aux ressources économiques, aux services de base, à la terre, à la propriété et aux services financiers</translation>
    </message>
    <message>
        <source>Build resilience of the poor and vulnerable to climate-related extremes and disasters</source>
        <translation>Renforcer la résilience des pauvres et des personnes vulnérables face aux phénomènes climatiques extrêmes et aux catastrophes</translation>
    </message>
    <message>
        <source>Mobilize resources for programmes and policies to end poverty in all its dimensions</source>
        <translation>Mobiliser des ressources pour les programmes et politiques visant à mettre fin à la pauvreté sous toutes ses formes</translation>
    </message>
    <message>
        <source>Create sound policy frameworks based on pro-poor, gender-sensitive development strategies</source>
        <translation>Mettre en place des principes de politique générale viables, fondés sur des stratégies de développement favorables aux pauvres et soucieuses de la problématique hommes-femmes</translation>
    </message>
    <message>
        <source>End hunger and ensure access to safe, nutritious and sufficient food all year round</source>
        <translation>Éliminer la faim et assurer l&apos;accès tout au long de l&apos;année à une alimentation saine, nutritive et suffisante</translation>
    </message>
    <message>
        <source>End all forms of malnutrition, including stunting and wasting in children under 5</source>
        <translation>Mettre fin à toutes les formes de malnutrition, y compris les retards de croissance et l&apos;émaciation chez les enfants de moins de 5 ans</translation>
    </message>
    <message>
        <source>Double the agricultural productivity and incomes of small-scale food producers</source>
        <translation>Doubler la productivité agricole et les revenus des petits producteurs alimentaires</translation>
    </message>
    <message>
        <source>Ensure sustainable food production systems and implement resilient agricultural practices</source>
        <translation>Assurer la viabilité des systèmes de production alimentaire et mettre en œuvre des pratiques agricoles résilientes</translation>
    </message>
    <message>
        <source>Maintain genetic diversity of seeds, plants and animals; share genetic resource benefits</source>
        <translation>Préserver la diversité génétique des semences, des cultures et des animaux&#xa0;; partager les avantages des ressources génétiques</translation>
    </message>
    <message>
        <source>Increase investment in rural infrastructure, agricultural research, technology, gene banks</source>
        <translation>Accroître l&apos;investissement dans l&apos;infrastructure rurale, la recherche agricole, la technologie et les banques de gènes</translation>
    </message>
    <message>
        <source>Correct and prevent trade restrictions and distortions in world agricultural markets</source>
        <translation>Corriger et prévenir les restrictions et distorsions commerciales sur les marchés agricoles mondiaux</translation>
    </message>
    <message>
        <source>Ensure proper functioning of food commodity markets and access to market information</source>
        <translation>Assurer le bon fonctionnement des marchés de denrées alimentaires et l&apos;accès aux informations relatives aux marchés</translation>
    </message>
    <message>
        <source>Reduce the global maternal mortality ratio to less than 70 per 100,000 live births</source>
        <translation>Faire passer le taux mondial de mortalité maternelle au-dessous de 70 pour 100 000 naissances vivantes</translation>
    </message>
    <message>
        <source>End preventable deaths of newborns and children under 5 years of age</source>
        <translation>Éliminer les décès évitables de nouveau-nés et d&apos;enfants de moins de 5 ans</translation>
    </message>
    <message>
        <source>End epidemics of AIDS, TB, malaria and neglected tropical diseases; combat hepatitis</source>
        <translation>Mettre fin à l&apos;épidémie de sida, à la tuberculose, au paludisme et aux maladies tropicales négligées&#xa0;; combattre l&apos;hépatite</translation>
    </message>
    <message>
        <source>Reduce premature mortality from non-communicable diseases by 1/3; promote mental health</source>
        <translation>Réduire d&apos;un tiers la mortalité prématurée due à des maladies non transmissibles&#xa0;; promouvoir la santé mentale</translation>
    </message>
    <message>
        <source>Strengthen prevention and treatment of substance abuse, including drugs and alcohol</source>
        <translation>Renforcer la prévention et le traitement de l&apos;abus de substances psychoactives, notamment de stupéfiants et d&apos;alcool</translation>
    </message>
    <message>
        <source>Halve global deaths and injuries from road traffic accidents</source>
        <translation>Diminuer de moitié à l&apos;échelle mondiale le nombre de décès et de blessures dus à des accidents de la route</translation>
    </message>
    <message>
        <source>Ensure universal access to sexual and reproductive health-care services</source>
        <translation>Assurer l&apos;accès de tous à des services de soins de santé sexuelle et procréative</translation>
    </message>
    <message>
        <source>Achieve universal health coverage, including financial risk protection</source>
        <translation>Faire en sorte que chacun bénéficie d&apos;une couverture sanitaire universelle, comprenant une protection contre les risques financiers</translation>
    </message>
    <message>
        <source>Reduce deaths and illnesses from hazardous chemicals and air, water and soil pollution</source>
        <translation>Réduire le nombre de décès et de maladies dus à des substances chimiques dangereuses et à la pollution de l&apos;air, de l&apos;eau et du sol</translation>
    </message>
    <message>
        <source>Strengthen implementation of the WHO Framework Convention on Tobacco Control</source>
        <translation>Renforcer l&apos;application de la Convention-cadre de l&apos;Organisation mondiale de la Santé pour la lutte antitabac</translation>
    </message>
    <message>
        <source>Support research and development of vaccines and medicines; access to affordable medicines</source>
        <translation>Appuyer la recherche et la mise au point de vaccins et de médicaments&#xa0;; donner accès à des médicaments d&apos;un coût abordable</translation>
    </message>
    <message>
        <source>Increase health financing and the health workforce in developing countries</source>
        <translation>Accroître le budget de la santé et le personnel de santé dans les pays en développement</translation>
    </message>
    <message>
        <source>Strengthen capacity for early warning, risk reduction and management of health risks</source>
        <translation>Renforcer les moyens en matière d&apos;alerte rapide, de réduction des risques et de gestion des risques sanitaires</translation>
    </message>
    <message>
        <source>All girls and boys complete free, equitable, quality primary and secondary education</source>
        <translation>Toutes les filles et tous les garçons suivent un cycle complet d&apos;enseignement primaire et secondaire gratuit et de qualité, sur un pied d&apos;égalité</translation>
    </message>
    <message>
        <source>Ensure access to quality early childhood development, care and pre-primary education</source>
        <translation>Assurer l&apos;accès à des activités de développement et de soins de la petite enfance et à une éducation préscolaire de qualité</translation>
    </message>
    <message>
        <source>Equal access to affordable technical, vocational and tertiary education, incl. university</source>
        <translation>Égalité d&apos;accès à un enseignement technique, professionnel ou tertiaire, y compris universitaire, d&apos;un coût abordable</translation>
    </message>
    <message>
        <source>Increase youth and adults with relevant skills for employment and entrepreneurship</source>
        <translation>Augmenter le nombre de jeunes et d&apos;adultes disposant des compétences nécessaires à l&apos;emploi et à l&apos;entrepreneuriat</translation>
    </message>
    <message>
        <source>Eliminate gender disparities in education and ensure equal access for the vulnerable</source>
        <translation>Éliminer les inégalités entre les sexes dans l&apos;éducation et assurer l&apos;égalité d&apos;accès des personnes vulnérables</translation>
    </message>
    <message>
        <source>Ensure all youth and a substantial proportion of adults achieve literacy and numeracy</source>
        <translation>Veiller à ce que tous les jeunes et une proportion considérable d&apos;adultes sachent lire, écrire et compter</translation>
    </message>
    <message>
        <source>All learners acquire knowledge and skills needed to promote sustainable development</source>
        <translation>Faire en sorte que tous les élèves acquièrent les connaissances et compétences nécessaires pour promouvoir le développement durable</translation>
    </message>
    <message>
        <source>Build and upgrade education facilities that are child, disability and gender sensitive</source>
        <translation>Construire ou adapter des établissements scolaires adaptés aux enfants, aux personnes handicapées et aux deux sexes</translation>
    </message>
    <message>
        <source>Expand scholarships available to developing countries for enrolment in higher education</source>
        <translation>Augmenter le nombre de bourses d&apos;études offertes aux pays en développement pour financer des études supérieures</translation>
    </message>
    <message>
        <source>Increase the supply of qualified teachers, including through international cooperation</source>
        <translation>Accroître le nombre d&apos;enseignants qualifiés, notamment au moyen de la coopération internationale</translation>
    </message>
    <message>
        <source>End all forms of discrimination against all women and girls everywhere</source>
        <translation>Mettre fin, dans le monde entier, à toutes les formes de discrimination à l&apos;égard des femmes et des filles</translation>
    </message>
    <message>
        <source>Eliminate all violence against women and girls, including trafficking and exploitation</source>
        <translation>Éliminer toutes les formes de violence faite aux femmes et aux filles, y compris la traite et l&apos;exploitation</translation>
    </message>
    <message>
        <source>Eliminate harmful practices such as child, early and forced marriage and FGM</source>
        <translation>Éliminer les pratiques préjudiciables, telles que le mariage des enfants, le mariage précoce ou forcé et la mutilation génitale féminine</translation>
    </message>
    <message>
        <source>Recognize and value unpaid care and domestic work</source>
        <translation>Faire une place aux soins et travaux domestiques non rémunérés et les valoriser</translation>
    </message>
    <message>
        <source>Ensure women&apos;s full participation and equal opportunities for leadership</source>
        <translation>Garantir la participation entière et effective des femmes et leur accès en toute égalité aux fonctions de direction</translation>
    </message>
    <message>
        <source>Ensure universal access to sexual and reproductive health and reproductive rights</source>
        <translation>Assurer l&apos;accès de tous aux soins de santé sexuelle et procréative et permettre à chacun d&apos;exercer ses droits en matière de procréation</translation>
    </message>
    <message>
        <source>Give women equal rights to economic resources, ownership of land and property, and finance</source>
        <translation>Donner aux femmes les mêmes droits aux ressources économiques, à la propriété foncière et autre, et aux services financiers</translation>
    </message>
    <message>
        <source>Enhance the use of enabling technology, in particular ICT, to promote women&apos;s empowerment</source>
        <translation>Renforcer l&apos;utilisation des technologies clefs, en particulier l&apos;informatique et les communications, pour promouvoir l&apos;autonomisation des femmes</translation>
    </message>
    <message>
        <source>Adopt and strengthen sound policies and enforceable legislation for gender equality</source>
        <translation>Adopter et renforcer des politiques bien conçues et des dispositions législatives applicables en faveur de l&apos;égalité des sexes</translation>
    </message>
    <message>
        <source>Achieve universal and equitable access to safe and affordable drinking water for all</source>
        <translation>Assurer l&apos;accès universel et équitable à l&apos;eau potable, à un coût abordable</translation>
    </message>
    <message>
        <source>Achieve adequate and equitable sanitation and hygiene for all; end open defecation</source>
        <translation>Assurer l&apos;accès de tous à des services d&apos;assainissement et d&apos;hygiène adéquats&#xa0;; mettre fin à la défécation en plein air</translation>
    </message>
    <message>
        <source>Improve water quality: reduce pollution, halve untreated wastewater, increase reuse</source>
        <translation>Améliorer la qualité de l&apos;eau&#xa0;: réduire la pollution, diminuer de moitié la proportion d&apos;eaux usées non traitées, accroître la réutilisation</translation>
    </message>
    <message>
        <source>Increase water-use efficiency and ensure sustainable withdrawals to address water scarcity</source>
        <translation>Utiliser plus rationnellement les ressources en eau et garantir la viabilité des retraits pour tenir compte de la pénurie d&apos;eau</translation>
    </message>
    <message>
        <source>Implement integrated water resources management, including transboundary cooperation</source>
        <translation>Mettre en œuvre une gestion intégrée des ressources en eau, y compris au moyen de la coopération transfrontière</translation>
    </message>
    <message>
        <source>Protect and restore water-related ecosystems (mountains, forests, wetlands, rivers, lakes)</source>
        <translation>Protéger et restaurer les écosystèmes liés à l&apos;eau (montagnes, forêts, zones humides, rivières, lacs)</translation>
    </message>
    <message>
        <source>Expand international cooperation and capacity-building for water and sanitation programmes</source>
        <translation>Développer la coopération internationale et le renforcement des capacités pour les programmes relatifs à l&apos;eau et à l&apos;assainissement</translation>
    </message>
    <message>
        <source>Support participation of local communities in water and sanitation management</source>
        <translation>Appuyer la participation de la population locale à la gestion de l&apos;eau et de l&apos;assainissement</translation>
    </message>
    <message>
        <source>Ensure universal access to affordable, reliable and modern energy services</source>
        <translation>Garantir l&apos;accès de tous à des services énergétiques fiables et modernes, à un coût abordable</translation>
    </message>
    <message>
        <source>Increase substantially the share of renewable energy in the global energy mix</source>
        <translation>Accroître nettement la part de l&apos;énergie renouvelable dans le bouquet énergétique mondial</translation>
    </message>
    <message>
        <source>Double the global rate of improvement in energy efficiency</source>
        <translation>Multiplier par deux le taux mondial d&apos;amélioration de l&apos;efficacité énergétique</translation>
    </message>
    <message>
        <source>Enhance international cooperation on clean energy research, technology and investment</source>
        <translation>Renforcer la coopération internationale en matière de recherche, de technologies et d&apos;investissement dans l&apos;énergie propre</translation>
    </message>
    <message>
        <source>Expand infrastructure and upgrade technology for modern energy in developing countries</source>
        <translation>Développer l&apos;infrastructure et améliorer la technologie pour des services énergétiques modernes dans les pays en développement</translation>
    </message>
    <message>
        <source>Sustain per capita economic growth; at least 7% annual GDP growth in LDCs</source>
        <translation>Maintenir la croissance économique par habitant&#xa0;; au moins 7 % de croissance annuelle du PIB dans les pays les moins avancés</translation>
    </message>
    <message>
        <source>Higher economic productivity through diversification, technological upgrading, innovation</source>
        <translation>Niveau élevé de productivité économique par la diversification, la modernisation technologique et l&apos;innovation</translation>
    </message>
    <message>
        <source>Promote policies supporting productive activities, decent jobs, entrepreneurship and SMEs</source>
        <translation>Promouvoir des politiques favorisant les activités productives, les emplois décents, l&apos;entrepreneuriat et les PME</translation>
    </message>
    <message>
        <source>Improve resource efficiency and decouple economic growth from environmental degradation</source>
        <translation>Utiliser plus efficacement les ressources et dissocier croissance économique et dégradation de l&apos;environnement</translation>
    </message>
    <message>
        <source>Full and productive employment and decent work for all; equal pay for work of equal value</source>
        <translation>Plein emploi productif et travail décent pour tous&#xa0;; salaire égal pour un travail de valeur égale</translation>
    </message>
    <message>
        <source>Substantially reduce the proportion of youth not in employment, education or training</source>
        <translation>Réduire considérablement la proportion de jeunes non scolarisés et sans emploi ni formation</translation>
    </message>
    <message>
        <source>Eradicate forced labour, modern slavery, human trafficking and all forms of child labour</source>
        <translation>Supprimer le travail forcé, l&apos;esclavage moderne, la traite d&apos;êtres humains et le travail des enfants sous toutes ses formes</translation>
    </message>
    <message>
        <source>Protect labour rights and promote safe and secure working environments for all workers</source>
        <translation>Défendre les droits des travailleurs et promouvoir la sécurité sur le lieu de travail pour tous les travailleurs</translation>
    </message>
    <message>
        <source>Devise and implement policies to promote sustainable tourism that creates jobs</source>
        <translation>Élaborer et mettre en œuvre des politiques visant à développer un tourisme durable qui crée des emplois</translation>
    </message>
    <message>
        <source>Strengthen domestic financial institutions to expand access to banking and insurance</source>
        <translation>Renforcer les institutions financières nationales pour élargir l&apos;accès aux services bancaires et d&apos;assurance</translation>
    </message>
    <message>
        <source>Increase Aid for Trade support for developing countries, in particular LDCs</source>
        <translation>Accroître l&apos;appui apporté dans le cadre de l&apos;initiative Aide pour le commerce aux pays en développement, en particulier aux PMA</translation>
    </message>
    <message>
        <source>Develop a global strategy for youth employment and implement the ILO Global Jobs Pact</source>
        <translation>Élaborer une stratégie mondiale en faveur de l&apos;emploi des jeunes et appliquer le Pacte mondial pour l&apos;emploi de l&apos;OIT</translation>
    </message>
    <message>
        <source>Develop quality, reliable, sustainable and resilient infrastructure</source>
        <translation>Mettre en place une infrastructure de qualité, fiable, durable et résiliente</translation>
    </message>
    <message>
        <source>Promote inclusive, sustainable industrialization; raise industry&apos;s share of jobs and GDP</source>
        <translation>Promouvoir une industrialisation durable qui profite à tous&#xa0;; accroître la part de l&apos;industrie dans l&apos;emploi et le PIB</translation>
    </message>
    <message>
        <source>Increase small-scale enterprises&apos; access to financial services and value chains</source>
        <translation>Accroître l&apos;accès des petites entreprises aux services financiers et leur intégration dans les chaînes de valeur</translation>
    </message>
    <message>
        <source>Upgrade infrastructure and retrofit industries to make them sustainable</source>
        <translation>Moderniser l&apos;infrastructure et adapter les industries afin de les rendre durables</translation>
    </message>
    <message>
        <source>Enhance scientific research and upgrade technological capabilities of industrial sectors</source>
        <translation>Renforcer la recherche scientifique et perfectionner les capacités technologiques des secteurs industriels</translation>
    </message>
    <message>
        <source>Facilitate sustainable and resilient infrastructure development in developing countries</source>
        <translation>Faciliter la mise en place d&apos;une infrastructure durable et résiliente dans les pays en développement</translation>
    </message>
    <message>
        <source>Support domestic technology development, research and innovation in developing countries</source>
        <translation>Soutenir la recherche-développement et l&apos;innovation technologiques nationales dans les pays en développement</translation>
    </message>
    <message>
        <source>Increase access to ICT; universal, affordable Internet access in least developed countries</source>
        <translation>Accroître l&apos;accès aux TIC&#xa0;; accès universel à Internet, à un coût abordable, dans les pays les moins avancés</translation>
    </message>
    <message>
        <source>Achieve and sustain income growth of the bottom 40 per cent above the national average</source>
        <translation>Faire en sorte que les revenus des 40 % les plus pauvres augmentent plus rapidement que le revenu moyen national</translation>
    </message>
    <message>
        <source>Empower and promote the social, economic and political inclusion of all</source>
        <translation>Autonomiser toutes les personnes et favoriser leur intégration sociale, économique et politique</translation>
    </message>
    <message>
        <source>Ensure equal opportunity and reduce inequalities of outcome; end discriminatory laws</source>
        <translation>Assurer l&apos;égalité des chances et réduire l&apos;inégalité des résultats&#xa0;; éliminer les lois discriminatoires</translation>
    </message>
    <message>
        <source>Adopt fiscal, wage and social protection policies to achieve greater equality</source>
        <translation>Adopter des politiques budgétaires, salariales et de protection sociale pour parvenir à une plus grande égalité</translation>
    </message>
    <message>
        <source>Improve the regulation and monitoring of global financial markets and institutions</source>
        <translation>Améliorer la réglementation et la surveillance des institutions et marchés financiers mondiaux</translation>
    </message>
    <message>
        <source>Enhanced voice of developing countries in global economic and financial institutions</source>
        <translation>Pays en développement davantage représentés et entendus dans les institutions économiques et financières internationales</translation>
    </message>
    <message>
        <source>Facilitate orderly, safe, regular and responsible migration and mobility of people</source>
        <translation>Faciliter la migration et la mobilité de façon ordonnée, sans danger, régulière et responsable</translation>
    </message>
    <message>
        <source>Implement special and differential treatment for developing countries under WTO agreements</source>
        <translation>Mettre en œuvre le principe d&apos;un traitement spécial et différencié pour les pays en développement (accords de l&apos;OMC)</translation>
    </message>
    <message>
        <source>Encourage development assistance and financial flows to States where the need is greatest</source>
        <translation>Stimuler l&apos;aide au développement et les flux financiers vers les États qui en ont le plus besoin</translation>
    </message>
    <message>
        <source>Reduce transaction costs of migrant remittances to less than 3 per cent</source>
        <translation>Faire baisser au-dessous de 3 % les coûts de transaction des envois de fonds effectués par les migrants</translation>
    </message>
    <message>
        <source>Adequate, safe and affordable housing and basic services for all; upgrade slums</source>
        <translation>Logement et services de base adéquats et sûrs, à un coût abordable, pour tous&#xa0;; assainir les quartiers de taudis</translation>
    </message>
    <message>
        <source>Provide access to safe, affordable, accessible and sustainable transport systems for all</source>
        <translation>Assurer l&apos;accès de tous à des systèmes de transport sûrs, accessibles et viables, à un coût abordable</translation>
    </message>
    <message>
        <source>Enhance inclusive and sustainable urbanization and participatory settlement planning</source>
        <translation>Renforcer l&apos;urbanisation durable pour tous et la planification participative des établissements humains</translation>
    </message>
    <message>
        <source>Strengthen efforts to protect and safeguard the world&apos;s cultural and natural heritage</source>
        <translation>Renforcer les efforts de protection et de préservation du patrimoine culturel et naturel mondial</translation>
    </message>
    <message>
        <source>Reduce deaths, people affected and economic losses caused by disasters</source>
        <translation>Réduire le nombre de personnes tuées et de personnes touchées par les catastrophes, ainsi que les pertes économiques qu&apos;elles causent</translation>
    </message>
    <message>
        <source>Reduce the per capita environmental impact of cities, incl. air quality and waste</source>
        <translation>Réduire l&apos;impact environnemental négatif des villes par habitant, notamment en matière de qualité de l&apos;air et de déchets</translation>
    </message>
    <message>
        <source>Provide universal access to safe, inclusive and accessible green and public spaces</source>
        <translation>Assurer l&apos;accès de tous à des espaces verts et des espaces publics sûrs, ouverts à tous et accessibles</translation>
    </message>
    <message>
        <source>Support positive economic, social and environmental links between urban and rural areas</source>
        <translation>Favoriser des liens économiques, sociaux et environnementaux positifs entre zones urbaines et rurales</translation>
    </message>
    <message>
        <source>Increase cities with integrated policies for inclusion, resilience and disaster risk</source>
        <translation>Accroître le nombre de villes dotées de politiques intégrées en faveur de l&apos;insertion, de la résilience et de la gestion des risques de catastrophe</translation>
    </message>
    <message>
        <source>Support LDCs in building sustainable and resilient buildings using local materials</source>
        <translation>Aider les PMA à construire des bâtiments durables et résilients en utilisant des matériaux locaux</translation>
    </message>
    <message>
        <source>Implement the 10-Year Framework of Programmes on Sustainable Consumption and Production</source>
        <translation>Mettre en œuvre le Cadre décennal de programmation concernant les modes de consommation et de production durables</translation>
    </message>
    <message>
        <source>Achieve the sustainable management and efficient use of natural resources</source>
        <translation>Parvenir à une gestion durable et à une utilisation rationnelle des ressources naturelles</translation>
    </message>
    <message>
        <source>Halve per capita global food waste and reduce food losses along supply chains</source>
        <translation>Réduire de moitié le volume mondial de déchets alimentaires par habitant et réduire les pertes tout au long des chaînes d&apos;approvisionnement</translation>
    </message>
    <message>
        <source>Environmentally sound management of chemicals and all wastes throughout their life cycle</source>
        <translation>Gestion écologiquement rationnelle des produits chimiques et de tous les déchets tout au long de leur cycle de vie</translation>
    </message>
    <message>
        <source>Substantially reduce waste generation through prevention, reduction, recycling and reuse</source>
        <translation>Réduire considérablement la production de déchets par la prévention, la réduction, le recyclage et la réutilisation</translation>
    </message>
    <message>
        <source>Encourage companies to adopt sustainable practices and sustainability reporting</source>
        <translation>Encourager les entreprises à adopter des pratiques viables et à publier des informations sur la viabilité</translation>
    </message>
    <message>
        <source>Promote public procurement practices that are sustainable</source>
        <translation>Promouvoir des pratiques durables dans le cadre de la passation des marchés publics</translation>
    </message>
    <message>
        <source>Ensure people have information and awareness for sustainable development and lifestyles</source>
        <translation>Faire en sorte que chacun ait les informations et connaissances nécessaires au développement durable et à un style de vie durable</translation>
    </message>
    <message>
        <source>Support developing countries&apos; science and technology for sustainable consumption</source>
        <translation>Aider les pays en développement à se doter de moyens scientifiques et technologiques pour une consommation durable</translation>
    </message>
    <message>
        <source>Develop tools to monitor sustainable development impacts for sustainable tourism</source>
        <translation>Mettre au point des outils de contrôle des impacts sur le développement durable pour un tourisme durable</translation>
    </message>
    <message>
        <source>Rationalize inefficient fossil-fuel subsidies that encourage wasteful consumption</source>
        <translation>Rationaliser les subventions aux combustibles fossiles qui sont source de gaspillage</translation>
    </message>
    <message>
        <source>Strengthen resilience and adaptive capacity to climate hazards and natural disasters</source>
        <translation>Renforcer la résilience et les capacités d&apos;adaptation face aux aléas climatiques et aux catastrophes naturelles</translation>
    </message>
    <message>
        <source>Integrate climate change measures into national policies, strategies and planning</source>
        <translation>Incorporer des mesures relatives aux changements climatiques dans les politiques, les stratégies et la planification nationales</translation>
    </message>
    <message>
        <source>Improve education, awareness and capacity on climate mitigation, adaptation, early warning</source>
        <translation>Améliorer l&apos;éducation, la sensibilisation et les capacités en matière d&apos;atténuation, d&apos;adaptation et d&apos;alerte rapide</translation>
    </message>
    <message>
        <source>Mobilize $100 billion a year under the UNFCCC; capitalize the Green Climate Fund</source>
        <translation>Mobiliser 100 milliards de dollars par an au titre de la CCNUCC&#xa0;; doter le Fonds vert pour le climat des moyens nécessaires</translation>
    </message>
    <message>
        <source>Raise capacity for climate change planning and management in LDCs and SIDS</source>
        <translation>Renforcer les capacités de planification et de gestion face aux changements climatiques dans les PMA et les PEID</translation>
    </message>
    <message>
        <source>Prevent and significantly reduce marine pollution of all kinds, including marine debris</source>
        <translation>Prévenir et réduire nettement la pollution marine de tous types, y compris les déchets en mer</translation>
    </message>
    <message>
        <source>Sustainably manage and protect marine and coastal ecosystems</source>
        <translation>Gérer et protéger durablement les écosystèmes marins et côtiers</translation>
    </message>
    <message>
        <source>Minimize and address the impacts of ocean acidification</source>
        <translation>Réduire au maximum l&apos;acidification des océans et lutter contre ses effets</translation>
    </message>
    <message>
        <source>Regulate harvesting and end overfishing, IUU and destructive fishing; restore fish stocks</source>
        <translation>Réglementer la pêche, mettre un terme à la surpêche, à la pêche INN et aux pratiques destructrices&#xa0;; rétablir les stocks de poissons</translation>
    </message>
    <message>
        <source>Conserve at least 10 per cent of coastal and marine areas</source>
        <translation>Préserver au moins 10 % des zones marines et côtières</translation>
    </message>
    <message>
        <source>Prohibit fisheries subsidies that contribute to overcapacity, overfishing and IUU fishing</source>
        <translation>Interdire les subventions à la pêche qui contribuent à la surcapacité, à la surpêche et à la pêche INN</translation>
    </message>
    <message>
        <source>Increase economic benefits to SIDS and LDCs from the sustainable use of marine resources</source>
        <translation>Faire mieux bénéficier les PEID et les PMA des retombées économiques de l&apos;exploitation durable des ressources marines</translation>
    </message>
    <message>
        <source>Increase scientific knowledge, develop research capacity and transfer marine technology</source>
        <translation>Approfondir les connaissances scientifiques, renforcer les capacités de recherche et transférer les techniques marines</translation>
    </message>
    <message>
        <source>Provide access for small-scale artisanal fishers to marine resources and markets</source>
        <translation>Garantir aux petits pêcheurs l&apos;accès aux ressources marines et aux marchés</translation>
    </message>
    <message>
        <source>Enhance conservation and sustainable use of oceans by implementing UNCLOS</source>
        <translation>Améliorer la conservation et l&apos;exploitation durable des océans en appliquant la Convention des Nations Unies sur le droit de la mer</translation>
    </message>
    <message>
        <source>Conserve, restore and sustainably use terrestrial and inland freshwater ecosystems</source>
        <translation>Préserver, restaurer et exploiter durablement les écosystèmes terrestres et les écosystèmes d&apos;eau douce</translation>
    </message>
    <message>
        <source>Sustainably manage forests, halt deforestation, restore forests, increase afforestation</source>
        <translation>Gérer durablement les forêts, mettre un terme à la déforestation, restaurer les forêts, accroître le boisement</translation>
    </message>
    <message>
        <source>Combat desertification, restore degraded land and soil; land degradation neutrality</source>
        <translation>Lutter contre la désertification, restaurer les terres et sols dégradés&#xa0;; un monde sans dégradation des sols</translation>
    </message>
    <message>
        <source>Ensure the conservation of mountain ecosystems, including their biodiversity</source>
        <translation>Assurer la préservation des écosystèmes montagneux, notamment de leur biodiversité</translation>
    </message>
    <message>
        <source>Reduce habitat degradation, halt biodiversity loss and prevent extinction of species</source>
        <translation>Réduire la dégradation du milieu naturel, mettre un terme à l&apos;appauvrissement de la biodiversité et prévenir l&apos;extinction des espèces</translation>
    </message>
    <message>
        <source>Fair and equitable sharing of benefits from genetic resources and appropriate access</source>
        <translation>Partage juste et équitable des bénéfices découlant des ressources génétiques et accès approprié à celles-ci</translation>
    </message>
    <message>
        <source>End poaching and trafficking of protected species; address illegal wildlife products</source>
        <translation>Mettre un terme au braconnage et au trafic d&apos;espèces protégées&#xa0;; s&apos;attaquer aux produits illicites issus d&apos;espèces sauvages</translation>
    </message>
    <message>
        <source>Prevent the introduction and reduce the impact of invasive alien species</source>
        <translation>Empêcher l&apos;introduction d&apos;espèces exotiques envahissantes et atténuer leurs effets</translation>
    </message>
    <message>
        <source>Integrate ecosystem and biodiversity values into national and local planning</source>
        <translation>Intégrer la protection des écosystèmes et de la biodiversité dans la planification nationale et locale</translation>
    </message>
    <message>
        <source>Mobilize and increase financial resources to conserve and sustainably use biodiversity</source>
        <translation>Mobiliser des ressources financières et les augmenter nettement pour préserver la biodiversité et l&apos;exploiter durablement</translation>
    </message>
    <message>
        <source>Mobilize resources to finance sustainable forest management in developing countries</source>
        <translation>Mobiliser des ressources pour financer la gestion durable des forêts dans les pays en développement</translation>
    </message>
    <message>
        <source>Enhance global support to combat poaching and trafficking of protected species</source>
        <translation>Apporter un soutien accru, à l&apos;échelon mondial, à la lutte contre le braconnage et le trafic d&apos;espèces protégées</translation>
    </message>
    <message>
        <source>Significantly reduce all forms of violence and related death rates everywhere</source>
        <translation>Réduire nettement, partout dans le monde, toutes les formes de violence et les taux de mortalité qui y sont associés</translation>
    </message>
    <message>
        <source>End abuse, exploitation, trafficking and all violence against and torture of children</source>
        <translation>Mettre un terme à la maltraitance, à l&apos;exploitation et à la traite, et à toutes les formes de violence et de torture dont sont victimes les enfants</translation>
    </message>
    <message>
        <source>Promote the rule of law and ensure equal access to justice for all</source>
        <translation>Promouvoir l&apos;état de droit et donner à tous accès à la justice dans des conditions d&apos;égalité</translation>
    </message>
    <message>
        <source>Reduce illicit financial and arms flows, recover stolen assets and combat organized crime</source>
        <translation>Réduire les flux financiers illicites et le trafic d&apos;armes, restituer les biens volés et lutter contre la criminalité organisée</translation>
    </message>
    <message>
        <source>Substantially reduce corruption and bribery in all their forms</source>
        <translation>Réduire nettement la corruption et la pratique des pots-de-vin sous toutes leurs formes</translation>
    </message>
    <message>
        <source>Develop effective, accountable and transparent institutions at all levels</source>
        <translation>Mettre en place des institutions efficaces, responsables et transparentes à tous les niveaux</translation>
    </message>
    <message>
        <source>Responsive, inclusive, participatory and representative decision-making at all levels</source>
        <translation>Prise de décisions dynamique, ouverte, participative et représentative à tous les niveaux</translation>
    </message>
    <message>
        <source>Strengthen participation of developing countries in institutions of global governance</source>
        <translation>Renforcer la participation des pays en développement aux institutions chargées de la gouvernance au niveau mondial</translation>
    </message>
    <message>
        <source>Provide legal identity for all, including birth registration</source>
        <translation>Garantir à tous une identité juridique, notamment grâce à l&apos;enregistrement des naissances</translation>
    </message>
    <message>
        <source>Ensure public access to information and protect fundamental freedoms</source>
        <translation>Garantir l&apos;accès public à l&apos;information et protéger les libertés fondamentales</translation>
    </message>
    <message>
        <source>Strengthen national institutions to prevent violence and combat terrorism and crime</source>
        <translation>Renforcer les institutions nationales chargées de prévenir la violence et de lutter contre le terrorisme et la criminalité</translation>
    </message>
    <message>
        <source>Promote and enforce non-discriminatory laws and policies for sustainable development</source>
        <translation>Promouvoir et appliquer des lois et politiques non discriminatoires pour le développement durable</translation>
    </message>
    <message>
        <source>Strengthen domestic resource mobilization, incl. support for tax and revenue collection</source>
        <translation>Améliorer la mobilisation de ressources nationales, y compris l&apos;appui à la collecte de l&apos;impôt et d&apos;autres recettes</translation>
    </message>
    <message>
        <source>Developed countries to fully implement their official development assistance commitments</source>
        <translation>Faire en sorte que les pays développés honorent tous leurs engagements en matière d&apos;aide publique au développement</translation>
    </message>
    <message>
        <source>Mobilize additional financial resources for developing countries from multiple sources</source>
        <translation>Mobiliser des ressources financières supplémentaires de diverses provenances en faveur des pays en développement</translation>
    </message>
    <message>
        <source>Assist developing countries in attaining long-term debt sustainability</source>
        <translation>Aider les pays en développement à assurer la viabilité à long terme de leur dette</translation>
    </message>
    <message>
        <source>Adopt and implement investment promotion regimes for least developed countries</source>
        <translation>Adopter et mettre en œuvre des dispositifs visant à encourager l&apos;investissement en faveur des pays les moins avancés</translation>
    </message>
    <message>
        <source>Enhance North-South, South-South and triangular cooperation on science and technology</source>
        <translation>Renforcer la coopération Nord-Sud et Sud-Sud et la coopération triangulaire dans les domaines de la science et de la technologie</translation>
    </message>
    <message>
        <source>Promote environmentally sound technologies to developing countries</source>
        <translation>Promouvoir les technologies respectueuses de l&apos;environnement en faveur des pays en développement</translation>
    </message>
    <message>
        <source>Operationalize the technology bank for LDCs and enhance the use of ICT</source>
        <translation>Rendre opérationnelle la banque de technologies pour les PMA et renforcer l&apos;utilisation de l&apos;informatique et des communications</translation>
    </message>
    <message>
        <source>Enhance international support for targeted capacity-building in developing countries</source>
        <translation>Apporter, à l&apos;échelon international, un soutien accru au renforcement ciblé des capacités des pays en développement</translation>
    </message>
    <message>
        <source>Promote a universal, rules-based, open, equitable multilateral trading system (WTO)</source>
        <translation>Promouvoir un système commercial multilatéral universel, réglementé, ouvert et équitable (OMC)</translation>
    </message>
    <message>
        <source>Significantly increase developing country exports; double LDCs&apos; share of global exports</source>
        <translation>Accroître nettement les exportations des pays en développement&#xa0;; doubler la part des PMA dans les exportations mondiales</translation>
    </message>
    <message>
        <source>Realize timely implementation of duty-free and quota-free market access for all LDCs</source>
        <translation>Permettre l&apos;accès rapide de tous les PMA aux marchés en franchise de droits et sans contingent</translation>
    </message>
    <message>
        <source>Enhance global macroeconomic stability, incl. through policy coordination and coherence</source>
        <translation>Renforcer la stabilité macroéconomique mondiale, notamment par la coordination et la cohérence des politiques</translation>
    </message>
    <message>
        <source>Enhance policy coherence for sustainable development</source>
        <translation>Renforcer la cohérence des politiques de développement durable</translation>
    </message>
    <message>
        <source>Respect each country&apos;s policy space and leadership for poverty eradication and development</source>
        <translation>Respecter la marge de manœuvre et l&apos;autorité de chaque pays en matière d&apos;élimination de la pauvreté et de développement</translation>
    </message>
    <message>
        <source>Enhance the Global Partnership for Sustainable Development; multi-stakeholder partnerships</source>
        <translation>Renforcer le Partenariat mondial pour le développement durable&#xa0;; partenariats multipartites</translation>
    </message>
    <message>
        <source>Encourage and promote effective public, public-private and civil society partnerships</source>
        <translation>Encourager et promouvoir les partenariats publics, les partenariats public-privé et les partenariats avec la société civile</translation>
    </message>
    <message>
        <source>Enhance capacity-building to increase high-quality, timely, reliable disaggregated data</source>
        <translation>Renforcer les capacités afin de disposer de données de qualité, actualisées, exactes et ventilées</translation>
    </message>
    <message>
        <source>Develop measurements of progress on sustainable development that complement GDP</source>
        <translation>Établir des indicateurs de progrès en matière de développement durable qui viendraient compléter le PIB</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Female</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Other or unknown</source>
        <translation>Autre ou inconnu</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation>Annoncés</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagés</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dépensés</translation>
    </message>
    <message>
        <source>Children</source>
        <extracomment>Targeted then reached, always in these colours (the Dashboard uses them too). A pie slice under this share gets no percentage label (it would read &quot;0 %&quot;).</extracomment>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Jeunes</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adultes</translation>
    </message>
    <message>
        <source>Older persons</source>
        <translation>Personnes âgées</translation>
    </message>
    <message>
        <source>How the figures count. People: an initiative reports its people for each period, and the same people are often reported again in the next period, so for each initiative and group only one period counts, the one with the highest figure (of two equal periods, the later one); these are added up across initiatives and groups, so someone counted in two periods is counted once. Targeted and reached are chosen separately. Indirect beneficiaries are never added to direct ones. Money: exact sums of the funding lines in USD at the rate each line used; pledged, committed, received and spent are separate figures.</source>
        <translation>Comment les chiffres sont calculés. Personnes&#xa0;: une initiative déclare ses bénéficiaires pour chaque période, et les mêmes personnes sont souvent déclarées de nouveau à la période suivante&#xa0;; aussi, pour chaque initiative et chaque groupe, une seule période est retenue, celle qui présente le chiffre le plus élevé (entre deux périodes à égalité, la plus récente)&#xa0;; ces chiffres sont additionnés pour l&apos;ensemble des initiatives et des groupes, de sorte qu&apos;une personne comptée dans deux périodes n&apos;est comptée qu&apos;une fois. Les personnes ciblées et les personnes atteintes sont retenues séparément. Les bénéficiaires indirects ne sont jamais ajoutés aux bénéficiaires directs. Fonds&#xa0;: sommes exactes des lignes de financement en USD, au taux utilisé par chaque ligne&#xa0;; les fonds annoncés, engagés, reçus et dépensés sont des chiffres distincts.</translation>
    </message>
    <message>
        <source>Portfolio KPIs — {scope}</source>
        <translation>Indicateurs clés du portefeuille — {scope}</translation>
    </message>
    <message>
        <source>Portfolio KPIs</source>
        <translation>Indicateurs clés du portefeuille</translation>
    </message>
    <message>
        <source>Fieldbook</source>
        <translation>Fieldbook</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Filters: {filters} · generated {generated} by Fieldbook {version}</source>
        <translation>Filtres&#xa0;: {filters} · généré le {generated} par Fieldbook {version}</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Countries supported</source>
        <translation>Pays soutenus</translation>
    </message>
    <message>
        <source>Cities supported</source>
        <translation>Villes soutenues</translation>
    </message>
    <message>
        <source>Beneficiaries reached (direct)</source>
        <translation>Bénéficiaires directs atteints</translation>
    </message>
    <message>
        <source>Beneficiaries targeted (direct)</source>
        <translation>Bénéficiaires directs ciblés</translation>
    </message>
    <message>
        <source>Funds received, USD</source>
        <translation>Fonds reçus, USD</translation>
    </message>
    <message>
        <source>Funds committed, USD</source>
        <translation>Fonds engagés, USD</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation>Pays des partenaires</translation>
    </message>
    <message>
        <source>Knowledge products</source>
        <translation>Produits du savoir</translation>
    </message>
    <message>
        <source>SDGs touched (of 17)</source>
        <translation>ODD concernés (sur 17)</translation>
    </message>
    <message>
        <source>SDG targets touched (of 169)</source>
        <translation>Cibles des ODD concernées (sur 169)</translation>
    </message>
    <message>
        <source>Initiatives by status</source>
        <translation>Initiatives par statut</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <source>By group (direct)</source>
        <translation>Par groupe (bénéficiaires directs)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>Ciblés</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Atteints</translation>
    </message>
    <message>
        <source>By sex (direct)</source>
        <translation>Par sexe (bénéficiaires directs)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>By age band (direct)</source>
        <translation>Par tranche d&apos;âge (bénéficiaires directs)</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Other figures</source>
        <translation>Autres chiffres</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Persons with disabilities (direct)</source>
        <translation>Personnes handicapées (bénéficiaires directs)</translation>
    </message>
    <message>
        <source>Total (direct)</source>
        <translation>Total (bénéficiaires directs)</translation>
    </message>
    <message>
        <source>Indirect beneficiaries</source>
        <translation>Bénéficiaires indirects</translation>
    </message>
    <message>
        <source>Targeted and reached by group (direct)</source>
        <translation>Ciblés et atteints par groupe (bénéficiaires directs)</translation>
    </message>
    <message>
        <source>Targeted and reached by sex (direct)</source>
        <translation>Ciblés et atteints par sexe (bénéficiaires directs)</translation>
    </message>
    <message>
        <source>Targeted and reached by age band (direct)</source>
        <translation>Ciblés et atteints par tranche d&apos;âge (bénéficiaires directs)</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <source>USD by transaction type</source>
        <translation>USD par type d&apos;opération</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Received by source type</source>
        <translation>Fonds reçus par type de source</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>Type de source</translation>
    </message>
    <message>
        <source>Received by modality</source>
        <translation>Fonds reçus par modalité</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Pledged, committed, received, spent (USD)</source>
        <translation>Annoncés, engagés, reçus, dépensés (USD)</translation>
    </message>
    <message>
        <source>Partners by type</source>
        <translation>Partenaires par type</translation>
    </message>
    <message>
        <source>Partner type</source>
        <translation>Type de partenaire</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partenariats</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Record id</source>
        <extracomment>Excel refuses longer cell text; nothing longer may be stored, or a package could not carry it. Fields every exchanged record carries (see db.models.Record).</extracomment>
        <translation>Identifiant de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Créé le (UTC)</translation>
    </message>
    <message>
        <source>Updated (UTC)</source>
        <translation>Mis à jour le (UTC)</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Targeted: total</source>
        <extracomment>The count fields&apos; labels, written out so that each is a message of its own to translate.</extracomment>
        <translation>Ciblés&#xa0;: total</translation>
    </message>
    <message>
        <source>Targeted: female</source>
        <translation>Ciblés&#xa0;: femmes</translation>
    </message>
    <message>
        <source>Targeted: male</source>
        <translation>Ciblés&#xa0;: hommes</translation>
    </message>
    <message>
        <source>Targeted: other</source>
        <translation>Ciblés&#xa0;: autres</translation>
    </message>
    <message>
        <source>Targeted: children</source>
        <translation>Ciblés&#xa0;: enfants</translation>
    </message>
    <message>
        <source>Targeted: youth</source>
        <translation>Ciblés&#xa0;: jeunes</translation>
    </message>
    <message>
        <source>Targeted: adults</source>
        <translation>Ciblés&#xa0;: adultes</translation>
    </message>
    <message>
        <source>Targeted: older</source>
        <translation>Ciblés&#xa0;: personnes âgées</translation>
    </message>
    <message>
        <source>Targeted: pwd</source>
        <translation>Ciblés&#xa0;: personnes handicapées</translation>
    </message>
    <message>
        <source>Reached: total</source>
        <translation>Atteints&#xa0;: total</translation>
    </message>
    <message>
        <source>Reached: female</source>
        <translation>Atteints&#xa0;: femmes</translation>
    </message>
    <message>
        <source>Reached: male</source>
        <translation>Atteints&#xa0;: hommes</translation>
    </message>
    <message>
        <source>Reached: other</source>
        <translation>Atteints&#xa0;: autres</translation>
    </message>
    <message>
        <source>Reached: children</source>
        <translation>Atteints&#xa0;: enfants</translation>
    </message>
    <message>
        <source>Reached: youth</source>
        <translation>Atteints&#xa0;: jeunes</translation>
    </message>
    <message>
        <source>Reached: adults</source>
        <translation>Atteints&#xa0;: adultes</translation>
    </message>
    <message>
        <source>Reached: older</source>
        <translation>Atteints&#xa0;: personnes âgées</translation>
    </message>
    <message>
        <source>Reached: pwd</source>
        <translation>Atteints&#xa0;: personnes handicapées</translation>
    </message>
    <message>
        <source>targeted</source>
        <extracomment>Words a message is made of, besides its template: translated with it.</extracomment>
        <translation>ciblés</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>atteints</translation>
    </message>
    <message>
        <source>sex and age band</source>
        <translation>sexe et tranche d&apos;âge</translation>
    </message>
    <message>
        <source>active</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>achevée</translation>
    </message>
    <message>
        <source>initiative</source>
        <translation>initiative</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <source>pledge</source>
        <translation>annonce de contribution</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>engagement</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>fonds reçus</translation>
    </message>
    <message>
        <source>expenditure</source>
        <translation>dépense</translation>
    </message>
    <message>
        <source>Office code</source>
        <extracomment>What each entity holds beyond its identity, in the order people read it.</extracomment>
        <translation>Code du bureau</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Nom du bureau</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Monnaie par défaut</translation>
    </message>
    <message>
        <source>Language of its packages</source>
        <translation>Langue de ses paquets</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Admin area (level 1)</source>
        <translation>Division administrative (niveau 1)</translation>
    </message>
    <message>
        <source>City or locality</source>
        <translation>Ville ou localité</translation>
    </message>
    <message>
        <source>Flagship programme</source>
        <translation>Programme phare</translation>
    </message>
    <message>
        <source>Subprogramme</source>
        <translation>Sous-programme</translation>
    </message>
    <message>
        <source>Flagship outcome</source>
        <translation>Résultat du programme phare</translation>
    </message>
    <message>
        <source>Crisis context</source>
        <translation>Contexte de crise</translation>
    </message>
    <message>
        <source>SDG targets</source>
        <translation>Cibles des ODD</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Partner type</source>
        <translation>Type de partenaire</translation>
    </message>
    <message>
        <source>Initiative id</source>
        <translation>Identifiant de l&apos;initiative</translation>
    </message>
    <message>
        <source>Partner id</source>
        <translation>Identifiant du partenaire</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Direct or indirect</source>
        <translation>Direct ou indirect</translation>
    </message>
    <message>
        <source>Funder id</source>
        <translation>Identifiant du bailleur de fonds</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>Type de source</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Transaction type</source>
        <translation>Type d&apos;opération</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>USD rate</source>
        <translation>Taux de change en USD</translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation>Montant (USD)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>{value!r} is not a whole number</source>
        <extracomment>Rows that depend on another record: field → the entity it points to. Digits a decimal may have before the point, and after it: what a decimal context of 28 digits writes out exactly. Beyond, writing the number (the digest, the store) fails (1E+300) or needs unbounded memory (1E-999999999999).</extracomment>
        <translation>{value!r} n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>{value!r} is not a number</source>
        <translation>{value!r} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>{value!r} is out of range: a number has at most 28 digits before and after the decimal point</source>
        <translation>{value!r} est hors limites&#xa0;: un nombre comporte au plus 28 chiffres avant et après la virgule</translation>
    </message>
    <message>
        <source>{value!r} has a time of day; give a date</source>
        <translation>{value!r} comporte une heure&#xa0;; indiquez une date</translation>
    </message>
    <message>
        <source>{value!r} is not a date (write YYYY-MM-DD)</source>
        <translation>{value!r} n&apos;est pas une date (écrivez AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>{value!r} is not a date and time</source>
        <translation>{value!r} n&apos;est pas une date avec heure</translation>
    </message>
    <message>
        <source>{value!r} is not a record id (UUID)</source>
        <translation>{value!r} n&apos;est pas un identifiant d&apos;enregistrement (UUID)</translation>
    </message>
    <message>
        <source>Revision must be 1 or more</source>
        <translation>La révision doit être égale ou supérieure à 1</translation>
    </message>
    <message>
        <source>No {target} with id {value} in this package or store</source>
        <translation>Aucun enregistrement «&#xa0;{target}&#xa0;» portant l&apos;identifiant {value} dans ce paquet ni dans la base</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <extracomment>Fields with an error of their own (set once the field checks are done): rules using them stay silent.</extracomment>
        <translation>Le champ «&#xa0;{label}&#xa0;» est obligatoire</translation>
    </message>
    <message>
        <source>{label} has a value of the wrong kind</source>
        <translation>Le champ «&#xa0;{label}&#xa0;» contient une valeur d&apos;un type incorrect</translation>
    </message>
    <message>
        <source>{label} is longer than {limit} characters</source>
        <translation>Le champ «&#xa0;{label}&#xa0;» dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>Not in the list of {label}: {codes}</source>
        <translation>Valeurs absentes de la liste «&#xa0;{label}&#xa0;»&#xa0;: {codes}</translation>
    </message>
    <message>
        <source>{label} cannot be negative</source>
        <translation>Le champ «&#xa0;{label}&#xa0;» ne peut pas être négatif</translation>
    </message>
    <message>
        <source>a country code</source>
        <extracomment>What one code of each list is, with its article, as a message says it: &quot;&apos;Kenya&apos; is not a country code&quot;.</extracomment>
        <translation>un code de pays</translation>
    </message>
    <message>
        <source>a region code</source>
        <translation>un code de région</translation>
    </message>
    <message>
        <source>a currency code</source>
        <translation>un code de monnaie</translation>
    </message>
    <message>
        <source>a language code</source>
        <translation>un code de langue</translation>
    </message>
    <message>
        <source>a flagship programme code</source>
        <translation>un code de programme phare</translation>
    </message>
    <message>
        <source>a subprogramme code</source>
        <translation>un code de sous-programme</translation>
    </message>
    <message>
        <source>a flagship outcome code</source>
        <translation>un code de résultat de programme phare</translation>
    </message>
    <message>
        <source>an initiative status</source>
        <translation>un statut d&apos;initiative</translation>
    </message>
    <message>
        <source>a crisis context code</source>
        <translation>un code de contexte de crise</translation>
    </message>
    <message>
        <source>a beneficiary group code</source>
        <translation>un code de groupe de bénéficiaires</translation>
    </message>
    <message>
        <source>a reach type</source>
        <translation>un type de bénéficiaires (direct ou indirect)</translation>
    </message>
    <message>
        <source>a partner type code</source>
        <translation>un code de type de partenaire</translation>
    </message>
    <message>
        <source>a partner role code</source>
        <translation>un code de rôle de partenaire</translation>
    </message>
    <message>
        <source>a source type code</source>
        <translation>un code de type de source</translation>
    </message>
    <message>
        <source>a funding modality code</source>
        <translation>un code de modalité de financement</translation>
    </message>
    <message>
        <source>a transaction type</source>
        <translation>un type d&apos;opération</translation>
    </message>
    <message>
        <source>a knowledge product type code</source>
        <translation>un code de type de produit du savoir</translation>
    </message>
    <message>
        <source>an SDG target</source>
        <translation>une cible des ODD</translation>
    </message>
    <message>
        <source>{value!r} is not {noun}</source>
        <translation>{value!r} n&apos;est pas {noun}</translation>
    </message>
    <message>
        <source>{value!r} is not {noun}; did you mean {code} ({meaning})?</source>
        <translation>{value!r} n&apos;est pas {noun}&#xa0;; vouliez-vous dire {code} ({meaning})&#xa0;?</translation>
    </message>
    <message>
        <source>The end date {end} is before the start date {start}</source>
        <extracomment>How alike (difflib&apos;s ratio) a value and a code or label must be for the code to be suggested, and how long the value must be: below three characters every code is about as near as any other (is &quot;UK&quot; UKR?). A value longer than this is no code or label mistyped (the longest label has 90 characters): no guess, none kept.</extracomment>
        <translation>La date de fin ({end}) est antérieure à la date de début ({start})</translation>
    </message>
    <message>
        <source>An office code has 2–16 capital letters, digits or hyphens, such as KEN-NBO</source>
        <translation>Un code de bureau comporte de 2 à 16 lettres majuscules, chiffres ou traits d&apos;union, par exemple KEN-NBO</translation>
    </message>
    <message>
        <source>An {status} initiative should have a start date</source>
        <translation>Une initiative {status} devrait avoir une date de début</translation>
    </message>
    <message>
        <source>A completed initiative should have an end date</source>
        <translation>Une initiative achevée devrait avoir une date de fin</translation>
    </message>
    <message>
        <source>Link the initiative to a flagship programme or a subprogramme so it counts in reports</source>
        <translation>Rattachez l&apos;initiative à un programme phare ou à un sous-programme pour qu&apos;elle soit prise en compte dans les rapports</translation>
    </message>
    <message>
        <source>sex</source>
        <extracomment>(kind, total field, [(parts&apos; fields, first part&apos;s field, what)], pwd field) for the sum rules.</extracomment>
        <translation>sexe</translation>
    </message>
    <message>
        <source>age band</source>
        <translation>tranche d&apos;âge</translation>
    </message>
    <message>
        <source>{value!r} is not a period: write 2023-H2, 2023-Q3 or 2023</source>
        <translation>{value!r} n&apos;est pas une période&#xa0;: écrivez 2023-H2, 2023-Q3 ou 2023</translation>
    </message>
    <message>
        <source>Write the period as {code}</source>
        <translation>Écrivez la période sous la forme {code}</translation>
    </message>
    <message>
        <source>Period {period} is outside the initiative&apos;s dates</source>
        <translation>La période {period} est en dehors des dates de l&apos;initiative</translation>
    </message>
    <message>
        <source>Persons with disabilities ({pwd}) cannot be more than the {kind} total ({total})</source>
        <translation>Les personnes handicapées ({pwd}) ne peuvent pas être plus nombreuses que le total des bénéficiaires {kind} ({total})</translation>
    </message>
    <message>
        <source>Give a targeted or a reached total</source>
        <translation>Indiquez le total des bénéficiaires ciblés ou celui des bénéficiaires atteints</translation>
    </message>
    <message>
        <source>Reached ({reached}) is more than targeted ({targeted}); check both</source>
        <translation>Le nombre de bénéficiaires atteints ({reached}) dépasse celui des bénéficiaires ciblés ({targeted})&#xa0;; vérifiez les deux</translation>
    </message>
    <message>
        <source>Give the {kind} total: its parts by {what} are given</source>
        <translation>Indiquez le total des bénéficiaires {kind}&#xa0;: leur ventilation par {what} est renseignée</translation>
    </message>
    <message>
        <source>The {kind} total {total} differs from female + male + other = {sum} (and from the age groups, also {sum}): correct the total</source>
        <translation>Le total des bénéficiaires {kind} ({total}) diffère de femmes + hommes + autres = {sum} (et de la somme des tranches d&apos;âge, également {sum})&#xa0;: corrigez le total</translation>
    </message>
    <message>
        <source>The {kind} counts by {what} add up to {sum}, but the total and the counts by {other} are {total}: correct the counts by {what}</source>
        <translation>Les chiffres des bénéficiaires {kind} par {what} totalisent {sum}, mais le total et les chiffres par {other} s&apos;élèvent à {total}&#xa0;: corrigez les chiffres par {what}</translation>
    </message>
    <message>
        <source>The {kind} counts by {what} add up to {sum}, more than the total {total}</source>
        <translation>Les chiffres des bénéficiaires {kind} par {what} totalisent {sum}, soit plus que le total ({total})</translation>
    </message>
    <message>
        <source>The {kind} counts by {what} add up to {sum}, not the total {total}</source>
        <translation>Les chiffres des bénéficiaires {kind} par {what} totalisent {sum}, et non le total ({total})</translation>
    </message>
    <message>
        <source>{currency} amounts are whole numbers, without decimal places</source>
        <translation>Les montants en {currency} sont des nombres entiers, sans décimales</translation>
    </message>
    <message>
        <source>{currency} amounts have 1 decimal place at most</source>
        <translation>Les montants en {currency} comportent au plus 1 décimale</translation>
    </message>
    <message>
        <source>{currency} amounts have {places} decimal places at most</source>
        <translation>Les montants en {currency} comportent au plus {places} décimales</translation>
    </message>
    <message>
        <source>The amount is zero</source>
        <translation>Le montant est nul</translation>
    </message>
    <message>
        <source>A negative expenditure is a correction; check it</source>
        <translation>Une dépense négative est une correction&#xa0;; vérifiez-la</translation>
    </message>
    <message>
        <source>A pledge, commitment or incoming amount cannot be negative</source>
        <translation>Le montant d&apos;une annonce de contribution, d&apos;un engagement ou de fonds reçus ne peut pas être négatif</translation>
    </message>
    <message>
        <source>The USD rate must be more than zero</source>
        <translation>Le taux de change en USD doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>The USD rate of an amount in USD is 1</source>
        <translation>Le taux de change en USD d&apos;un montant en USD est 1</translation>
    </message>
    <message>
        <source>USD amounts have 2 decimal places at most</source>
        <translation>Les montants en USD comportent au plus 2 décimales</translation>
    </message>
    <message>
        <source>Amount × rate is {expected} USD, not {usd}</source>
        <translation>Montant × taux = {expected} USD, et non {usd}</translation>
    </message>
    <message>
        <source>Name the funder of a {type}</source>
        <translation>Indiquez le bailleur de fonds de cette opération ({type})</translation>
    </message>
    <message>
        <source>The date {date} is more than a year ahead</source>
        <translation>La date {date} se situe plus d&apos;un an dans le futur</translation>
    </message>
    <message>
        <source>The link should start with https://</source>
        <translation>Le lien devrait commencer par https://</translation>
    </message>
    <message>
        <source>Over {factor}× the office&apos;s usual {currency} rate (1 {currency} = {usual} USD): typed the wrong way round?</source>
        <extracomment>How many times above or below the usual rate of its currency a line&apos;s USD rate may be before it is questioned. A rate typed the wrong way round (63.9 MZN per USD stored as USD per MZN) is off by the rate squared, thousands of times; a real year&apos;s swing, even a devaluation, rarely reaches five. Near parity (EUR, GBP, CHF) the two ways differ by less than this, and no warning can tell them apart.</extracomment>
        <translation>Plus de {factor} fois le taux habituel du bureau pour {currency} (1 {currency} = {usual} USD)&#xa0;: saisi à l&apos;envers&#xa0;?</translation>
    </message>
    <message>
        <source>Under 1/{factor} of the office&apos;s usual {currency} rate (1 {currency} = {usual} USD): typed the wrong way round?</source>
        <translation>Moins de 1/{factor} du taux habituel du bureau pour {currency} (1 {currency} = {usual} USD)&#xa0;: saisi à l&apos;envers&#xa0;?</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>the disk is full</source>
        <extracomment>Partial files of versions before scratch folders (``.NAME.xlsx.part``) have no owner: removed once this old. What :func:`_disk_problem` finds: kinds of failure that have words of their own (the rest are the system&apos;s words).</extracomment>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>read-only file system</source>
        <translation>système de fichiers en lecture seule</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>autorisation refusée</translation>
    </message>
    <message>
        <source>free some space on that disk and try again</source>
        <translation>libérez de l&apos;espace sur ce disque et réessayez</translation>
    </message>
    <message>
        <source>choose a folder you can write to</source>
        <translation>choisissez un dossier dans lequel vous pouvez écrire</translation>
    </message>
    <message>
        <source>check the folder and try again</source>
        <translation>vérifiez le dossier et réessayez</translation>
    </message>
    <message>
        <source>{count} rows would break foreign keys, first in table {table}</source>
        <extracomment>The PostgreSQL advisory lock a schema upgrade holds to its commit (&quot;fbschema&quot; in ASCII).</extracomment>
        <translation>{count} lignes enfreindraient des clés étrangères, à commencer par la table {table}</translation>
    </message>
    <message>
        <source>{path}: no such data file</source>
        <extracomment>A file of this name beside the executable of a built copy makes it portable (a USB stick). The data folder of a portable copy, beside the executable. Writes are refused: opened read-only, or (PostgreSQL) the database role may not write (:func:`read_only_text`).</extracomment>
        <translation>{path}&#xa0;: fichier de données introuvable</translation>
    </message>
    <message>
        <source>{path} is already open in another Fieldbook window or process; close it there first</source>
        <translation>{path} est déjà ouvert dans une autre fenêtre ou un autre processus Fieldbook&#xa0;; fermez-le d&apos;abord à cet endroit</translation>
    </message>
    <message>
        <source>empty</source>
        <comment>a store with no schema yet</comment>
        <translation>vide</translation>
    </message>
    <message>
        <source>{where} is not at this version&apos;s schema ({schema}); open it once in Fieldbook (or with a command that writes) to bring it up to date</source>
        <translation>{where} n&apos;est pas au schéma de cette version ({schema})&#xa0;; ouvrez-le une fois dans Fieldbook (ou avec une commande qui écrit) pour le mettre à jour</translation>
    </message>
    <message>
        <source>this store is open read-only: your database role cannot write to it</source>
        <translation>cette base est ouverte en lecture seule : votre rôle de base de données ne permet pas d&apos;y écrire</translation>
    </message>
    <message>
        <source>this store is open read-only</source>
        <translation>cette base est ouverte en lecture seule</translation>
    </message>
    <message>
        <source>{path} is not a readable Fieldbook data file ({reason})</source>
        <translation>{path} n&apos;est pas un fichier de données Fieldbook lisible ({reason})</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); restore a backup from Settings › Backups</source>
        <translation>{path} est endommagé ({problem})&#xa0;; restaurez une sauvegarde depuis Paramètres › Sauvegardes</translation>
    </message>
    <message>
        <source>{path} is not a Fieldbook data file (a database with other tables: {tables}); check the path</source>
        <translation>{path} n&apos;est pas un fichier de données Fieldbook (c&apos;est une base de données contenant d&apos;autres tables&#xa0;: {tables})&#xa0;; vérifiez le chemin</translation>
    </message>
    <message>
        <source>{path} holds no Fieldbook store; check the path, or import into it to create one</source>
        <translation>{path} ne contient aucune base Fieldbook&#xa0;; vérifiez le chemin, ou importez-y des paquets pour en créer une</translation>
    </message>
    <message>
        <source>updating {path} failed ({reason}); the file was restored from {backup}</source>
        <translation>la mise à jour de {path} a échoué ({reason})&#xa0;; le fichier a été restauré à partir de {backup}</translation>
    </message>
    <message>
        <source>creating the store at {where} failed ({reason}); nothing was changed</source>
        <translation>la création de la base dans {where} a échoué ({reason})&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>updating the store from schema {schema} at {where} failed ({reason}); nothing was changed</source>
        <translation>la mise à jour de la base {where} depuis le schéma {schema} a échoué ({reason})&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>{path}: the snapshot taken before an import could not be written to {folder} ({reason}), so nothing was changed: {todo}</source>
        <translation>{path}&#xa0;: l&apos;instantané pris avant une importation n&apos;a pas pu être écrit dans {folder} ({reason}), rien n&apos;a donc été modifié&#xa0;: {todo}</translation>
    </message>
    <message>
        <source>{path}: the backup taken before updating it could not be written to {folder} ({reason}), so nothing was changed: {todo}</source>
        <translation>{path}&#xa0;: la sauvegarde effectuée avant sa mise à jour n&apos;a pas pu être écrite dans {folder} ({reason}), rien n&apos;a donc été modifié&#xa0;: {todo}</translation>
    </message>
    <message>
        <source>{path}: the backup could not be written to {folder} ({reason}), so nothing was changed: {todo}</source>
        <translation>{path}&#xa0;: la sauvegarde n&apos;a pas pu être écrite dans {folder} ({reason}), rien n&apos;a donc été modifié&#xa0;: {todo}</translation>
    </message>
    <message>
        <source>make that folder writable and try again</source>
        <translation>rendez ce dossier accessible en écriture et réessayez</translation>
    </message>
    <message>
        <source>{path}: restoring {backup} failed ({reason}); the data file was left as it was</source>
        <translation>{path}&#xa0;: la restauration de {backup} a échoué ({reason})&#xa0;; le fichier de données est resté tel quel</translation>
    </message>
    <message>
        <source>{path}: the disk is full; free some space on it and try again</source>
        <translation>{path}&#xa0;: le disque est plein&#xa0;; libérez de l&apos;espace sur ce disque et réessayez</translation>
    </message>
    <message>
        <source>{path}: Fieldbook cannot write in its folder {folder} ({reason}); it keeps a lock and a small index beside the data file: copy the file to a folder you can write to, or make this one writable</source>
        <translation>{path}&#xa0;: Fieldbook ne peut pas écrire dans son dossier {folder} ({reason})&#xa0;; il conserve un verrou et un petit index à côté du fichier de données&#xa0;: copiez le fichier dans un dossier dans lequel vous pouvez écrire, ou rendez celui-ci accessible en écriture</translation>
    </message>
    <message>
        <source>{path} is not a Fieldbook data file (it is empty); check the path, or restore a backup</source>
        <translation>{path} n&apos;est pas un fichier de données Fieldbook (il est vide)&#xa0;; vérifiez le chemin, ou restaurez une sauvegarde</translation>
    </message>
    <message>
        <source>{where} was written by a newer version of Fieldbook (schema {schema}); this version knows up to {head}: install the newer version to open it</source>
        <translation>{where} a été écrit par une version plus récente de Fieldbook (schéma {schema})&#xa0;; cette version connaît les schémas jusqu&apos;au {head}&#xa0;: installez la version plus récente pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>database {database} does not exist on the PostgreSQL server at {where}; check the name, or create it (createdb {database})</source>
        <translation>la base de données {database} n&apos;existe pas sur le serveur PostgreSQL {where}&#xa0;; vérifiez le nom, ou créez-la (createdb {database})</translation>
    </message>
    <message>
        <source>the PostgreSQL server at {where} refused user {user} ({reason}); check the user name and password</source>
        <translation>le serveur PostgreSQL {where} a refusé l&apos;utilisateur {user} ({reason})&#xa0;; vérifiez le nom d&apos;utilisateur et le mot de passe</translation>
    </message>
    <message>
        <source>cannot reach the PostgreSQL server at {where}: {reason}; check the address and that the server runs</source>
        <translation>impossible de joindre le serveur PostgreSQL {where}&#xa0;: {reason}&#xa0;; vérifiez l&apos;adresse et que le serveur est bien en marche</translation>
    </message>
</context>
</TS>
