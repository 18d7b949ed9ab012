"""Texts of importing from a web address: what went wrong, at which address, and what to do."""
MESSAGES = {
    "url.scheme": {
        "fr": "Adresse refusée : « {url} ». Seules les adresses web en http:// ou https:// sont acceptées ({scheme} n'est pas autorisé).",
        "en": "Address refused: “{url}”. Only http:// or https:// web addresses are accepted ({scheme} is not allowed).",
    },
    "url.no_scheme": {
        "fr": "Adresse incomplète : « {url} » doit commencer par http:// ou https://.",
        "en": "Incomplete address: “{url}” must start with http:// or https://.",
    },
    "url.no_host": {
        "fr": "Adresse incomplète : « {url} » ne contient pas de nom de serveur.",
        "en": "Incomplete address: “{url}” holds no server name.",
    },
    "url.private": {
        "fr": "Adresse refusée : « {url} » pointe vers {address}, une adresse de réseau privé ou local (intranet, machine elle-même). Le studio ne télécharge que depuis l'internet public.",
        "en": "Address refused: “{url}” points to {address}, a private or local network address (intranet, the machine itself). The studio only downloads from the public internet.",
    },
    "url.redirect_private": {
        "fr": "Redirection refusée : « {url} » renvoie vers « {target} » ({address}), une adresse de réseau privé ou local. Le téléchargement a été arrêté avant toute connexion.",
        "en": "Redirect refused: “{url}” redirects to “{target}” ({address}), a private or local network address. The download was stopped before connecting.",
    },
    "url.redirect_scheme": {
        "fr": "Redirection refusée : « {url} » renvoie vers « {target} », qui n'est pas une adresse http:// ou https://.",
        "en": "Redirect refused: “{url}” redirects to “{target}”, which is not an http:// or https:// address.",
    },
    "url.redirect_no_location": {
        "fr": "« {url} » annonce une redirection (code {status}) sans dire vers quelle adresse.",
        "en": "“{url}” announces a redirect (code {status}) without saying where to.",
    },
    "url.too_many_redirects": {
        "fr": "Trop de redirections : « {url} » renvoie d'adresse en adresse plus de {max} fois. Vérifiez le lien.",
        "en": "Too many redirects: “{url}” sends from address to address more than {max} times. Check the link.",
    },
    "url.dns": {
        "fr": "Serveur introuvable : le nom « {host} » (adresse « {url} ») n'existe pas ou ne répond pas. Vérifiez l'orthographe de l'adresse et la connexion internet.",
        "en": "Server not found: the name “{host}” (address “{url}”) does not exist or does not answer. Check the spelling of the address and the internet connection.",
    },
    "url.refused": {
        "fr": "Connexion refusée par le serveur de « {url} » : il est arrêté ou n'accepte pas de connexion sur ce port.",
        "en": "Connection refused by the server of “{url}”: it is down or accepts no connection on this port.",
    },
    "url.timeout": {
        "fr": "Délai dépassé : le serveur de « {url} » n'a pas répondu en {seconds} secondes. Réessayez plus tard.",
        "en": "Timed out: the server of “{url}” did not answer within {seconds} seconds. Try again later.",
    },
    "url.tls": {
        "fr": "Connexion sécurisée impossible avec « {url} » : le certificat ou le chiffrement du serveur n'est pas valide ({error}).",
        "en": "Secure connection failed with “{url}”: the server's certificate or encryption is not valid ({error}).",
    },
    "url.network": {
        "fr": "Erreur réseau en téléchargeant « {url} » : {error}.",
        "en": "Network error while downloading “{url}”: {error}.",
    },
    "url.protocol": {
        "fr": "Réponse incompréhensible du serveur de « {url} » : {error}.",
        "en": "Unreadable answer from the server of “{url}”: {error}.",
    },
    "url.http_404": {
        "fr": "Fichier introuvable à l'adresse « {url} » (erreur 404) : le lien est mort ou le fichier a été déplacé.",
        "en": "No file at “{url}” (error 404): the link is dead or the file was moved.",
    },
    "url.http_denied": {
        "fr": "Accès refusé à « {url} » (erreur {status}) : ce fichier n'est pas public ou demande une connexion.",
        "en": "Access denied to “{url}” (error {status}): this file is not public or requires a login.",
    },
    "url.http_server": {
        "fr": "Le serveur de « {url} » est en erreur (code {status} {reason}). Réessayez plus tard.",
        "en": "The server of “{url}” is failing (code {status} {reason}). Try again later.",
    },
    "url.http_error": {
        "fr": "Le serveur de « {url} » a refusé la demande (code {status} {reason}).",
        "en": "The server of “{url}” refused the request (code {status} {reason}).",
    },
    "url.too_big_declared": {
        "fr": "Fichier trop lourd : « {url} » annonce {size_fr}, au-delà de la limite de {cap_fr}. Rien n'a été téléchargé.",
        "en": "File too large: “{url}” announces {size_en}, over the {cap_en} limit. Nothing was downloaded.",
    },
    "url.too_big": {
        "fr": "Fichier trop lourd : le téléchargement de « {url} » a dépassé la limite de {cap_fr} et a été arrêté.",
        "en": "File too large: the download of “{url}” went over the {cap_en} limit and was stopped.",
    },
    "url.html": {
        "fr": "Cette adresse renvoie une page web (HTML), pas un fichier de données : « {url} ». Sur le site, cherchez le lien « Télécharger » du fichier CSV, XLSX, ODS, JSON ou GeoJSON et collez ce lien-là.",
        "en": "This address returns a web page (HTML), not a data file: “{url}”. On the site, look for the “Download” link of the CSV, XLSX, ODS, JSON or GeoJSON file and paste that link.",
    },
    "url.bad_api": {
        "fr": "La page de jeu de données « {url} » a été reconnue, mais son catalogue ({api}) a renvoyé une réponse illisible.",
        "en": "The dataset page “{url}” was recognised, but its catalogue ({api}) returned an unreadable answer.",
    },
    "url.no_resources": {
        "fr": "Le jeu de données « {url} » ne contient aucun fichier à télécharger.",
        "en": "The dataset “{url}” holds no file to download.",
    },
    "url.no_tabular": {
        "fr": "Le jeu de données « {url} » ne contient aucun fichier de données lisible (CSV, XLSX, ODS, JSON, GeoJSON, XML) : seulement {formats}. Choisissez un fichier dans la liste.",
        "en": "The dataset “{url}” holds no readable data file (CSV, XLSX, ODS, JSON, GeoJSON, XML): only {formats}. Choose a file from the list.",
    },
    "url.bad_index": {
        "fr": "Le jeu de données « {url} » contient {count:n|fichier|fichiers} : le numéro {index} n'existe pas.",
        "en": "The dataset “{url}” holds {count:n|file|files}: number {index} does not exist.",
    },
    "url.unit.bytes": {"fr": "{n} octets", "en": "{n} bytes"},
    "url.unit.kb": {"fr": "{n} Ko", "en": "{n} KB"},
    "url.unit.mb": {"fr": "{n} Mo", "en": "{n} MB"},
    "url.unit.gb": {"fr": "{n} Go", "en": "{n} GB"},
}
