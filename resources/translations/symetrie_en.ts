<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name></name>
    <message>
        <source>Avant</source>
        <extracomment>The display profile in use; ``set_projector`` switches it. kind -&gt; (fill, edge/accent)</extracomment>
        <translation>Before</translation>
    </message>
    <message>
        <source>Pendant</source>
        <translation>During</translation>
    </message>
    <message>
        <source>Après</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Irritant</source>
        <translation>Pain point</translation>
    </message>
    <message>
        <source>Enchantement</source>
        <translation>Delight</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Relationnel</source>
        <translation>Relational</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>Digital</translation>
    </message>
    <message>
        <source>Sens</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Épanouissement</source>
        <translation>Growth</translation>
    </message>
    <message>
        <source>Connexions</source>
        <translation>Connections</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Pride</translation>
    </message>
    <message>
        <source>Écosystème</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Relat.</source>
        <translation>Relat.</translation>
    </message>
    <message>
        <source>Épan.</source>
        <translation>Growth</translation>
    </message>
    <message>
        <source>Conn.</source>
        <translation>Conn.</translation>
    </message>
    <message>
        <source>Écosys.</source>
        <translation>Env.</translation>
    </message>
    <message>
        <source>Vécu client</source>
        <translation>Customer experience</translation>
    </message>
    <message>
        <source>Vécu collaborateur</source>
        <translation>Employee experience</translation>
    </message>
    <message>
        <source>Acteurs (front / back-office)</source>
        <translation>Actors (front / back office)</translation>
    </message>
    <message>
        <source>Canaux et volumétrie</source>
        <translation>Channels and volumes</translation>
    </message>
    <message>
        <source>Outils</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Indicateurs</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Autre couloir</source>
        <translation>Other lane</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Réglages</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Sauvegardes</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>À propos de Symétrie</source>
        <translation>About Symétrie</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Symétrie {v}&lt;/h2&gt;&lt;p&gt;Ateliers de symétrie des attentions, hors ligne.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Symétrie {v}&lt;/h2&gt;&lt;p&gt;Symmetry-of-attention workshops, offline.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>After</name>
    <message>
        <source>Suivi</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Enquête miroir</source>
        <translation>Mirror survey</translation>
    </message>
    <message>
        <source>Autodiagnostic</source>
        <translation>Self-diagnosis</translation>
    </message>
    <message>
        <source>il manque la colonne « {value} » (attendu : question;etape;population;note)</source>
        <translation>the column “{value}” is missing (expected: question;etape;population;note)</translation>
    </message>
    <message>
        <source>la question est vide</source>
        <translation>the question is empty</translation>
    </message>
    <message>
        <source>la question dépasse 500 caractères</source>
        <translation>the question is longer than 500 characters</translation>
    </message>
    <message>
        <source>l&apos;étape « {value} » n&apos;est pas une étape du parcours</source>
        <translation>the step “{value}” is not a step of the journey</translation>
    </message>
    <message>
        <source>population « {value} » : attendu client ou collaborateur</source>
        <translation>population “{value}”: expected client or collaborateur</translation>
    </message>
    <message>
        <source>la note « {value} » n&apos;est pas un nombre</source>
        <translation>the score “{value}” is not a number</translation>
    </message>
    <message>
        <source>la note {value} sort des échelles acceptées (1–4, 1–5, 1–7, 0–10)</source>
        <translation>the score {value} is outside the accepted scales (1–4, 1–5, 1–7, 0–10)</translation>
    </message>
    <message>
        <source>le fichier est vide</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>aucune réponse sous la ligne d&apos;en-tête</source>
        <translation>no answer under the header line</translation>
    </message>
    <message>
        <source>le fichier est trop gros</source>
        <translation>the file is too big</translation>
    </message>
    <message>
        <source>le fichier a trop de lignes</source>
        <translation>the file has too many lines</translation>
    </message>
    <message>
        <source>le CSV est illisible</source>
        <translation>the CSV cannot be read</translation>
    </message>
    <message>
        <source>Enquête refusée, rien n&apos;a été importé : ligne {line}, {why}.</source>
        <translation>Survey refused, nothing was imported: line {line}, {why}.</translation>
    </message>
    <message>
        <source>Enquête refusée, rien n&apos;a été importé : {why}.</source>
        <translation>Survey refused, nothing was imported: {why}.</translation>
    </message>
    <message>
        <source>Importer une enquête miroir</source>
        <translation>Import a mirror survey</translation>
    </message>
    <message>
        <source>Enquête CSV (*.csv *.txt)</source>
        <translation>Survey CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Import impossible</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>« {name} » ne peut pas être lu ({why}).</source>
        <translation>“{name}” cannot be read ({why}).</translation>
    </message>
    <message>
        <source>{n} réponses importées (échelle {lo} à {hi}).</source>
        <translation>{n} answers imported (scale {lo} to {hi}).</translation>
    </message>
    <message>
        <source>Nouvelle séance de suivi</source>
        <translation>New follow-up session</translation>
    </message>
    <message>
        <source>Choisissez un autre fichier que l&apos;atelier ouvert.</source>
        <translation>Choose another file than the open workshop.</translation>
    </message>
    <message>
        <source>Création impossible</source>
        <translation>Cannot create</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>Parcours</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Vécu client</source>
        <translation>Customer experience</translation>
    </message>
    <message>
        <source>Vécu collaborateur</source>
        <translation>Employee experience</translation>
    </message>
    <message>
        <source>Matrice croisée</source>
        <translation>Cross matrix</translation>
    </message>
    <message>
        <source>Brainstorm</source>
        <translation>Brainstorm</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Plan d&apos;actions</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Synthèse</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Break</translation>
    </message>
</context>
<context>
    <name>AgendaBar</name>
    <message>
        <source>Phase %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>Temps restant</source>
        <extracomment>Soft colours for the countdown: calm, last five minutes, time up (two tones that alternate).</extracomment>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Démarrer</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>Phase suivante</source>
        <translation>Next phase</translation>
    </message>
    <message>
        <source>Temps écoulé</source>
        <translation>Time is up</translation>
    </message>
    <message>
        <source>Moins de cinq minutes</source>
        <translation>Less than five minutes</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Aller à cette phase</source>
        <translation>Go to this phase</translation>
    </message>
    <message>
        <source>Durée prévue…</source>
        <translation>Planned duration…</translation>
    </message>
    <message>
        <source>Renommer…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Ajouter une phase après</source>
        <translation>Add a phase after</translation>
    </message>
    <message>
        <source>Nouvelle phase</source>
        <translation>New phase</translation>
    </message>
    <message>
        <source>Ajouter une pause après</source>
        <translation>Add a break after</translation>
    </message>
    <message>
        <source>Déplacer vers la gauche</source>
        <translation>Move left</translation>
    </message>
    <message>
        <source>Déplacer vers la droite</source>
        <translation>Move right</translation>
    </message>
    <message>
        <source>Supprimer cette phase</source>
        <translation>Delete this phase</translation>
    </message>
    <message>
        <source>Renommer la phase</source>
        <translation>Rename the phase</translation>
    </message>
    <message>
        <source>Nom de la phase :</source>
        <translation>Phase name:</translation>
    </message>
    <message>
        <source>Durée prévue</source>
        <translation>Planned duration</translation>
    </message>
    <message>
        <source> (minutes) :</source>
        <translation> (minutes):</translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <source>Organiser l&apos;agenda</source>
        <translation>Shape the agenda</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Page au mur</source>
        <translation>Page on the wall</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Phases de l&apos;agenda</source>
        <translation>Agenda phases</translation>
    </message>
    <message>
        <source>&amp;Ajouter une phase</source>
        <translation>&amp;Add a phase</translation>
    </message>
    <message>
        <source>Ajouter une &amp;pause</source>
        <translation>Add a &amp;break</translation>
    </message>
    <message>
        <source>&amp;Supprimer</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Monter</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>&amp;Descendre</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Nouvelle phase</source>
        <translation>New phase</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>non fixée</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Durée prévue de l&apos;atelier</source>
        <translation>Planned length of the workshop</translation>
    </message>
    <message>
        <source>Nom de la phase</source>
        <translation>Phase name</translation>
    </message>
    <message>
        <source>Type de phase (la page projetée)</source>
        <translation>Phase type (the projected page)</translation>
    </message>
    <message>
        <source>Total des phases : {total}</source>
        <translation>Total of the phases: {total}</translation>
    </message>
    <message>
        <source> — {gap} de plus que la durée prévue ({planned})</source>
        <translation> — {gap} more than the planned length ({planned})</translation>
    </message>
    <message>
        <source> — {gap} de moins que la durée prévue ({planned})</source>
        <translation> — {gap} less than the planned length ({planned})</translation>
    </message>
    <message>
        <source> — exactement la durée prévue</source>
        <translation> — exactly the planned length</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Symétrie — vue public</source>
        <translation>Symétrie — audience view</translation>
    </message>
    <message>
        <source>Tableau du parcours (vue public)</source>
        <translation>Journey board (audience view)</translation>
    </message>
</context>
<context>
    <name>Bars</name>
    <message>
        <source>{label} : {n}</source>
        <translation>{label}: {n}</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>Avant</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Pendant</source>
        <translation>During</translation>
    </message>
    <message>
        <source>Après</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Irritant</source>
        <translation>Pain point</translation>
    </message>
    <message>
        <source>Enchantement</source>
        <translation>Delight</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Vécu client</source>
        <translation>Customer experience</translation>
    </message>
    <message>
        <source>Vécu collaborateur</source>
        <translation>Employee experience</translation>
    </message>
    <message>
        <source>Acteurs (front / back-office)</source>
        <translation>Actors (front / back office)</translation>
    </message>
    <message>
        <source>Canaux et volumétrie</source>
        <translation>Channels and volumes</translation>
    </message>
    <message>
        <source>Outils</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Indicateurs</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Autre couloir</source>
        <translation>Other lane</translation>
    </message>
    <message>
        <source>Relationnel</source>
        <translation>Relational</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>Digital</translation>
    </message>
    <message>
        <source>Sens</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Épanouissement</source>
        <translation>Growth</translation>
    </message>
    <message>
        <source>Connexions</source>
        <translation>Connections</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Pride</translation>
    </message>
    <message>
        <source>Écosystème</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Relat.</source>
        <translation>Relat.</translation>
    </message>
    <message>
        <source>Épan.</source>
        <translation>Growth</translation>
    </message>
    <message>
        <source>Conn.</source>
        <translation>Conn.</translation>
    </message>
    <message>
        <source>Écosys.</source>
        <translation>Env.</translation>
    </message>
    <message>
        <source>ce que vit le client</source>
        <translation>what the customer lives through</translation>
    </message>
    <message>
        <source>ce que vivent les équipes</source>
        <translation>what the teams live through</translation>
    </message>
    <message>
        <source>Ajouter une étape</source>
        <translation>Add a step</translation>
    </message>
    <message>
        <source>Ajouter un couloir</source>
        <translation>Add a lane</translation>
    </message>
    <message>
        <source>Post-it liés (clic droit sur un post-it pour délier)</source>
        <translation>Linked sticky notes (right-click a sticky note to unlink)</translation>
    </message>
</context>
<context>
    <name>BoardDrawing</name>
    <message>
        <source>Dessin du tableau…</source>
        <translation>Drawing the board…</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Exporter le tableau</source>
        <translation>Export the board</translation>
    </message>
</context>
<context>
    <name>BoardEditor</name>
    <message>
        <source>Entrée : valider · Maj+Entrée : à la ligne · Échap : annuler</source>
        <translation>Enter: confirm · Shift+Enter: new line · Esc: cancel</translation>
    </message>
    <message>
        <source> · Alt+1/2/3 : irritant / enchantement / note</source>
        <translation> · Alt+1/2/3: pain point / delight / note</translation>
    </message>
    <message>
        <source>  (Alt+1/2/3)</source>
        <translation>  (Alt+1/2/3)</translation>
    </message>
