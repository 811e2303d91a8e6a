# Kleroterion : messages en français. Chaque clé présente ici doit aussi exister dans en, nl et de (un test le vérifie).

skip-to-content = Aller au contenu
nav-label = Menu principal
nav-assemblies = Assemblées
nav-account = Mon compte
nav-new-assembly = Nouvelle assemblée
nav-sign-in = Se connecter
nav-sign-out = Se déconnecter
lang-switcher-label = Langue
footer-text = Kleroterion : assemblées citoyennes tirées au sort. Logiciel open source.
back-home = Retour à la liste des assemblées

home-title = Assemblées citoyennes
home-lead = Des citoyennes et des citoyens tirés au sort délibèrent et formulent des recommandations ; ici, vous pouvez suivre chaque assemblée.
home-empty = Il n'y a pas encore d'assemblée.

kind-one_off = Assemblée ponctuelle
kind-permanent = Assemblée permanente

stage-recruitment = Recrutement
stage-selection = Sélection
stage-deliberation = Délibération
stage-recommendations = Recommandations
stage-follow_up = Suivi
stage-closed = Clôturé
stage-position = étape { $position } sur 6

role-organiser = Organisateur
role-staff = Membre du personnel
role-facilitator = Facilitateur
role-expert = Expert
role-panel_member = Membre du panel
role-commission = Membre de la commission de suivi
role-government = Représentant du gouvernement

panels-title = Panels
panels-caption = Panels de cette assemblée
panels-none = Aucun panel pour l'instant.
panel-number = N°
panel-dates = Dates
panel-new-title = Nouveau panel
panel-edit-title = Modifier le panel { $number }

members-area = Espace membres
members-your-roles = Vos rôles ici :
manage-assembly = Gérer cette assemblée
public-page = Page publique
organiser-nav-label = Organisateur
participants-title = Participants
participants-caption = Personnes ayant un rôle dans cette assemblée

field-email = Adresse e-mail
field-password = Mot de passe
field-new-password = Choisissez un mot de passe
field-password-confirm = Répétez le mot de passe
field-display-name = Nom
field-slug = Nom court dans l'adresse
field-kind = Type d'assemblée
field-title = Titre
field-description = Description
field-theme = Thème
field-size = Taille du panel
field-starts-on = Premier jour
field-ends-on = Dernier jour
field-stage = Étape
field-role = Rôle
field-roles = Rôles
hint-slug = De 3 à 60 lettres minuscules, chiffres et traits d'union, par ex. bruxelles-climat. Ce nom court apparaît dans l'adresse de la page.
hint-display-name = Visible par les autres personnes de l'assemblée.
hint-password = Au moins 10 caractères. Une phrase dont vous vous souviendrez fait très bien l'affaire.
save = Enregistrer
form-has-errors = Veuillez corriger les points suivants :

error-required = Ce champ est obligatoire.
error-choose-one = Choisissez l'une des options.
error-title-one-language = Saisissez le texte dans au moins une langue.
error-too-long = Ce texte est trop long.
error-slug-length = Le nom court doit compter de 3 à 60 caractères.
error-slug-characters = Utilisez uniquement des lettres minuscules a-z, des chiffres et des traits d'union ; un trait d'union ne peut pas se trouver au début ni à la fin.
error-slug-taken = Une autre assemblée utilise déjà ce nom court.
error-panel-size = Saisissez un nombre entier de 1 à 10000.
error-date = Saisissez une date au format AAAA-MM-JJ, par ex. 2027-03-01.
error-ends-before-start = Le dernier jour ne peut pas précéder le premier jour.
error-email = Saisissez une adresse e-mail, par exemple nom@example.org.
error-display-name = Saisissez un nom de 1 à 100 caractères.
error-password-length = Le mot de passe doit compter au moins 10 caractères.
error-password-mismatch = Les deux mots de passe ne sont pas identiques.

login-title = Connexion
login-submit = Se connecter
login-wrong = L'adresse e-mail ou le mot de passe n'est pas correct. Veuillez réessayer.
login-throttled = Trop de tentatives. Pour votre sécurité, réessayez dans { $minutes ->
        [one] une minute
       *[other] { $minutes } minutes
    }.
login-expired = Votre session a expiré. Veuillez vous reconnecter ; vous reviendrez ensuite à la page où vous étiez.
login-no-account = Les comptes sont créés sur invitation. Si vous participez à une assemblée, ses organisateurs vous enverront un lien.

account-title = Mon compte
account-roles = Mes assemblées
account-no-roles = Vous n'avez encore de rôle dans aucune assemblée.
account-platform = Plateforme
account-admin = Administrateur : vous pouvez créer des assemblées.

invitation-title = Invitation
invitation-offer = Vous recevez une invitation à participer à l'assemblée suivante : { $assembly }. Votre rôle : { $role }.
invitation-offer-admin = Vous recevez une invitation à administrer cette plateforme Kleroterion.
invitation-new-account = Choisissez un nom et un mot de passe pour créer votre compte associé à { $email }.
invitation-sign-in-first = Un compte existe déjà pour { $email }. Connectez-vous avec ce compte pour accepter l'invitation.
invitation-accept = Accepter l'invitation
invitation-create-account = Créer mon compte
invitation-used = Cette invitation a déjà été acceptée. Connectez-vous avec votre compte.
invitation-expired = Cette invitation a expiré. Demandez-en une nouvelle aux organisateurs.
invitation-unknown = Ce lien d'invitation n'est pas valide. Vérifiez que vous l'avez copié en entier.

assembly-new-title = Nouvelle assemblée

access-title = Personnes et rôles
access-invite = Inviter une personne
access-invite-submit = Créer un lien d'invitation
access-link-created = Invitation créée pour { $email }. Envoyez-lui ce lien : il ne peut être utilisé qu'une seule fois, reste valable 14 jours et ne pourra plus être affiché.
access-link-label = Lien d'invitation
access-revoke = Retirer le rôle { $role } à { $name }

audit-title = Journal des modifications
audit-lead = Toutes les modifications apportées à cette assemblée, les plus récentes d'abord (les 500 dernières). Les entrées ne sont jamais modifiées ni supprimées.
audit-caption = Modifications, les plus récentes en premier
audit-when = Quand
audit-who = Qui
audit-what = Quoi
audit-subject = Objet
audit-before = Avant
audit-after = Après
audit-system = La plateforme

error-not-found-title = Page introuvable
error-not-found-text = Il n'y a rien à cette adresse. La page a peut-être été déplacée, ou le lien est incomplet.
error-forbidden-title = Action non autorisée
error-forbidden-text = Votre compte n'a pas de rôle qui permet cette action. Si vous pensez que ce devrait être le cas, adressez-vous aux organisateurs de l'assemblée.
error-csrf-title = Ce formulaire a expiré
error-csrf-text = Pour votre sécurité, le formulaire n'a pas pu être accepté : il était trop ancien ou ne provenait pas de ce site. Revenez en arrière, rechargez la page et envoyez à nouveau le formulaire.
error-bad-request-title = La demande n'a pas pu être lue
error-bad-request-text = Les données envoyées n'ont pas pu être comprises. Rechargez la page et réessayez.
error-unavailable-title = Temporairement indisponible
error-unavailable-text = La plateforme ne parvient pas à joindre sa base de données pour le moment. Veuillez réessayer dans quelques minutes.
error-internal-title = Une erreur s'est produite
error-internal-text = La plateforme n'a pas pu traiter cette demande. Rien n'a été modifié. Veuillez réessayer ; si le problème se reproduit, prévenez les organisateurs.