</context>
<context>
    <name>BoardMenu</name>
    <message>
        <source>Ajouter un post-it ici</source>
        <translation>Add a sticky note here</translation>
    </message>
    <message>
        <source>Modifier le texte…</source>
        <translation>Edit the text…</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Étiquettes</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Sans auteur</source>
        <translation>No author</translation>
    </message>
    <message>
        <source>Lier ces deux post-it	L</source>
        <translation>Link these two sticky notes	L</translation>
    </message>
    <message>
        <source>Délier de « {text} »</source>
        <translation>Unlink from “{text}”</translation>
    </message>
    <message>
        <source>Dupliquer	Ctrl+D</source>
        <translation>Duplicate	Ctrl+D</translation>
    </message>
    <message>
        <source>Supprimer	Suppr</source>
        <translation>Delete	Del</translation>
    </message>
    <message>
        <source>Renommer l&apos;étape</source>
        <translation>Rename the step</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Insérer une étape avant</source>
        <translation>Insert a step before</translation>
    </message>
    <message>
        <source>Insérer une étape après</source>
        <translation>Insert a step after</translation>
    </message>
    <message>
        <source>Supprimer l&apos;étape…</source>
        <translation>Delete the step…</translation>
    </message>
    <message>
        <source>Renommer le couloir</source>
        <translation>Rename the lane</translation>
    </message>
    <message>
        <source>Ajouter un couloir</source>
        <translation>Add a lane</translation>
    </message>
    <message>
        <source>Supprimer le couloir…</source>
        <translation>Delete the lane…</translation>
    </message>
    <message>
        <source>Les couloirs client et collaborateur sont toujours là.</source>
        <translation>The customer and employee lanes are always there.</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Pour lier, sélectionnez un post-it client et un post-it collaborateur de la même étape, puis appuyez sur L.</source>
        <translation>To link, select a customer sticky note and an employee sticky note of the same step, then press L.</translation>
    </message>
    <message>
        <source>Un post-it ne peut pas être vide : son texte est gardé. Pour le retirer, sélectionnez-le et appuyez sur Suppr.</source>
        <translation>A sticky note cannot be blank: its text has been kept. To remove it, select it and press Del.</translation>
    </message>
    <message>
        <source>Nouvelle étape</source>
        <translation>New step</translation>
    </message>
    <message>
        <source>Nouveau couloir</source>
        <translation>New lane</translation>
    </message>
    <message>
        <source>Supprimer l&apos;étape</source>
        <translation>Delete the step</translation>
    </message>
    <message>
        <source>L&apos;étape « {name} » contient {n} post-it. La supprimer avec ses post-it ? (Ctrl+Z la fait revenir.)</source>
        <translation>The step “{name}” holds {n} sticky note(s). Delete it with its sticky notes? (Ctrl+Z brings it back.)</translation>
    </message>
    <message>
        <source>Le couloir « {name} » fait la symétrie des attentions : il est toujours là et ne peut pas être supprimé.</source>
        <translation>The lane “{name}” is one half of the symmetry of attention: it is always there and cannot be deleted.</translation>
    </message>
    <message>
        <source>Supprimer le couloir</source>
        <translation>Delete the lane</translation>
    </message>
    <message>
        <source>Le couloir « {name} » contient {n} post-it. Le supprimer avec ses post-it ? (Ctrl+Z le fait revenir.)</source>
        <translation>The lane “{name}” holds {n} sticky note(s). Delete it with its sticky notes? (Ctrl+Z brings it back.)</translation>
    </message>
    <message>
        <source>Les couloirs « Vécu client » et « Vécu collaborateur » restent en haut, l&apos;un au-dessus de l&apos;autre.</source>
        <translation>The “Customer experience” and “Employee experience” lanes stay at the top, one above the other.</translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <source>Étape courante : Alt+← / Alt+→ pour changer, ou cliquez une étape sur le tableau</source>
        <translation>Current step: Alt+← / Alt+→ to change it, or click a step on the board</translation>
    </message>
    <message>
        <source>Couloir (Tab / Maj+Tab)</source>
        <translation>Lane (Tab / Shift+Tab)</translation>
    </message>
    <message>
        <source>Type (Alt+1 irritant, Alt+2 enchantement, Alt+3 note)</source>
        <translation>Type (Alt+1 pain point, Alt+2 delight, Alt+3 note)</translation>
    </message>
    <message>
        <source>Auteur (Ctrl+1 … Ctrl+9)</source>
        <translation>Author (Ctrl+1 … Ctrl+9)</translation>
    </message>
    <message>
        <source>Saisie rapide : texte puis Entrée · Tab couloir · Alt+1/2/3 irritant / enchantement / note · Alt+←/→ étape · Ctrl+1…9 auteur</source>
        <translation>Quick entry: text then Enter · Tab lane · Alt+1/2/3 pain point / delight / note · Alt+←/→ step · Ctrl+1…9 author</translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Sans auteur</source>
        <translation>No author</translation>
    </message>
    <message>
        <source>Étape {n} : {name}</source>
        <translation>Step {n}: {name}</translation>
    </message>
    <message>
        <source>Aucune étape</source>
        <translation>No step</translation>
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <source>Sans échéance</source>
        <translation>No due date</translation>
    </message>
</context>
<context>
    <name>Decide</name>
    <message>
        <source>Matrice croisée</source>
        <translation>Cross matrix</translation>
    </message>
    <message>
        <source>Brainstorm et vote</source>
        <translation>Brainstorm and vote</translation>
    </message>
    <message>
        <source>Plan d&apos;actions</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Enseignements</source>
        <translation>Insights</translation>
    </message>
    <message>
        <source>Priorité 1 — irritants croisés</source>
        <translation>Priority 1 — pain points on both sides</translation>
    </message>
    <message>
        <source>Priorité 2 — enchantement client / irritant collaborateur</source>
        <translation>Priority 2 — customer delight / employee pain point</translation>
    </message>
    <message>
        <source>À examiner — irritant client / enchantement collaborateur</source>
        <translation>To examine — customer pain point / employee delight</translation>
    </message>
    <message>
        <source>À capitaliser — enchantements croisés</source>
        <translation>To capitalise — delight on both sides</translation>
    </message>
    <message>
        <source>Hors matrice</source>
        <translation>Outside the matrix</translation>
    </message>
    <message>
        <source>Priorité 1</source>
        <translation>Priority 1</translation>
    </message>
    <message>
        <source>Priorité 2</source>
        <translation>Priority 2</translation>
    </message>
    <message>
        <source>À examiner</source>
        <translation>To examine</translation>
    </message>
    <message>
        <source>À capitaliser</source>
        <translation>To capitalise</translation>
    </message>
    <message>
        <source>À traiter en premier.</source>
        <translation>Fix first.</translation>
    </message>
    <message>
        <source>Juste après : le personnel compense un processus défaillant par sa bonne volonté, et elle s&apos;épuisera.</source>
        <translation>Right after: the staff make up for a broken process with goodwill, and it will run out.</translation>
    </message>
    <message>
        <source>Regarder les indicateurs et les canaux : le personnel peut apprécier ce qui gêne les clients.</source>
        <translation>Look at the indicators and channels: the staff may like what bothers customers.</translation>
    </message>
    <message>
        <source>À protéger et à diffuser.</source>
        <translation>Protect it and spread it.</translation>
    </message>
    <message>
        <source>À faire</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Fait</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Relationnel</source>
        <translation>Relational</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>Digital</translation>
    </message>
    <message>
        <source>Sens</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Épanouissement</source>
        <translation>Growth</translation>
    </message>
    <message>
        <source>Connexions</source>
        <translation>Connections</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Pride</translation>
    </message>
    <message>
        <source>Écosystème</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Collab.</source>
        <translation>Empl.</translation>
    </message>
</context>
<context>
    <name>DiagnosisPage</name>
    <message>
        <source>Autodiagnostic de l&apos;expérience collaborateur</source>
        <translation>Employee-experience self-diagnosis</translation>
    </message>
    <message>
        <source>Chaque personne répond seule, sans nom : 1 pas du tout d&apos;accord, 2 plutôt pas, 3 plutôt, 4 tout à fait. « Enregistrer » garde ses réponses et vide le formulaire pour la suivante.</source>
        <translation>Each person answers alone, with no name: 1 strongly disagree, 2 rather disagree, 3 rather agree, 4 strongly agree. “Record” keeps their answers and empties the form for the next person.</translation>
    </message>
    <message>
        <source>Commencer l&apos;autodiagnostic (25 affirmations)</source>
        <translation>Start the self-diagnosis (25 statements)</translation>
    </message>
    <message>
        <source>QR code de l&apos;autodiagnostic</source>
        <translation>Self-diagnosis QR code</translation>
    </message>
    <message>
        <source>Enregistrer les réponses de cette personne</source>
        <translation>Record this person&apos;s answers</translation>
    </message>
    <message>
        <source>Leviers pour les dimensions les plus faibles :</source>
        <translation>Levers for the weakest dimensions:</translation>
    </message>
    <message>
        <source>Leviers proposés</source>
        <translation>Suggested levers</translation>
    </message>
    <message>
        <source>Ajouter les leviers cochés au plan d&apos;actions</source>
        <translation>Add the ticked levers to the action plan</translation>
    </message>
    <message>
        <source>Afficher le radar au mur</source>
        <translation>Show the radar on the wall</translation>
    </message>
    <message>
        <source>Plein écran sur le projecteur (Échap pour fermer)</source>
        <translation>Full screen on the projector (Esc to close)</translation>
    </message>
    <message>
        <source>Modifier le questionnaire</source>
        <translation>Edit the questionnaire</translation>
    </message>
    <message>
        <source>Affirmation à modifier</source>
        <translation>Statement to edit</translation>
    </message>
    <message>
        <source>Texte de l&apos;affirmation</source>
        <translation>Text of the statement</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Reformuler</source>
        <translation>Reword</translation>
    </message>
    <message>
        <source>Même question, mieux dite : les réponses déjà données restent</source>
        <translation>Same question, better put: the answers already given stay</translation>
    </message>
    <message>
        <source>Remplacer</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Une autre question : les réponses données à l&apos;ancienne sont retirées</source>
        <translation>Another question: the answers given to the old one are removed</translation>
    </message>
    <message>
        <source>Ajouter dans la dimension</source>
        <translation>Add to the dimension</translation>
    </message>
    <message>
        <source>Pas du tout d&apos;accord</source>
        <translation>Strongly disagree</translation>
    </message>
    <message>
        <source>Plutôt pas d&apos;accord</source>
        <translation>Rather disagree</translation>
    </message>
    <message>
        <source>Plutôt d&apos;accord</source>
        <translation>Rather agree</translation>
    </message>
    <message>
        <source>Tout à fait d&apos;accord</source>
        <translation>Strongly agree</translation>
    </message>
    <message>
        <source>La salle est ouverte : chacun peut aussi répondre depuis son téléphone, à l&apos;adresse {url}</source>
        <translation>The room is open: everyone can also answer from their phone, at {url}</translation>
    </message>
    <message>
        <source>{n} réponse(s) enregistrée(s)</source>
        <translation>{n} response(s) recorded</translation>
    </message>
    <message>
        <source>À construire</source>
        <translation>To build</translation>
    </message>
    <message>
        <source>En chemin</source>
        <translation>On the way</translation>
    </message>
    <message>
        <source>Ancrée</source>
        <translation>Anchored</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Modifier l&apos;atelier</source>
        <translation>Edit the workshop</translation>
    </message>
    <message>
        <source>Ajouter un participant</source>
        <translation>Add a participant</translation>
    </message>
    <message>
        <source>Ajouter des participants</source>
        <translation>Add participants</translation>
    </message>
    <message>
        <source>Modifier un participant</source>
        <translation>Edit a participant</translation>
    </message>
    <message>
        <source>Supprimer un participant</source>
        <translation>Remove a participant</translation>
    </message>
    <message>
        <source>Ajouter une étape</source>
        <translation>Add a step</translation>
    </message>
    <message>
        <source>Modifier une étape</source>
        <translation>Edit a step</translation>
    </message>
    <message>
        <source>Déplacer une étape</source>
        <translation>Move a step</translation>
    </message>
    <message>
        <source>Supprimer une étape</source>
        <translation>Delete a step</translation>
    </message>
    <message>
        <source>Ajouter un couloir</source>
        <translation>Add a lane</translation>
    </message>
    <message>
        <source>Renommer un couloir</source>
        <translation>Rename a lane</translation>
    </message>
    <message>
        <source>Déplacer un couloir</source>
        <translation>Move a lane</translation>
    </message>
    <message>
        <source>Supprimer un couloir</source>
        <translation>Delete a lane</translation>
    </message>
    <message>
        <source>Ajouter un post-it</source>
        <translation>Add a sticky note</translation>
    </message>
    <message>
        <source>Post-it reçu d&apos;un téléphone</source>
        <translation>Sticky note from a phone</translation>
    </message>
    <message>
        <source>Post-it reçus des téléphones</source>
        <translation>Sticky notes from phones</translation>
    </message>
    <message>
        <source>Post-it mis en attente</source>
        <translation>Sticky note put on hold</translation>
    </message>
    <message>
        <source>Accepter un post-it de la salle</source>
        <translation>Accept a sticky note from the room</translation>
    </message>
    <message>
        <source>Fusionner un post-it de la salle</source>
        <translation>Merge a sticky note from the room</translation>
    </message>
    <message>
        <source>Refuser un post-it de la salle</source>
        <translation>Turn down a sticky note from the room</translation>
    </message>
    <message>
        <source>Corriger un post-it en attente</source>
        <translation>Correct a waiting sticky note</translation>
    </message>
    <message>
        <source>Retirer un post-it en attente</source>
        <translation>Withdraw a waiting sticky note</translation>
    </message>
    <message>
        <source>Accepter un nom tapé sur un téléphone</source>
        <translation>Accept a name typed on a phone</translation>
    </message>
    <message>
        <source>Modifier un post-it</source>
        <translation>Edit a sticky note</translation>
    </message>
    <message>
        <source>Modifier des post-it</source>
        <translation>Edit sticky notes</translation>
    </message>
    <message>
        <source>Déplacer un post-it</source>
        <translation>Move a sticky note</translation>
    </message>
    <message>
        <source>Déplacer {n} post-it</source>
        <translation>Move {n} sticky notes</translation>
    </message>
    <message>
        <source>Dupliquer un post-it</source>
        <translation>Duplicate a sticky note</translation>
    </message>
    <message>
        <source>Dupliquer {n} post-it</source>
        <translation>Duplicate {n} sticky notes</translation>
    </message>
    <message>
        <source>Supprimer un post-it</source>
        <translation>Delete a sticky note</translation>
    </message>
    <message>
        <source>Supprimer {n} post-it</source>
        <translation>Delete {n} sticky notes</translation>
    </message>
    <message>
        <source>Lier deux post-it</source>
        <translation>Link two sticky notes</translation>
    </message>
    <message>
        <source>Délier deux post-it</source>
        <translation>Unlink two sticky notes</translation>
    </message>
    <message>
        <source>Ajouter une idée</source>
        <translation>Add an idea</translation>
    </message>
    <message>
        <source>Idée depuis un irritant</source>
        <translation>Idea from a pain point</translation>
    </message>
    <message>
        <source>Regrouper des idées</source>
        <translation>Group ideas</translation>
    </message>
    <message>
        <source>Changer le thème d&apos;une idée</source>
        <translation>Change an idea&apos;s theme</translation>
    </message>
    <message>
        <source>Renommer un thème</source>
        <translation>Rename a theme</translation>
    </message>
    <message>
        <source>Modifier une idée</source>
        <translation>Edit an idea</translation>
    </message>
    <message>
        <source>Fusionner {n} idées</source>
        <translation>Merge {n} ideas</translation>
    </message>
    <message>
        <source>Supprimer une idée</source>
        <translation>Delete an idea</translation>
    </message>
    <message>
        <source>Supprimer {n} idées</source>
        <translation>Delete {n} ideas</translation>
    </message>
    <message>
        <source>Voter</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Retirer un vote</source>
        <translation>Take back a dot</translation>
    </message>
    <message>
        <source>Révéler les votes</source>
        <translation>Reveal the votes</translation>
    </message>
    <message>
        <source>Masquer les votes</source>
        <translation>Hide the votes</translation>
    </message>
    <message>
        <source>Exclure du vote</source>
        <translation>Leave out of the vote</translation>
    </message>
    <message>
        <source>Changer le nombre de votes</source>
        <translation>Change the number of dots</translation>
    </message>
    <message>
        <source>Ajouter une action</source>
        <translation>Add an action</translation>
    </message>
    <message>
        <source>Action depuis une idée</source>
        <translation>Action from an idea</translation>
    </message>
    <message>
        <source>Modifier une action</source>
        <translation>Edit an action</translation>
    </message>
    <message>
        <source>Supprimer une action</source>
        <translation>Delete an action</translation>
    </message>
    <message>
        <source>Faire le point sur une action</source>
        <translation>Review an action</translation>
    </message>
    <message>
        <source>Marquer un irritant résolu</source>
        <translation>Mark an irritant solved</translation>
    </message>
    <message>
        <source>Irritant non résolu</source>
        <translation>Irritant not solved</translation>
    </message>
    <message>
        <source>Commencer l&apos;autodiagnostic</source>
        <translation>Start the self-diagnosis</translation>
    </message>
    <message>
        <source>Ajouter une affirmation</source>
        <translation>Add a statement</translation>
    </message>
    <message>
        <source>Modifier une affirmation</source>
        <translation>Edit a statement</translation>
    </message>
    <message>
        <source>Remplacer une affirmation</source>
        <translation>Replace a statement</translation>
    </message>
    <message>
        <source>Supprimer une affirmation</source>
        <translation>Delete a statement</translation>
    </message>
    <message>
        <source>Enregistrer des réponses</source>
        <translation>Record answers</translation>
    </message>
    <message>
        <source>Supprimer des réponses</source>
        <translation>Delete answers</translation>
    </message>
    <message>
        <source>Actions depuis les leviers</source>
        <translation>Actions from the levers</translation>
    </message>
    <message>
        <source>Importer une enquête miroir</source>
        <translation>Import a mirror survey</translation>
    </message>
    <message>
        <source>Modifier la durée</source>
        <translation>Change the duration</translation>
    </message>
    <message>
        <source>Avancer l&apos;agenda</source>
        <translation>Move the agenda on</translation>
    </message>
    <message>
        <source>Organiser l&apos;agenda</source>
        <translation>Shape the agenda</translation>
    </message>
    <message>
        <source>Renommer une phase</source>
        <translation>Rename a phase</translation>
    </message>
    <message>
        <source>Ajouter une phase</source>
        <translation>Add a phase</translation>
    </message>
    <message>
        <source>Ajouter une pause</source>
        <translation>Add a break</translation>
    </message>
    <message>
        <source>Supprimer une phase</source>
        <translation>Delete a phase</translation>
    </message>
    <message>
        <source>Déplacer une phase</source>
        <translation>Move a phase</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Exporter la synthèse (PDF)…</source>
        <extracomment>What a background export runs: (workshop, path, lang, progress) -&gt; pages, rows or slides. A PDF was written: its path and its number of pages (also for Imprimer…). A workbook or a deck was written off the UI thread: its path. An export ended without a file: cancelled, or failed (the message is shown too).</extracomment>
        <translation>Export the summary (PDF)…</translation>
    </message>
    <message>
        <source>Exporter le plan d&apos;actions (CSV)…</source>
        <translation>Export the action plan (CSV)…</translation>
    </message>
    <message>
        <source>Exporter la synthèse (Markdown)…</source>
        <translation>Export the summary (Markdown)…</translation>
    </message>
    <message>
        <source>Exporter l&apos;atelier pour Excel (XLSX)…</source>
        <translation>Export the workshop for Excel (XLSX)…</translation>
    </message>
    <message>
        <source>Exporter le diaporama du comité (PowerPoint)…</source>
        <translation>Export the steering-committee deck (PowerPoint)…</translation>
    </message>
    <message>
        <source>Imprimer…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Exporter la synthèse</source>
        <translation>Export the summary</translation>
    </message>
    <message>
        <source>{name} - synthèse.pdf</source>
        <translation>{name} - summary.pdf</translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Écriture de la synthèse…</source>
        <translation>Writing the summary…</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Synthèse</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Synthèse ouverte pour impression ({n} pages).</source>
        <translation>Summary opened for printing ({n} pages).</translation>
    </message>
    <message>
        <source>Synthèse enregistrée : {name} ({n} pages).</source>
        <translation>Summary saved: {name} ({n} pages).</translation>
    </message>
    <message>
        <source>La synthèse n&apos;a pas pu être écrite ({why}).</source>
        <translation>The summary could not be written ({why}).</translation>
    </message>
    <message>
        <source>Export de la synthèse annulé : aucun fichier écrit.</source>
        <translation>Summary export cancelled: no file written.</translation>
    </message>
    <message>
        <source>Exporter le tableau (PNG)</source>
        <translation>Export the board (PNG)</translation>
    </message>
    <message>
        <source>{name} - tableau.png</source>
        <translation>{name} - board.png</translation>
    </message>
    <message>
        <source>Images PNG (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Tableau exporté : {path}</source>
        <translation>Board exported: {path}</translation>
    </message>
    <message>
        <source>Écriture de l&apos;image…</source>
        <translation>Writing the picture…</translation>
    </message>
    <message>
        <source>Exporter le tableau</source>
        <translation>Export the board</translation>
    </message>
    <message>
        <source>Export du tableau annulé : aucun fichier écrit.</source>
        <translation>Board export cancelled: no file written.</translation>
    </message>
    <message>
        <source>Exporter le plan d&apos;actions</source>
        <translation>Export the action plan</translation>
    </message>
    <message>
        <source>{name} - plan d&apos;actions.csv</source>
        <translation>{name} - action plan.csv</translation>
    </message>
    <message>
        <source>Tableur CSV (*.csv)</source>
        <translation>CSV spreadsheet (*.csv)</translation>
    </message>
    <message>
        <source>Exporter la synthèse en Markdown</source>
        <translation>Export the summary as Markdown</translation>
    </message>
    <message>
        <source>{name} - synthèse.md</source>
        <translation>{name} - summary.md</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Exporter l&apos;atelier pour Excel</source>
        <translation>Export the workshop for Excel</translation>
    </message>
    <message>
        <source>{name}.xlsx</source>
        <translation>{name}.xlsx</translation>
    </message>
    <message>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Écriture du classeur Excel…</source>
        <translation>Writing the Excel workbook…</translation>
    </message>
    <message>
        <source>Exporter le diaporama du comité</source>
        <translation>Export the steering-committee deck</translation>
    </message>
    <message>
        <source>{name} - comité.pptx</source>
        <translation>{name} - steering committee.pptx</translation>
    </message>
    <message>
        <source>Présentation PowerPoint (*.pptx)</source>
        <translation>PowerPoint presentation (*.pptx)</translation>
    </message>
    <message>
        <source>« {name} » n&apos;a pas pu être écrit ({why}).</source>
        <translation>“{name}” could not be written ({why}).</translation>
    </message>
    <message>
        <source>Exporté : {name}</source>
        <translation>Exported: {name}</translation>
    </message>
    <message>
        <source>Écriture du diaporama…</source>
        <translation>Writing the slide deck…</translation>
    </message>
    <message>
        <source>Symétrie</source>
        <translation>Symétrie</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Revue du plan d&apos;actions</source>
        <translation>Action plan review</translation>
    </message>
    <message>
        <source>Actions reprises de la séance précédente</source>
        <translation>Actions carried from the previous session</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Porteur</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dernier point</source>
        <translation>Last update</translation>
    </message>
    <message>
        <source>Historique de l&apos;action</source>
        <translation>History of the action</translation>
    </message>
    <message>
        <source>Point d&apos;avancement</source>
        <translation>Progress note</translation>
    </message>
    <message>
        <source>Date du point</source>
        <translation>Date of the review</translation>
    </message>
    <message>
        <source>Faire le point</source>
        <translation>Record the review</translation>
    </message>
    <message>
        <source>Post-it de la séance précédente (preuves)</source>
        <translation>Sticky notes of the previous session (evidence)</translation>
    </message>
    <message>
        <source>Post-it de la séance précédente</source>
        <translation>Sticky notes of the previous session</translation>
    </message>
    <message>
        <source>Irritant résolu par cette action</source>
        <translation>Pain point solved by this action</translation>
    </message>
    <message>
        <source>Séance de suivi n° {n} : {count} actions reprises de « {title} ». Les actions en retard sont en rouge.</source>
        <translation>Follow-up session no. {n}: {count} actions carried from “{title}”. Late actions are in red.</translation>
    </message>
    <message>
        <source>Cet atelier est une première séance. Fichier &gt; Nouvelle séance de suivi crée la suivante, avec le plan à revoir.</source>
        <translation>This workshop is a first session. File &gt; New follow-up session creates the next one, with the plan to review.</translation>
    </message>
    <message>
        <source>{state} — en retard</source>
        <translation>{state} — late</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Collab.</source>
        <translation>Empl.</translation>
    </message>
    <message>
        <source>irritant</source>
        <translation>pain point</translation>
    </message>
    <message>
        <source>enchantement</source>
        <translation>delight</translation>
    </message>
</context>
<context>
    <name>IdeaTreeModel</name>
    <message>
        <source>Idée</source>
        <extracomment>Pushes an edit made in a view; the page replaces it to show refusals inline.</extracomment>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Irritants</source>
        <translation>Pain points</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Dots</translation>
    </message>
    <message>
        <source>Mes points</source>
        <translation>My dots</translation>
    </message>
    <message>
        <source>Sans thème</source>
        <translation>No theme</translation>
    </message>
    <message>
        <source>{theme} ({n})</source>
        <translation>{theme} ({n})</translation>
    </message>
    <message>
        <source>Résultats masqués jusqu&apos;à « Révéler »</source>
        <translation>Results hidden until “Reveal”</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>Enchantements client : relationnels ou digitaux ?</source>
        <translation>Customer delights: relational or digital?</translation>
    </message>
    <message>
        <source>Enchantements client</source>
        <translation>Customer delights</translation>
    </message>
    <message>
        <source>Pour comparer : irritants client</source>
        <translation>For comparison: customer pain points</translation>
    </message>
    <message>
        <source>Irritants collaborateur par dimension</source>
        <translation>Employee pain points by dimension</translation>
    </message>
    <message>
        <source>Angles morts : étapes sans vécu collaborateur</source>
        <translation>Blind spots: steps with no employee experience</translation>
    </message>
    <message>
        <source>À examiner : indicateurs et canaux de l&apos;étape</source>
        <translation>To examine: the step&apos;s indicators and channels</translation>
    </message>
    <message>
        <source>Enseignements de l&apos;atelier</source>
        <translation>What the workshop shows</translation>
    </message>
    <message>
        <source>Sans dimension</source>
        <translation>No dimension</translation>
    </message>
    <message>
        <source>La dimension la plus citée est &lt;b&gt;{dim}&lt;/b&gt; ({n} irritant(s)) :&lt;ul&gt;{ex}&lt;/ul&gt;</source>
        <translation>The dimension cited most is &lt;b&gt;{dim}&lt;/b&gt; ({n} pain point(s)):&lt;ul&gt;{ex}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Aucun irritant collaborateur n&apos;est rattaché à une dimension.</source>
        <translation>No employee pain point is tagged with a dimension.</translation>
    </message>
    <message>
        <source>Relationnel</source>
        <translation>Relational</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>Digital</translation>
    </message>
    <message>
        <source>Les deux</source>
        <translation>Both</translation>
    </message>
    <message>
        <source>Non étiqueté</source>
        <translation>Untagged</translation>
    </message>
    <message>
        <source>Le terrain affirme que presque tous les moments d&apos;enchantement sont &lt;i&gt;relationnels&lt;/i&gt; (une personne a aidé le client).</source>
        <translation>Field studies say that almost all moments of delight are &lt;i&gt;relational&lt;/i&gt; (a person helped the customer).</translation>
    </message>
    <message>
        <source>Aucun enchantement client n&apos;est étiqueté relationnel ou digital : étiquetez les post-it pour vérifier sur vos propres données.</source>
        <translation>No customer delight is tagged relational or digital: tag the sticky notes to check on your own data.</translation>
    </message>
    <message>
        <source>Dans cet atelier, &lt;b&gt;{r} enchantement(s) sur {t}&lt;/b&gt; étiquetés sont relationnels (&lt;b&gt;{pct} %&lt;/b&gt;), {d} digitaux.</source>
        <translation>In this workshop, &lt;b&gt;{r} of {t} tagged delight(s)&lt;/b&gt; are relational (&lt;b&gt;{pct}%&lt;/b&gt;), {d} digital.</translation>
    </message>
    <message>
        <source>Ce constat repose sur {t} post-it étiqueté(s).</source>
        <translation>This finding rests on {t} tagged sticky note(s).</translation>
    </message>
    <message>
        <source>C&apos;est trop peu pour trancher : il en faut au moins {min} pour que l&apos;écart à {pct} % ne tienne pas au hasard.</source>
        <translation>That is too few to settle it: at least {min} are needed for the gap to {pct} % not to be chance.</translation>
    </message>
    <message>
        <source>L&apos;atelier &lt;b&gt;confirme&lt;/b&gt; l&apos;affirmation.</source>
        <translation>The workshop &lt;b&gt;bears it out&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>L&apos;atelier &lt;b&gt;nuance&lt;/b&gt; l&apos;affirmation : le digital enchante aussi ici.</source>
        <translation>The workshop &lt;b&gt;qualifies&lt;/b&gt; it: digital delights here too.</translation>
    </message>
    <message>
        <source>Chaque étape a au moins un post-it collaborateur.</source>
        <translation>Every step has at least one employee sticky note.</translation>
    </message>
    <message>
        <source>{n} post-it client</source>
        <translation>{n} customer sticky note(s)</translation>
    </message>
    <message>
        <source>Personne n&apos;a parlé pour les équipes sur ces étapes : le diagnostic croisé y est aveugle.&lt;ul&gt;{items}&lt;/ul&gt;</source>
        <translation>Nobody spoke for the teams at these steps: the cross diagnosis is blind there.&lt;ul&gt;{items}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Aucune paire À examiner.</source>
        <translation>No To examine pair.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Collab.</source>
        <translation>Empl.</translation>
    </message>
    <message>
        <source>Indicateurs</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Canaux</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>&lt;i&gt;aucun indicateur noté&lt;/i&gt;</source>
        <translation>&lt;i&gt;no indicator noted&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;aucun canal noté&lt;/i&gt;</source>
        <translation>&lt;i&gt;no channel noted&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Le personnel peut apprécier ce qui gêne les clients : lire ces paires avec les indicateurs sur lesquels il est jugé.</source>
        <translation>The staff may like what bothers customers: read these pairs with the indicators the staff are judged on.</translation>
    </message>
</context>
<context>
    <name>IrritantListModel</name>
    <message>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Collaborateur</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>  · {n} idée(s)</source>
        <translation>  · {n} idea(s)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Agenda</source>
        <extracomment>Windows replaced by a rebuilt one (language change) stay referenced until closed. The backup made at opening failed (emitted from its worker thread), with why.</extracomment>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Nouveau</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>Atelier vierge…</source>
        <translation>Blank workshop…</translation>
    </message>
    <message>
        <source>Modèle : {label}…</source>
        <translation>Template: {label}…</translation>
    </message>
    <message>
        <source>&amp;Ouvrir…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Ouvrir la &amp;démo</source>
        <translation>Open the &amp;demo</translation>
    </message>
    <message>
        <source>Fichiers &amp;récents</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <source>Dossier des sauvegardes</source>
        <translation>Backups folder</translation>
    </message>
    <message>
        <source>Enregistrer une &amp;copie sous…</source>
        <translation>Save a &amp;copy as…</translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Exporter le tableau (PNG)…</source>
        <translation>Export the board (PNG)…</translation>
    </message>
    <message>
        <source>Nouvelle séance de suivi…</source>
        <translation>New follow-up session…</translation>
    </message>
    <message>
        <source>Importer une enquête miroir…</source>
        <translation>Import a mirror survey…</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Édition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Supprimer	Suppr</source>
        <translation>Delete	Del</translation>
    </message>
    <message>
        <source>Dupliquer</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Lier les deux post-it sélectionnés	L</source>
        <translation>Link the two selected sticky notes	L</translation>
    </message>
    <message>
        <source>Tout sélectionner</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>Ajouter une étape</source>
        <translation>Add a step</translation>
    </message>
    <message>
        <source>Préférences…</source>
        <translation>Preferences…</translation>
    </message>
    <message>
        <source>Auteur actif</source>
        <translation>Active author</translation>
    </message>
    <message>
        <source>Sans auteur</source>
        <translation>No author</translation>
    </message>
    <message>
        <source>Participant n° {n}</source>
        <translation>Participant no. {n}</translation>
    </message>
    <message>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Zoom avant</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom arrière</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Tout le tableau</source>
        <translation>Whole board</translation>
    </message>
    <message>
        <source>Taille réelle</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <source>Mode projecteur</source>
        <translation>Projector mode</translation>
    </message>
    <message>
        <source>Quitter le mode projecteur</source>
        <translation>Leave projector mode</translation>
    </message>
    <message>
        <source>Saisie rapide</source>
        <translation>Quick entry</translation>
    </message>
    <message>
        <source>Fenêtre public (second écran)</source>
        <translation>Audience window (second screen)</translation>
    </message>
    <message>
        <source>La fenêtre public suit ma vue</source>
        <translation>The audience window follows my view</translation>
    </message>
    <message>
        <source>Phases du parcours : projeter mon tableau en direct</source>
        <translation>Journey phases: project my live board</translation>
    </message>
    <message>
        <source>Ouvrir la salle (téléphones)…</source>
        <translation>Open the room (phones)…</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>Démarrer / mettre en pause</source>
        <translation>Start / pause</translation>
    </message>
    <message>
        <source>Ajouter une minute</source>
        <translation>Add a minute</translation>
    </message>
    <message>
        <source>Phase suivante</source>
        <translation>Next phase</translation>
    </message>
    <message>
        <source>Phase précédente</source>
        <translation>Previous phase</translation>
    </message>
    <message>
        <source>Organiser l&apos;agenda…</source>
        <translation>Shape the agenda…</translation>
    </message>
    <message>
        <source>Durée de la phase en cours…</source>
        <translation>Duration of the current phase…</translation>
    </message>
    <message>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Raccourcis clavier</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>À propos de Symétrie</source>
        <translation>About Symétrie</translation>
    </message>
    <message>
        <source>Montrer au mur</source>
        <translation>Show on the wall</translation>
    </message>
    <message>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Symétrie</source>
        <translation>Symétrie</translation>
    </message>
    <message>
        <source>Ouvrir un atelier</source>
        <translation>Open a workshop</translation>
    </message>
    <message>
        <source>Ouverture impossible</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <source>« {name} » ne peut pas être lu ({why}).</source>
        <translation>“{name}” cannot be read ({why}).</translation>
    </message>
    <message>
        <source>{n} post-it des téléphones attendent dans le bac de la salle (F9 pour les voir).</source>
        <translation>{n} sticky notes from phones are waiting in the room&apos;s tray (F9 to see them).</translation>
    </message>
    <message>
        <source>La copie de sauvegarde n&apos;a pas pu être faite ({why}).</source>
        <translation>The backup copy could not be made ({why}).</translation>
    </message>
    <message>
        <source>atelier</source>
        <translation>workshop</translation>
    </message>
    <message>
        <source>Nouvel atelier</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <source>« {name} » est l&apos;atelier ouvert : choisissez un autre nom.</source>
        <translation>“{name}” is the open workshop: choose another name.</translation>
    </message>
    <message>
        <source>Création impossible</source>
        <translation>Cannot create</translation>
    </message>
    <message>
        <source>Enregistrer une copie sous</source>
        <translation>Save a copy as</translation>
    </message>
    <message>
        <source>Cet atelier est déjà enregistré à chaque modification : choisissez un autre nom pour la copie.</source>
        <translation>This workshop is already saved at every change: choose another name for the copy.</translation>
    </message>
    <message>
        <source>La copie n&apos;a pas pu être écrite ({why}).</source>
        <translation>The copy could not be written ({why}).</translation>
    </message>
    <message>
        <source>Copie enregistrée : {path}</source>
        <translation>Copy saved: {path}</translation>
    </message>
    <message>
        <source>Ateliers Symétrie (*.symetrie)</source>
        <translation>Symétrie workshops (*.symetrie)</translation>
    </message>
    <message>
        <source>Saisie rapide d&apos;un post-it</source>
        <translation>Quick entry of a sticky note</translation>
    </message>
    <message>
        <source>Page projetée</source>
        <translation>Projected page</translation>
    </message>
    <message>
        <source>Parcours</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Affiche le tableau et le minuteur, en lecture seule, sur le second écran.</source>
        <translation>Shows the board and the timer, read-only, on the second screen.</translation>
    </message>
    <message>
        <source>Un seul écran est branché : reliez le projecteur en écran étendu (et non en miroir) pour afficher la fenêtre public.</source>
        <translation>Only one screen is connected: connect the projector as an extended screen (not mirrored) to show the audience window.</translation>
    </message>
    <message>
        <source>Fenêtre public</source>
        <translation>Audience window</translation>
    </message>
    <message>
        <source>Ajouter un post-it dans une case</source>
        <translation>Add a sticky note in a cell</translation>
    </message>
    <message>
        <source>Double-clic</source>
        <translation>Double-click</translation>
    </message>
    <message>
        <source>Modifier un post-it</source>
        <translation>Edit a sticky note</translation>
    </message>
    <message>
        <source>Double-clic sur le post-it</source>
        <translation>Double-click the sticky note</translation>
    </message>
    <message>
        <source>Valider le post-it en cours</source>
        <translation>Confirm the sticky note being typed</translation>
    </message>
    <message>
        <source>Entrée</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Nouvelle ligne dans un post-it</source>
        <translation>New line in a sticky note</translation>
    </message>
    <message>
        <source>Maj+Entrée</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <source>Abandonner la saisie</source>
        <translation>Discard the typing</translation>
    </message>
    <message>
        <source>Échap</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Saisie rapide : couloir suivant / précédent</source>
        <translation>Quick entry: next / previous lane</translation>
    </message>
    <message>
        <source>Tab / Maj+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Saisie rapide : irritant, enchantement, note</source>
        <translation>Quick entry: pain point, delight, note</translation>
    </message>
    <message>
        <source>Saisie rapide : étape précédente / suivante</source>
        <translation>Quick entry: previous / next step</translation>
    </message>
    <message>
        <source>Choisir l&apos;auteur actif</source>
        <translation>Choose the active author</translation>
    </message>
    <message>
        <source>Aller d&apos;un post-it à l&apos;autre (Maj : ajouter à la sélection)</source>
        <translation>Move from one sticky note to the next (Shift: add to the selection)</translation>
    </message>
    <message>
        <source>Flèches</source>
        <translation>Arrow keys</translation>
    </message>
    <message>
        <source>Modifier le post-it sélectionné</source>
        <translation>Edit the selected sticky note</translation>
    </message>
    <message>
        <source>Entrée ou F2</source>
        <translation>Enter or F2</translation>
    </message>
    <message>
        <source>Menu du post-it sélectionné</source>
        <translation>Menu of the selected sticky note</translation>
    </message>
    <message>
        <source>Touche Menu ou Maj+F10</source>
        <translation>Menu key or Shift+F10</translation>
    </message>
    <message>
        <source>Lier deux post-it sélectionnés</source>
        <translation>Link two selected sticky notes</translation>
    </message>
    <message>
        <source>Supprimer la sélection</source>
        <translation>Delete the selection</translation>
    </message>
    <message>
        <source>Suppr</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Voter pour l&apos;idée choisie / retirer un point</source>
        <translation>Vote for the chosen idea / take back a dot</translation>
    </message>
    <message>
        <source>La fenêtre se fermera une fois l&apos;export terminé.</source>
        <translation>The window will close once the export is finished.</translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message>
        <source>Collaborateur : irritant</source>
        <translation>Employee: pain point</translation>
    </message>
    <message>
        <source>Collaborateur : enchantement</source>
        <translation>Employee: delight</translation>
    </message>
    <message>
        <source>Client :
irritant</source>
        <translation>Customer:
pain point</translation>
    </message>
    <message>
        <source>Client :
enchantement</source>
        <translation>Customer:
delight</translation>
    </message>
    <message>
        <source>Matrice croisée</source>
        <translation>Cross matrix</translation>
    </message>
    <message>
        <source>Courbe de symétrie</source>
        <translation>Symmetry curve</translation>
    </message>
    <message>
        <source>Par étape</source>
        <translation>By step</translation>
    </message>
    <message>
        <source>Irritants à relier ({n})</source>
        <translation>Pain points to link ({n})</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Le fichier « {name} » est introuvable.</source>
        <translation>The file “{name}” cannot be found.</translation>
    </message>
    <message>
        <source>« {name} » n&apos;est pas un fichier d&apos;atelier Symétrie.</source>
        <translation>“{name}” is not a Symétrie workshop file.</translation>
    </message>
    <message>
        <source>« {name} » n&apos;est pas un fichier d&apos;atelier Symétrie : c&apos;est une base de données d&apos;une autre application.</source>
        <translation>“{name}” is not a Symétrie workshop file: it is another application&apos;s database.</translation>
    </message>
    <message>
        <source>« {name} » vient d&apos;une version plus récente de Symétrie : mettez l&apos;application à jour pour l&apos;ouvrir.</source>
        <translation>“{name}” comes from a newer version of Symétrie: update the application to open it.</translation>
    </message>
    <message>
        <source>« {name} » est endommagé et ne peut pas être ouvert ; il n&apos;a pas été modifié.</source>
        <translation>“{name}” is damaged and cannot be opened; it has not been changed.</translation>
    </message>
    <message>
        <source>« {name} » est déjà ouvert dans une autre fenêtre de Symétrie, ici ou sur un autre poste.</source>
        <translation>“{name}” is already open in another Symétrie window, here or on another computer.</translation>
    </message>
    <message>
        <source>« {name} » est en lecture seule : copiez-le dans un dossier où vous pouvez écrire pour le modifier.</source>
        <translation>“{name}” is read-only: copy it to a folder you can write to before changing it.</translation>
    </message>
    <message>
        <source>« {name} » existe déjà.</source>
        <translation>“{name}” already exists.</translation>
    </message>
    <message>
        <source>« {name} » n&apos;est pas un fichier d&apos;atelier (c&apos;est un dossier, un tube ou un périphérique) : il n&apos;a pas été ouvert.</source>
        <translation>“{name}” is not a workshop file (it is a folder, a pipe or a device): it was not opened.</translation>
    </message>
    <message>
        <source>« {name} » a été modifié en dehors de Symétrie (« {object} » n&apos;est pas de Symétrie) : par prudence, il n&apos;a été ni ouvert ni modifié.</source>
        <translation>“{name}” was changed outside Symétrie (“{object}” is not Symétrie&apos;s): to be safe, it was neither opened nor modified.</translation>
    </message>
    <message>
        <source>« {name} » contient une ligne inutilisable (table « {table} », ligne {row}) : il n&apos;a été ni ouvert ni modifié.</source>
        <translation>“{name}” holds a row that cannot be used (table “{table}”, row {row}): it was neither opened nor modified.</translation>
    </message>
    <message>
        <source>« {name} » dépasse ce qu&apos;un atelier peut contenir ({what} : {count}, {limit} au plus) : il n&apos;a pas été ouvert.</source>
        <translation>“{name}” holds more than a workshop may ({what}: {count}, at most {limit}): it was not opened.</translation>
    </message>
    <message>
        <source>« {name} » garde une modification inachevée que seul un dossier où vous pouvez écrire permet de terminer : copiez-le avec son fichier « -journal » dans un tel dossier.</source>
        <translation>“{name}” holds an unfinished edit that only a folder you can write to lets SQLite finish: copy it together with its “-journal” file into such a folder.</translation>
    </message>
    <message>
        <source>Un journal qui n&apos;appartenait pas à « {name} » se trouvait à côté : il a été mis de côté sous le nom « {aside} » et l&apos;atelier n&apos;a pas été modifié.</source>
        <translation>A journal that did not belong to “{name}” was beside it: it was set aside as “{aside}” and the workshop was not modified.</translation>
    </message>
    <message>
        <source>« {name} » n&apos;a pas pu être enregistré : vérifiez la place libre et les droits sur le disque. La dernière modification n&apos;a pas été faite.</source>
        <translation>“{name}” could not be saved: check the free space and the permissions on the disk. The last change was not made.</translation>
    </message>
    <message>
        <source>« {name} » : {detail}</source>
        <translation>“{name}”: {detail}</translation>
    </message>
    <message>
        <source>« {name} » contient une table inutilisable (« {table} ») : il n&apos;a été ni ouvert ni modifié.</source>
        <translation>“{name}” holds a table that cannot be used (“{table}”): it was neither opened nor modified.</translation>
    </message>
    <message>
        <source>Budget atteint : la salle a placé tous ses points.</source>
        <translation>Budget reached: the room has placed all its dots.</translation>
    </message>
    <message>
        <source>Budget atteint : {0} a déjà placé {1} points sur {2}.</source>
        <translation>Budget reached: {0} has already placed {1} of {2} dots.</translation>
    </message>
    <message>
        <source>{0} ne participe pas au vote.</source>
        <translation>{0} is not taking part in the vote.</translation>
    </message>
    <message>
        <source>Impossible : le tour anonyme a déjà placé plus de points que les votants restants n&apos;en ont.</source>
        <translation>Not possible: the anonymous round has already placed more dots than the remaining voters have.</translation>
    </message>
    <message>
        <source>Impossible de passer à {0} points par votant : le tour anonyme en a déjà placé davantage.</source>
        <translation>Cannot change to {0} dots per voter: the anonymous round has already placed more.</translation>
    </message>
    <message>
        <source>Impossible de passer à {2} points : {0} en a déjà placé {1}.</source>
        <translation>Cannot change to {2} dots: {0} has already placed {1}.</translation>
    </message>
    <message>
        <source>Le nombre de points va de 0 à 99.</source>
        <translation>The number of dots goes from 0 to 99.</translation>
    </message>
    <message>
        <source>Ce votant n&apos;a pas de point sur cette idée.</source>
        <translation>This voter has no dot on this idea.</translation>
    </message>
    <message>
        <source>Choisissez au moins deux idées à fusionner.</source>
        <translation>Choose at least two ideas to merge.</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un irritant.</source>
        <translation>Choose a pain point first.</translation>
    </message>
    <message>
        <source>Une idée répond à des irritants client ou collaborateur.</source>
        <translation>An idea answers customer or employee pain points.</translation>
    </message>
    <message>
        <source>Champ inconnu ({0}) : rien n&apos;a été modifié.</source>
        <translation>Unknown field ({0}): nothing was changed.</translation>
    </message>
    <message>
        <source>Statut non reconnu (attendu : à faire, en cours ou fait) : rien n&apos;a été modifié.</source>
        <translation>Status not recognised (expected: to do, in progress or done): nothing was changed.</translation>
    </message>
    <message>
        <source>Statut non reconnu (attendu : à faire, en cours, fait ou abandonnée) : rien n&apos;a été modifié.</source>
        <translation>Status not recognised (expected: to do, in progress, done or dropped): nothing was changed.</translation>
    </message>
    <message>
        <source>Ce post-it n&apos;est pas un irritant de la séance précédente : rien n&apos;a été modifié.</source>
        <translation>This sticky note is not an irritant of the previous session: nothing was changed.</translation>
    </message>
    <message>
        <source>Dimension non reconnue : rien n&apos;a été modifié.</source>
        <translation>Dimension not recognised: nothing was changed.</translation>
    </message>
    <message>
        <source>Une réponse va de 1 à 4 : rien n&apos;a été enregistré.</source>
        <translation>An answer goes from 1 to 4: nothing was recorded.</translation>
    </message>
    <message>
        <source>Cochez au moins une réponse avant d&apos;enregistrer.</source>
        <translation>Tick at least one answer before recording.</translation>
    </message>
    <message>
        <source>Ces leviers sont déjà dans le plan d&apos;actions.</source>
        <translation>These levers are already in the action plan.</translation>
    </message>
    <message>
        <source>Seuls un irritant ou un enchantement client et un irritant ou un enchantement collaborateur de la même étape peuvent être liés.</source>
        <translation>Only a customer pain point or delight and an employee pain point or delight of the same step can be linked.</translation>
    </message>
    <message>
        <source>Les couloirs « Vécu client » et « Vécu collaborateur » sont toujours là : ils ne peuvent pas être supprimés.</source>
        <translation>The “Customer experience” and “Employee experience” lanes are always there: they cannot be deleted.</translation>
    </message>
    <message>
        <source>Un parcours garde au moins une étape.</source>
        <translation>A journey keeps at least one step.</translation>
    </message>
    <message>
        <source>Ces post-it ne sont pas liés.</source>
        <translation>These sticky notes are not linked.</translation>
    </message>
    <message>
        <source>Ce couloir existe déjà : il n&apos;y en a qu&apos;un.</source>
        <translation>This lane already exists: there is only one.</translation>
    </message>
    <message>
        <source>Cet élément n&apos;existe plus (il vient peut-être d&apos;être supprimé) : rien n&apos;a été modifié.</source>
        <translation>This item no longer exists (it may just have been deleted): nothing was changed.</translation>
    </message>
    <message>
        <source>Le texte est vide : rien n&apos;a été ajouté ni modifié.</source>
        <translation>The text is blank: nothing was added or changed.</translation>
    </message>
    <message>
        <source>Texte trop long ({0} caractères, {1} au plus) : rien n&apos;a été modifié.</source>
        <translation>Text too long ({0} characters, {1} at most): nothing was changed.</translation>
    </message>
    <message>
        <source>Ce champ attend du texte : rien n&apos;a été modifié.</source>
        <translation>This field expects text: nothing was changed.</translation>
    </message>
    <message>
        <source>Date non reconnue (attendu : jour/mois/année).</source>
        <translation>Date not recognised (expected: day/month/year).</translation>
    </message>
    <message>
        <source>Couleur non reconnue (attendu : #rrggbb).</source>
        <translation>Colour not recognised (expected: #rrggbb).</translation>
    </message>
    <message>
        <source>Une durée va de 1 à {0} minutes.</source>
        <translation>A duration goes from 1 to {0} minutes.</translation>
    </message>
    <message>
        <source>Un agenda a de 1 à {0} phases, de 1 à {1} minutes chacune.</source>
        <translation>An agenda has 1 to {0} phases, of 1 to {1} minutes each.</translation>
    </message>
    <message>
        <source>L&apos;atelier n&apos;a pas pu être enregistré : vérifiez la place libre et les droits sur le disque. La dernière modification n&apos;a pas été faite.</source>
        <translation>The workshop could not be saved: check the free space and the permissions on the disk. The last change was not made.</translation>
    </message>
</context>
<context>
    <name>MirrorPage</name>
    <message>
        <source>Enquête miroir</source>
        <translation>Mirror survey</translation>
    </message>
    <message>
        <source>Écarts de l&apos;enquête miroir</source>
        <translation>Gaps of the mirror survey</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Étape</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Clients (moyenne)</source>
        <translation>Customers (mean)</translation>
    </message>
    <message>
        <source>Estimation des collaborateurs</source>
        <translation>Employees&apos; estimate</translation>
    </message>
    <message>
        <source>Écart</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>&lt;b&gt;Les plus grands écarts&lt;/b&gt;</source>
        <translation>&lt;b&gt;The largest gaps&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{n} réponses, échelle de {lo} à {hi}. Écart = estimation des collaborateurs moins moyenne des clients : positif, les équipes surestiment ce que vivent les clients (en rouge) ; négatif, elles le sous-estiment (en bleu).</source>
        <translation>{n} answers, scale from {lo} to {hi}. Gap = employees&apos; estimate minus the customers&apos; mean: positive, the teams over-estimate what customers live (in red); negative, they under-estimate it (in blue).</translation>
    </message>
    <message>
        <source>Aucune enquête importée. Fichier &gt; Importer une enquête miroir… lit un CSV aux colonnes question;etape;population;note (population : client ou collaborateur ; échelles acceptées 1–4, 1–5, 1–7, 0–10).</source>
        <translation>No survey imported. File &gt; Import a mirror survey… reads a CSV with the columns question;etape;population;note (population: client or collaborateur; accepted scales 1–4, 1–5, 1–7, 0–10).</translation>
    </message>
    <message>
        <source>Tout le parcours</source>
        <translation>Whole journey</translation>
    </message>
    <message>
        <source>{v} ({n} rép.)</source>
        <translation>{v} ({n} ans.)</translation>
    </message>
    <message>
        <source>{c} clients, {e} collaborateurs</source>
        <translation>{c} customers, {e} employees</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>PairDelegate</name>
    <message>
        <source>Client</source>
        <translation>Cust.</translation>
    </message>
    <message>
        <source>Collab.</source>
        <translation>Empl.</translation>
    </message>
    <message>
        <source>Indic.</source>
        <translation>Ind.</translation>
    </message>
    <message>
        <source>aucun indicateur noté</source>
        <translation>no indicator noted</translation>
    </message>
    <message>
        <source>Canaux</source>
        <translation>Chan.</translation>
    </message>
    <message>
        <source>aucun canal noté</source>
        <translation>no channel noted</translation>
    </message>
</context>
<context>
    <name>PairListModel</name>
    <message>
        <source>Client : {c}
Collaborateur : {e}
(Entrée ou clic : voir sur le tableau)</source>
        <translation>Customer: {c}
Employee: {e}
(Enter or click: show on the board)</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Modifier « {name} »</source>
        <translation>Edit “{name}”</translation>
    </message>
    <message>
        <source>Ventes, service client, livraison…</source>
        <translation>Sales, customer service, delivery…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Front-office (au contact du client)</source>
        <translation>Front office (in contact with customers)</translation>
    </message>
    <message>
        <source>Back-office</source>
        <translation>Back office</translation>
    </message>
    <message>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Métier</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Couleur</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Le nom est nécessaire</source>
        <translation>A name is needed</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Cliquez un participant pour en faire l&apos;auteur des nouveaux post-it (ou Ctrl+1 … Ctrl+9)</source>
        <translation>Click a participant to make them the author of new sticky notes (or Ctrl+1 … Ctrl+9)</translation>
    </message>
    <message>
        <source>Ajouter…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Coller</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Ajouter une liste copiée, une personne par ligne : « Nom ; métier ; front/back » (Ctrl+V dans la liste)</source>
        <translation>Add a copied list, one person per line: “Name; department; front/back” (Ctrl+V in the list)</translation>
    </message>
    <message>
        <source>
✎ auteur actif</source>
        <translation>
✎ active author</translation>
    </message>
    <message>
        <source>Liste collée, ligne {n} : « {value} » n&apos;a pas de nom ; aucun participant ajouté.</source>
        <translation>Pasted list, line {n}: “{value}” has no name; no participant added.</translation>
    </message>
    <message>
        <source>Liste collée, ligne {n} : « {value} » n&apos;est ni front ni back ; aucun participant ajouté.</source>
        <translation>Pasted list, line {n}: “{value}” is neither front nor back; no participant added.</translation>
    </message>
    <message>
        <source>Rien à coller : copiez d&apos;abord une liste, une personne par ligne (« Nom ; métier ; front/back »).</source>
        <translation>Nothing to paste: first copy a list, one person per line (“Name; department; front/back”).</translation>
    </message>
    <message>
        <source>Retirer un participant</source>
        <translation>Remove a participant</translation>
    </message>
    <message>
        <source>{name} est l&apos;auteur de {n} post-it. Ils restent sur le tableau, sans auteur. Retirer {name} ?</source>
        <translation>{name} wrote {n} sticky note(s). They stay on the board, with no author. Remove {name}?</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Créer l&apos;action depuis l&apos;idée</source>
        <translation>Create the action from the idea</translation>
    </message>
    <message>
        <source>Nouvelle action…</source>
        <translation>New action…</translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Supprimer l&apos;action</source>
        <translation>Delete the action</translation>
    </message>
    <message>
        <source>Idée :</source>
        <translation>Idea:</translation>
    </message>
    <message>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Porteur :</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <source>Statut :</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Plan d&apos;actions croisé</source>
        <translation>Cross action plan</translation>
    </message>
    <message>
        <source>Trié par priorité (quadrant le plus urgent des paires traitées), puis par échéance. Double-cliquer une cellule pour la modifier.</source>
        <translation>Sorted by priority (the most urgent quadrant of the pairs addressed), then by due date. Double-click a cell to edit it.</translation>
    </message>
    <message>
        <source>{shown} action(s) sur {total}</source>
        <translation>{shown} of {total} action(s)</translation>
    </message>
    <message>
        <source>Tous les porteurs</source>
        <translation>All owners</translation>
    </message>
    <message>
        <source>Sans porteur</source>
        <translation>No owner</translation>
    </message>
    <message>
        <source>{text} — {n} pt</source>
        <translation>{text} — {n} dot(s)</translation>
    </message>
    <message>
        <source>{text} (déjà au plan)</source>
        <translation>{text} (already in the plan)</translation>
    </message>
    <message>
        <source>Aucune idée à transformer : passez par le brainstorm.</source>
        <translation>No idea to turn into an action: brainstorm first.</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <source>Priorité</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Porteur</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Irritants traités</source>
        <translation>Pain points addressed</translation>
    </message>
    <message>
        <source>Idées</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <source>Sans échéance</source>
        <translation>No due date</translation>
    </message>
    <message>
        <source>{side} : {text}</source>
        <translation>{side}: {text}</translation>
    </message>
    <message>
        <source>• {side} — {step} : {text}</source>
        <translation>• {side} — {step}: {text}</translation>
    </message>
    <message>
        <source>Le quadrant le plus urgent parmi les paires que l&apos;action traite</source>
        <translation>The most urgent quadrant among the pairs the action addresses</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Préférences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Langue de l&apos;interface</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Automatique (comme le système : %1)</source>
        <translation>Automatic (as the system: %1)</translation>
    </message>
    <message>
        <source>Langue de l&apos;interface :</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <source>La fenêtre est reconstruite dans la nouvelle langue, sur le même atelier ; rien n&apos;est perdu.</source>
        <translation>The window is rebuilt in the new language, on the same workshop; nothing is lost.</translation>
    </message>
</context>
<context>
    <name>QuadrantBox</name>
    <message>
        <source>Aucune paire</source>
        <translation>No pair</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Radar de l&apos;autodiagnostic</source>
        <translation>Self-diagnosis radar</translation>
    </message>
    <message>
        <source>Pas encore de réponse</source>
        <translation>No answer yet</translation>
    </message>
</context>
<context>
    <name>RadarWall</name>
    <message>
        <source>Symétrie — autodiagnostic</source>
        <translation>Symétrie — self-diagnosis</translation>
    </message>
    <message>
        <source>Autodiagnostic de l&apos;expérience collaborateur</source>
        <translation>Employee-experience self-diagnosis</translation>
    </message>
    <message>
        <source>À construire</source>
        <translation>To build</translation>
    </message>
    <message>
        <source>En chemin</source>
        <translation>On the way</translation>
    </message>
    <message>
        <source>Ancrée</source>
        <translation>Anchored</translation>
    </message>
    <message>
        <source>{n} réponse(s)</source>
        <translation>{n} response(s)</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>La salle</source>
        <extracomment>The QR code&apos;s width in the panel: read by a phone held near the laptop (the wall&apos;s is larger), and the panel still fits a 1,280 px screen beside the vote page.</extracomment>
        <translation>The room</translation>
    </message>
    <message>
        <source>Les participants envoient leurs post-it et leurs votes depuis leur téléphone, sur le réseau de la salle.</source>
        <translation>Participants send their sticky notes and votes from their phones, over the room&apos;s network.</translation>
    </message>
    <message>
        <source>Adresse du portable sur le réseau</source>
        <translation>The laptop&apos;s address on the network</translation>
    </message>
    <message>
        <source>Ouvrir la salle</source>
        <translation>Open the room</translation>
    </message>
    <message>
        <source>Ouvrir ou fermer la salle</source>
        <translation>Open or close the room</translation>
    </message>
    <message>
        <source>QR code de la salle</source>
        <translation>The room&apos;s QR code</translation>
    </message>
    <message>
        <source>Téléphones connectés</source>
        <translation>Phones connected</translation>
    </message>
    <message>
        <source>Retirer ce téléphone de la salle</source>
        <translation>Remove this phone from the room</translation>
    </message>
    <message>
        <source>Retirer le téléphone choisi de la salle</source>
        <translation>Remove the chosen phone from the room</translation>
    </message>
    <message>
        <source>Mettre la salle en pause</source>
        <translation>Pause the room</translation>
    </message>
    <message>
        <source>Afficher le tableau sur les téléphones</source>
        <translation>Show the board on the phones</translation>
    </message>
    <message>
        <source>Montrer le QR code au mur (projecteur, fenêtre public)</source>
        <translation>Show the QR code on the wall (projector, audience window)</translation>
    </message>
    <message>
        <source>La salle n&apos;a pas pu s&apos;ouvrir ({why}).</source>
        <translation>The room could not open ({why}).</translation>
    </message>
    <message>
        <source>Fermer la salle</source>
        <translation>Close the room</translation>
    </message>
    <message>
        <source>Scannez le QR code, ou tapez l&apos;adresse dans le navigateur du téléphone (même Wi-Fi que ce portable).</source>
        <translation>Scan the QR code, or type the address in the phone&apos;s browser (same Wi-Fi as this laptop).</translation>
    </message>
    <message>
        <source>Téléphones connectés : {n}</source>
        <translation>Phones connected: {n}</translation>
    </message>
    <message>
        <source>Sans nom</source>
        <translation>No name</translation>
    </message>
    <message>
        <source>{who} — téléphone {code}</source>
        <translation>{who} — phone {code}</translation>
    </message>
</context>
<context>
    <name>RoomWallCard</name>
    <message>
        <source>Participez depuis votre téléphone</source>
        <translation>Take part from your phone</translation>
    </message>
    <message>
        <source>QR code de la salle</source>
        <translation>The room&apos;s QR code</translation>
    </message>
    <message>
        <source>Téléphones connectés : {n}</source>
        <translation>Phones connected: {n}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Raccourcis clavier</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Raccourci</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Liste des raccourcis clavier</source>
        <translation>List of keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Symétrie</source>
        <extracomment>a template name, or &quot;&quot; for a blank workshop</extracomment>
        <translation>Symétrie</translation>
    </message>
    <message>
        <source>Ateliers de symétrie des attentions : le vécu client et le vécu collaborateur, étape par étape.</source>
        <translation>Symmetry of attention workshops: the customer experience and the employee experience, step by step.</translation>
    </message>
    <message>
        <source>Nouvel atelier</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <source>Atelier vierge</source>
        <translation>Blank workshop</translation>
    </message>
    <message>
        <source>Trois étapes (avant, pendant, après) et les six couloirs habituels</source>
        <translation>Three steps (before, during, after) and the six usual lanes</translation>
    </message>
    <message>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Ouvrir un atelier…</source>
        <translation>Open a workshop…</translation>
    </message>
    <message>
        <source>Ouvrir l&apos;atelier de démonstration</source>
        <translation>Open the demo workshop</translation>
    </message>
    <message>
        <source>Récemment ouverts</source>
        <translation>Recently opened</translation>
    </message>
    <message>
        <source>(aucun pour l&apos;instant)</source>
        <translation>(none yet)</translation>
    </message>
</context>
<context>
    <name>StepCountsModel</name>
    <message>
        <source>Étape</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Irr.
client</source>
        <translation>Cust.
pain pts</translation>
    </message>
    <message>
        <source>Ench.
client</source>
        <translation>Cust.
delights</translation>
    </message>
    <message>
        <source>Irr.
collab.</source>
        <translation>Empl.
pain pts</translation>
    </message>
    <message>
        <source>Ench.
collab.</source>
        <translation>Empl.
delights</translation>
    </message>
    <message>
        <source>Solde
client</source>
        <translation>Cust.
balance</translation>
    </message>
    <message>
        <source>Solde
collab.</source>
        <translation>Empl.
balance</translation>
    </message>
    <message>
        <source>Aucun vécu collaborateur sur cette étape : angle mort</source>
        <translation>No employee experience at this step: a blind spot</translation>
    </message>
</context>
<context>
    <name>SymmetryCurve</name>
    <message>
        <source>Courbe de symétrie</source>
        <extracomment>Balances this far apart are a divergence worth showing.</extracomment>
        <translation>Symmetry curve</translation>
    </message>
    <message>
        <source>{step} : client {c:+d}, collaborateur {e:+d}</source>
        <translation>{step}: customer {c:+d}, employee {e:+d}</translation>
    </message>
    <message>
        <source>Aucune étape</source>
        <translation>No step</translation>
    </message>
    <message>
        <source>Vécu client</source>
        <translation>Customer experience</translation>
    </message>
    <message>
        <source>Vécu collaborateur</source>
        <translation>Employee experience</translation>
    </message>
    <message>
        <source>solde = enchantements − irritants, par étape</source>
        <translation>balance = delights − pain points, per step</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Commande et livraison e-commerce</source>
        <translation>E-commerce order and delivery</translation>
    </message>
    <message>
        <source>Parcours d’achat en ligne, de la découverte de l’offre jusqu’au service après-vente, livraison et retours compris.</source>
        <translation>Buying online, from discovering the offer to after-sales service, delivery and returns included.</translation>
    </message>
    <message>
        <source>Demande de titre ou de prestation</source>
        <translation>Applying for a document or a benefit</translation>
    </message>
    <message>
        <source>Parcours d’un usager qui demande un titre ou une prestation auprès d’un service public, de l’information sur ses droits jusqu’à la remise du titre ou au premier versement.</source>
        <translation>A citizen applying to a public service for a document or a benefit, from learning about their rights to receiving the document or the first payment.</translation>
    </message>
    <message>
        <source>Déclaration et indemnisation d’un sinistre</source>
        <translation>Claim reporting and settlement</translation>
    </message>
    <message>
        <source>Parcours d’un assuré après un dégât des eaux, un vol ou un accident, de la déclaration jusqu’à l’indemnisation et la clôture du dossier.</source>
        <translation>A policyholder after water damage, a theft or an accident, from reporting the claim to settlement and closing the file.</translation>
    </message>
    <message>
        <source>Installation à domicile (box et fibre)</source>
        <translation>Home installation (router and fibre)</translation>
    </message>
    <message>
        <source>Parcours d’un abonnement fibre, de la vérification d’éligibilité à l’assistance technique, avec la visite du technicien au centre.</source>
        <translation>A fibre subscription, from the eligibility check to technical support, with the technician&apos;s visit at its centre.</translation>
    </message>
    <message>
        <source>Ouverture d’un compte bancaire</source>
        <translation>Opening a bank account</translation>
    </message>
    <message>
        <source>Parcours d’ouverture d’un compte, en ligne ou en agence, de la découverte de l’offre jusqu’au premier rendez-vous avec le conseiller.</source>
        <translation>Opening an account, online or in a branch, from discovering the offer to the first meeting with the adviser.</translation>
    </message>
</context>
<context>
    <name>TrayBox</name>
    <message>
        <source>Modérer : les post-it des téléphones attendent ici avant le tableau</source>
        <translation>Moderate: phone sticky notes wait here before the board</translation>
    </message>
    <message>
        <source>Verrouiller : les téléphones ne peuvent plus corriger ni retirer leurs post-it</source>
        <translation>Lock: phones can no longer correct or withdraw their sticky notes</translation>
    </message>
    <message>
        <source>En attente</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Post-it en attente</source>
        <translation>Waiting sticky notes</translation>
    </message>
    <message>
        <source>Texte du post-it à accepter</source>
        <translation>Text of the sticky note to accept</translation>
    </message>
    <message>
        <source>Accepter</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Met le post-it sur le tableau, avec le texte ci-dessus</source>
        <translation>Puts the sticky note on the board, with the text above</translation>
    </message>
    <message>
        <source>Refuser</source>
        <translation>Turn down</translation>
    </message>
    <message>
        <source>Post-it du tableau où fusionner</source>
        <translation>Sticky note of the board to merge into</translation>
    </message>
    <message>
        <source>Fusionner</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Ajoute ce texte au post-it choisi, de la même case</source>
        <translation>Adds this text to the chosen sticky note, in the same cell</translation>
    </message>
    <message>
        <source>Noms tapés sur les téléphones</source>
        <translation>Names typed on phones</translation>
    </message>
    <message>
        <source>Noms en attente</source>
        <translation>Waiting names</translation>
    </message>
    <message>
        <source>Accepter ce nom</source>
        <translation>Accept this name</translation>
    </message>
    <message>
        <source>Refuser ce nom</source>
        <translation>Turn down this name</translation>
    </message>
    <message>
        <source>Sans nom</source>
        <translation>No name</translation>
    </message>
    <message>
        <source>En attente : {n}</source>
        <translation>Waiting: {n}</translation>
    </message>
    <message>
        <source>{name} — téléphone {code}</source>
        <translation>{name} — phone {code}</translation>
    </message>
</context>
<context>
    <name>VotePage</name>
    <message>
        <source>Irritants à résoudre</source>
        <translation>Pain points to solve</translation>
    </message>
    <message>
        <source>Client et collaborateur</source>
        <translation>Customer and employee</translation>
    </message>
    <message>
        <source>Vécu client</source>
        <translation>Customer experience</translation>
    </message>
    <message>
        <source>Vécu collaborateur</source>
        <translation>Employee experience</translation>
    </message>
    <message>
        <source>Texte de l&apos;idée (sinon : « Résoudre : … »)</source>
        <translation>Idea text (default: from the pain point)</translation>
    </message>
    <message>
        <source>Sans thème</source>
        <translation>No theme</translation>
    </message>
    <message>
        <source>Idée</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Créer l&apos;idée pour les irritants choisis</source>
        <translation>Create the idea for the chosen pain points</translation>
    </message>
    <message>
        <source>Ou double-cliquer sur un irritant</source>
        <translation>Or double-click a pain point</translation>
    </message>
    <message>
        <source>Idées par thème</source>
        <translation>Ideas by theme</translation>
    </message>
    <message>
        <source>+1 point</source>
        <translation>+1 dot</translation>
    </message>
    <message>
        <source>−1 point</source>
        <translation>−1 dot</translation>
    </message>
    <message>
        <source>Fusionner</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Créer une action</source>
        <translation>Create an action</translation>
    </message>
    <message>
        <source>Un point du votant sur l&apos;idée choisie (touche +)</source>
        <translation>One of the voter&apos;s dots on the chosen idea (+ key)</translation>
    </message>
    <message>
        <source>Retirer un point (touche −)</source>
        <translation>Take back a dot (− key)</translation>
    </message>
    <message>
        <source>Fusionner les idées choisies dans la première</source>
        <translation>Merge the chosen ideas into the first one</translation>
    </message>
    <message>
        <source>L&apos;idée devient une action du plan</source>
        <translation>The idea becomes an action of the plan</translation>
    </message>
    <message>
        <source>Vote par points</source>
        <translation>Dot voting</translation>
    </message>
    <message>
        <source>Votant</source>
        <translation>Voter</translation>
    </message>
    <message>
        <source>Points par participant</source>
        <translation>Dots per participant</translation>
    </message>
    <message>
        <source>Décocher un participant (par exemple l&apos;animateur) le retire du vote. Cliquer sur un nom en fait le votant.</source>
        <translation>Unticking a participant (the facilitator, say) leaves them out of the vote. Clicking a name makes them the voter.</translation>
    </message>
    <message>
        <source>Tour anonyme</source>
        <translation>Anonymous round</translation>
    </message>
    <message>
        <source>Tour anonyme : {n} point(s) restant(s) pour la salle</source>
        <translation>Anonymous round: {n} dot(s) left for the room</translation>
    </message>
    <message>
        <source>{name} : {left} point(s) restant(s) sur {budget}</source>
        <translation>{name}: {left} of {budget} dot(s) left</translation>
    </message>
    <message>
        <source>Masquer les résultats</source>
        <translation>Hide the results</translation>
    </message>
    <message>
        <source>Révéler les résultats</source>
        <translation>Reveal the results</translation>
    </message>
    <message>
        <source>Pas encore voté ({n}) : {names}</source>
        <translation>Not voted yet ({n}): {names}</translation>
    </message>
    <message>
        <source>{n} point(s) restent à placer : {names}</source>
        <translation>{n} dot(s) still to place: {names}</translation>
    </message>
    <message>
        <source>{n} point(s) restent à placer.</source>
        <translation>{n} dot(s) still to place.</translation>
    </message>
    <message>
        <source>Tout le monde a voté : tous les points sont placés.</source>
        <translation>Everyone has voted: all dots are placed.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Classement&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ranking&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un irritant dans la liste.</source>
        <translation>Choose a pain point in the list first.</translation>
    </message>
    <message>
        <source>Choisissez une idée pour y placer un point.</source>
        <translation>Choose an idea to place a dot on it.</translation>
    </message>
    <message>
        <source>Budget atteint : {name} a déjà placé ses {n} points. Retirez-en un pour changer d&apos;avis.</source>
        <translation>Budget reached: {name} has already placed their {n} dots. Take one back to change your mind.</translation>
    </message>
    <message>
        <source>Budget atteint : la salle a placé tous ses points.</source>
        <translation>Budget reached: the room has placed all its dots.</translation>
    </message>
    <message>
        <source>Ce votant n&apos;a pas de point sur cette idée.</source>
        <translation>This voter has no dot on this idea.</translation>
    </message>
    <message>
        <source>Choisissez au moins deux idées à fusionner.</source>
        <translation>Choose at least two ideas to merge.</translation>
    </message>
    <message>
        <source>Choisissez l&apos;idée à transformer en action.</source>
        <translation>Choose the idea to turn into an action.</translation>
    </message>
</context>
<context>
    <name>VoterTableModel</name>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Placés</source>
        <translation>Placed</translation>
    </message>
    <message>
        <source>Restants</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>exclu</source>
        <translation>left out</translation>
    </message>
    <message>
        <source>Ne vote pas (cocher pour l&apos;inclure)</source>
        <translation>Not voting (tick to include)</translation>
    </message>
    <message>
        <source>N&apos;a pas encore voté</source>
        <translation>Has not voted yet</translation>
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <source>… et {n} de plus ({what})</source>
        <extracomment>The design size: sizes below are pixels on a 1920×1080 screen, whose page area is about 1920×1000 under the timer bar (960 leaves room for the window&apos;s own edges); a smaller screen scales everything down alike. What every page says for itself: ``title() -&gt; str`` (French source, translated by the page) and ``draw(painter, area)``. Checked when a page class is made, so a page that forgets one fails at import, not in front of the room. The agenda phase&apos;s own name when the facilitator gave it one (« Déjeuner », « Ice-breaker »): shown before the page&apos;s title, so the room sees which phase of the agenda it is in.</extracomment>
        <translation>… and {n} more ({what})</translation>
    </message>
    <message>
        <source>Parcours client</source>
        <extracomment>Card text sizes tried, largest first (design pixels); 24 is the room&apos;s floor.</extracomment>
        <translation>Customer journey</translation>
    </message>
    <message>
        <source>Vécu client</source>
        <translation>Customer experience</translation>
    </message>
    <message>
        <source>Vécu collaborateur</source>
        <translation>Employee experience</translation>
    </message>
    <message>
        <source>étapes {a} à {b} sur {n}</source>
        <translation>steps {a} to {b} of {n}</translation>
    </message>
    <message>
        <source>Le parcours n&apos;a pas encore d&apos;étape.</source>
        <translation>The journey has no step yet.</translation>
    </message>
    <message>
        <source>irritant client × irritant collaborateur : à traiter en premier</source>
        <translation>customer pain point × employee pain point: fix first</translation>
    </message>
    <message>
        <source>enchantement client × irritant collaborateur : la bonne volonté s&apos;épuisera</source>
        <translation>customer delight × employee pain point: goodwill will run out</translation>
    </message>
    <message>
        <source>irritant client × enchantement collaborateur : regarder indicateurs et canaux</source>
        <translation>customer pain point × employee delight: look at indicators and channels</translation>
    </message>
    <message>
        <source>enchantement client × enchantement collaborateur : à protéger</source>
        <translation>customer delight × employee delight: protect it</translation>
    </message>
    <message>
        <source>Matrice croisée</source>
        <extracomment>The order the room reads the quadrants in, one sheet (or more) each after the overview. (quadrant, pairs) of each sheet after the overview, as last laid out</extracomment>
        <translation>Cross matrix</translation>
    </message>
    <message>
        <source>{n} paire(s)</source>
        <translation>{n} pair(s)</translation>
    </message>
    <message>
        <source>Page {n} sur {total} · Pg↓ ou clic : la suite</source>
        <translation>Page {n} of {total} · PgDn or click: next</translation>
    </message>
    <message>
        <source>paires</source>
        <translation>pairs</translation>
    </message>
    <message>
        <source>… et {n} de plus : page {page}</source>
        <translation>… and {n} more: page {page}</translation>
    </message>
    <message>
        <source>Aucune paire</source>
        <translation>No pair</translation>
    </message>
    <message>
        <source>Client : {text}</source>
        <translation>Cust.: {text}</translation>
    </message>
    <message>
        <source>Collab. : {text}</source>
        <translation>Empl.: {text}</translation>
    </message>
    <message>
        <source>Courbe de symétrie — solde (enchantements − irritants) par étape</source>
        <translation>Symmetry curve — balance (delights − pain points) per step</translation>
    </message>
    <message>
        <source>Brainstorm — les idées par thème</source>
        <translation>Brainstorm — ideas by theme</translation>
    </message>
    <message>
        <source>Pas encore d&apos;idée : choisissez des irritants et proposez des idées.</source>
        <translation>No idea yet: pick pain points and suggest ideas.</translation>
    </message>
    <message>
        <source>Sans thème</source>
        <translation>No theme</translation>
    </message>
    <message>
        <source>{theme} (suite)</source>
        <translation>{theme} (continued)</translation>
    </message>
    <message>
        <source>idées</source>
        <translation>ideas</translation>
    </message>
    <message>
        <source>Vote — le classement</source>
        <translation>Vote — the ranking</translation>
    </message>
    <message>
        <source>Vote — en cours</source>
        <translation>Vote — in progress</translation>
    </message>
    <message>
        <source>{left} point(s) restent à placer sur {total} · {n} idée(s) en jeu</source>
        <translation>{left} of {total} dot(s) still to place · {n} idea(s) in play</translation>
    </message>
    <message>
        <source>votants</source>
        <translation>voters</translation>
    </message>
    <message>
        <source>Aucune idée.</source>
        <translation>No idea.</translation>
    </message>
    <message>
        <source>Plan d&apos;actions</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Pas encore d&apos;action : créez-les depuis les idées votées.</source>
        <translation>No action yet: create them from the voted ideas.</translation>
    </message>
    <message>
        <source>Priorité</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Porteur</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>Synthèse — {title}</source>
        <translation>Summary — {title}</translation>
    </message>
    <message>
        <source>{steps} étapes · {cards} post-it · {pairs} paires croisées · {ideas} idées · {actions} actions</source>
        <translation>{steps} steps · {cards} sticky notes · {pairs} crossed pairs · {ideas} ideas · {actions} actions</translation>
    </message>
    <message>
        <source>Priorités croisées</source>
        <translation>Crossed priorities</translation>
    </message>
    <message>
        <source>Aucune paire prioritaire.</source>
        <translation>No priority pair.</translation>
    </message>
    <message>
        <source>Idées retenues</source>
        <translation>Ideas chosen</translation>
    </message>
    <message>
        <source>{text} ({n} point(s))</source>
        <translation>{text} ({n} dot(s))</translation>
    </message>
    <message>
        <source>Aucune idée votée.</source>
        <translation>No idea voted.</translation>
    </message>
    <message>
        <source>Actions et porteurs</source>
        <translation>Actions and owners</translation>
    </message>
    <message>
        <source>porteur à trouver</source>
        <translation>owner to be found</translation>
    </message>
    <message>
        <source>Pas encore d&apos;action.</source>
        <translation>No action yet.</translation>
    </message>
    <message>
        <source>Pause</source>
        <extracomment>the window&apos;s AgendaClock (None: the time left is not shown, the bar has it)</extracomment>
        <translation>Break</translation>
    </message>
    <message>
        <source>Ensuite : {phase}</source>
        <translation>Next: {phase}</translation>
    </message>
    <message>
        <source>Ensuite : la fin de l&apos;atelier</source>
        <translation>Next: the end of the workshop</translation>
    </message>
</context>
<context>
    <name>style</name>
    <message>
        <source>ce que vit le client</source>
        <extracomment>The height a lane&apos;s name and note take at most (LaneHeaderItem.paint), with a margin. how far down the name is drawn, so it stays in sight in a tall row scrolled halfway</extracomment>
        <translation>what the customer lives through</translation>
    </message>
    <message>
        <source>ce que vivent les équipes</source>
        <translation>what the teams live through</translation>
    </message>
    <message>
        <source>Ajouter une étape</source>
        <translation>Add a step</translation>
    </message>
    <message>
        <source>Ajouter un couloir</source>
        <translation>Add a lane</translation>
    </message>
    <message>
        <source>Post-it liés (clic droit sur un post-it pour délier)</source>
        <extracomment>Tracks for the links of one step, in the margin between two columns (two cell paddings, 28 px): six lines 4.5 px apart, enough for the pairs a step holds in practice. until the link is routed: no place, no track (class defaults, nothing made per link) left, right, top, bottom in the scene, for a cheap &quot;is it in view&quot; test the track&apos;s x and its two ends&apos; y, as numbers: each pan cuts a few hundred tracks to the bands it repaints, and a QLineF&apos;s getters cost more than the cut</extracomment>
        <translation>Linked sticky notes (right-click a sticky note to unlink)</translation>
    </message>
</context>
</TS>
