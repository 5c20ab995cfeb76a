<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Dockwright::Core::BuildContext</name>
    <message>
        <source>cannot open the build context: %1</source>
        <translation>der Build-Kontext kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the build context must be a directory</source>
        <translation>der Build-Kontext muss ein Verzeichnis sein</translation>
    </message>
    <message>
        <source>cannot locate the Dockerfile: %1</source>
        <translation>das Dockerfile wurde nicht gefunden: %1</translation>
    </message>
    <message>
        <source>the Dockerfile must be inside the build context %1</source>
        <translation>das Dockerfile muss im Build-Kontext %1 liegen</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::BuildError</name>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Build this Dockerfile with docker buildx build --secret id=...,src=... instead; pass values that are not secret as a build argument (--build-arg); or fetch the secret when the container runs.</source>
        <translation>Dieses Dockerfile stattdessen mit docker buildx build --secret id=...,src=... bauen; nicht geheime Werte als Build-Argument (--build-arg) übergeben; oder das Secret erst beim Start des Containers holen.</translation>
    </message>
    <message>
        <source>Build this Dockerfile with docker buildx build --ssh default instead; or fetch what needs SSH before the build (into the context) or when the container runs.</source>
        <translation>Dieses Dockerfile stattdessen mit docker buildx build --ssh default bauen; oder das, wofür SSH nötig ist, vor dem Build (in den Kontext) oder beim Start des Containers holen.</translation>
    </message>
    <message>
        <source>No engine to build on.</source>
        <translation>Keine Engine zum Bauen vorhanden.</translation>
    </message>
    <message>
        <source>The Dockerfile cannot be read: %1</source>
        <translation>Das Dockerfile kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The build was cancelled.</source>
        <translation>Der Build wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The context could not be packed.</source>
        <translation>Der Kontext konnte nicht gepackt werden.</translation>
    </message>
    <message>
        <source>The build ended without reporting an image id.</source>
        <translation>Der Build endete, ohne eine Image-ID zu melden.</translation>
    </message>
    <message>
        <source>Podman has no BuildKit: it builds every Dockerfile with buildah.</source>
        <translation>Podman hat kein BuildKit: Es baut jedes Dockerfile mit buildah.</translation>
    </message>
    <message>
        <source>This engine has no BuildKit.</source>
        <translation>Diese Engine hat kein BuildKit.</translation>
    </message>
    <message>
        <source>Build with the classic builder (Dockwright picks it by itself for this engine).</source>
        <translation>Mit dem klassischen Builder bauen (Dockwright wählt ihn für diese Engine von selbst).</translation>
    </message>
    <message>
        <source>This engine keeps images in the containerd image store, where BuildKit cannot read a build context sent with the request (moby/moby#47717).</source>
        <translation>Diese Engine speichert Images im containerd-Image-Speicher, wo BuildKit einen mit der Anfrage gesendeten Build-Kontext nicht lesen kann (moby/moby#47717).</translation>
    </message>
    <message>
        <source>Build with the classic builder, or turn the containerd image store off in the engine&apos;s daemon.json (&quot;features&quot;: {&quot;containerd-snapshotter&quot;: false}).</source>
        <translation>Mit dem klassischen Builder bauen oder den containerd-Image-Speicher in der daemon.json der Engine abschalten (&quot;features&quot;: {&quot;containerd-snapshotter&quot;: false}).</translation>
    </message>
    <message>
        <source>Building with the classic builder: this engine keeps images in the containerd image store, where BuildKit cannot read a build context sent with the request (moby/moby#47717). RUN --mount, heredocs and other BuildKit-only syntax fail here.</source>
        <translation>Es wird mit dem klassischen Builder gebaut: Diese Engine speichert Images im containerd-Image-Speicher, wo BuildKit einen mit der Anfrage gesendeten Build-Kontext nicht lesen kann (moby/moby#47717). RUN --mount, Heredocs und andere reine BuildKit-Syntax schlagen hier fehl.</translation>
    </message>
    <message>
        <source>Podman goes on with a cancelled build until the step that runs has ended: it has no call to stop a build. The engine may stay busy for a while.</source>
        <translation>Podman setzt einen abgebrochenen Build fort, bis der laufende Schritt beendet ist: Es kennt keinen Aufruf zum Anhalten eines Builds. Die Engine kann noch eine Weile beschäftigt sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the build context, so the COPY or ADD that names it failed.</source>
        <translation>„%1“ ist nicht im Build-Kontext, daher ist das COPY oder ADD, das es nennt, fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Create it in the context folder or correct the path (it is relative to the context folder, not to the Dockerfile), and check that .dockerignore does not leave it out. The editor marks such sources before a build (CopySourceMissing).</source>
        <translation>Legen Sie es im Kontextordner an oder korrigieren Sie den Pfad (er ist relativ zum Kontextordner, nicht zum Dockerfile), und prüfen Sie, dass .dockerignore es nicht ausschließt. Der Editor markiert solche Quellen schon vor einem Build (CopySourceMissing).</translation>
    </message>
    <message>
        <source>of this build</source>
        <translation>dieses Builds</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>IMAGE</translation>
    </message>
    <message>
        <source>The base image %1 could not be pulled: no registry could be reached from the engine.</source>
        <translation>Das Basis-Image %1 konnte nicht geholt werden: Die Engine erreicht keine Registry.</translation>
    </message>
    <message>
        <source>The base image %1 could not be pulled: no registry could be reached from the engine (%2 did not answer).</source>
        <translation>Das Basis-Image %1 konnte nicht geholt werden: Die Engine erreicht keine Registry (%2 hat nicht geantwortet).</translation>
    </message>
    <message>
        <source>Images the engine already has are used without a registry. Pull this one once while online (docker pull %1), or load it from an archive made with docker save (docker load -i FILE.tar); then build again.</source>
        <translation>Images, die die Engine schon hat, werden ohne Registry verwendet. Holen Sie dieses einmal, solange Sie online sind (docker pull %1), oder laden Sie es aus einem mit docker save erstellten Archiv (docker load -i FILE.tar); dann erneut bauen.</translation>
    </message>
    <message>
        <source>The base image %1 could not be pulled: the registry has no image with that name and tag.</source>
        <translation>Das Basis-Image %1 konnte nicht geholt werden: Die Registry hat kein Image mit diesem Namen und Tag.</translation>
    </message>
    <message>
        <source>Check the FROM line for a typo and that the tag exists. An image you only have as an archive can be loaded with docker load -i FILE.tar; one from a private registry needs docker login first.</source>
        <translation>Prüfen Sie die FROM-Zeile auf Tippfehler und ob das Tag existiert. Ein Image, das Sie nur als Archiv haben, lässt sich mit docker load -i FILE.tar laden; eines aus einer privaten Registry braucht vorher docker login.</translation>
    </message>
    <message>
        <source>The base image %1 could not be pulled: the registry refused access.</source>
        <translation>Das Basis-Image %1 konnte nicht geholt werden: Die Registry hat den Zugriff verweigert.</translation>
    </message>
    <message>
        <source>Log in to the registry (docker login) and build again, or load the image from an archive (docker load -i FILE.tar).</source>
        <translation>Melden Sie sich bei der Registry an (docker login) und bauen Sie erneut, oder laden Sie das Image aus einem Archiv (docker load -i FILE.tar).</translation>
    </message>
    <message>
        <source>The ignore file cannot be read: %1</source>
        <translation>Die Ignore-Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>RUN --mount=type=secret needs a BuildKit session. The Engine API can carry one (POST /session), but Dockwright does not open one yet, so the engine would fail with &quot;no active sessions&quot;.</source>
        <translation>RUN --mount=type=secret braucht eine BuildKit-Sitzung. Die Engine-API kann eine tragen (POST /session), aber Dockwright öffnet noch keine, daher würde die Engine mit „no active sessions“ scheitern.</translation>
    </message>
    <message>
        <source>RUN --mount=type=ssh needs a BuildKit session. The Engine API can carry one (POST /session), but Dockwright does not open one yet, so the engine would fail with &quot;no active sessions&quot;.</source>
        <translation>RUN --mount=type=ssh braucht eine BuildKit-Sitzung. Die Engine-API kann eine tragen (POST /session), aber Dockwright öffnet noch keine, daher würde die Engine mit „no active sessions“ scheitern.</translation>
    </message>
    <message>
        <source>This build needs a BuildKit session (secrets, SSH, local outputs). The Engine API can carry one (POST /session), but Dockwright does not open one yet; use docker buildx build for it.</source>
        <translation>Dieser Build braucht eine BuildKit-Sitzung (Secrets, SSH, lokale Ausgaben). Die Engine-API kann eine tragen (POST /session), aber Dockwright öffnet noch keine; dafür docker buildx build verwenden.</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::BuildHistory</name>
    <message>
        <source>The build history %1 cannot be read: %2</source>
        <translation>Der Build-Verlauf %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The build history %1 is not valid JSON: %2</source>
        <translation>Der Build-Verlauf %1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>The build history %1 cannot be written: %2</source>
        <translation>Der Build-Verlauf %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::BuildKitTrace</name>
    <message>
        <source>A BuildKit progress message could not be decoded (%1 bytes).</source>
        <translation>Eine BuildKit-Fortschrittsmeldung konnte nicht dekodiert werden (%1 Bytes).</translation>
    </message>
    <message>
        <source>A BuildKit progress message is not valid base64.</source>
        <translation>Eine BuildKit-Fortschrittsmeldung ist kein gültiges Base64.</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::BuildRequest</name>
    <message>
        <source>No build context directory was given.</source>
        <translation>Es wurde kein Build-Kontextverzeichnis angegeben.</translation>
    </message>
    <message>
        <source>A build argument has no name.</source>
        <translation>Ein Build-Argument hat keinen Namen.</translation>
    </message>
    <message>
        <source>A label has no name.</source>
        <translation>Ein Label hat keinen Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid image tag.</source>
        <translation>„%1“ ist kein gültiges Image-Tag.</translation>
    </message>
    <message>
        <source>BuildKit takes only the network modes default, host and none, not &quot;%1&quot;.</source>
        <translation>BuildKit akzeptiert nur die Netzwerkmodi default, host und none, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::Checkup</name>
    <message>
        <source>bit %1</source>
        <translation>Bit %1</translation>
    </message>
    <message>
        <source>No engine connection</source>
        <translation>Keine Verbindung zur Engine</translation>
    </message>
    <message>
        <source>The container is not running; start it to look inside.</source>
        <translation>Der Container läuft nicht; bitte starten, um hineinzusehen.</translation>
    </message>
    <message>
        <source>“%1” failed (exit code %2): %3</source>
        <translation>„%1“ ist fehlgeschlagen (Exit-Code %2): %3</translation>
    </message>
    <message>
        <source>Which user does the process run as?</source>
        <translation>Als welcher Benutzer läuft der Prozess?</translation>
    </message>
    <message>
        <source>root (uid 0): %1</source>
        <translation>root (uid 0): %1</translation>
    </message>
    <message>
        <source>a non-root user: %1</source>
        <translation>ein Nicht-root-Benutzer: %1</translation>
    </message>
    <message>
        <source>Can the process write to the root filesystem?</source>
        <translation>Kann der Prozess in das Wurzeldateisystem schreiben?</translation>
    </message>
    <message>
        <source>Yes: it created and removed a file in /.</source>
        <translation>Ja: Er hat in / eine Datei erstellt und entfernt.</translation>
    </message>
    <message>
        <source>No: the root filesystem is mounted read-only.</source>
        <translation>Nein: Das Wurzeldateisystem ist schreibgeschützt eingehängt.</translation>
    </message>
    <message numerus="yes">
        <source>None effective, but %n capability(ies) can still be gained (bounding set: %1).</source>
        <translation>
            <numerusform>Keine wirksam, aber %n Capability kann noch erlangt werden (Bounding-Set: %1).</numerusform>
            <numerusform>Keine wirksam, aber %n Capabilities können noch erlangt werden (Bounding-Set: %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>None: every capability is dropped.</source>
        <translation>Keine: Alle Capabilities sind entzogen.</translation>
    </message>
    <message numerus="yes">
        <source>%n effective capability(ies): %1</source>
        <translation>
            <numerusform>%n wirksame Capability: %1</numerusform>
            <numerusform>%n wirksame Capabilities: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Can a setuid binary raise privileges (NoNewPrivs)?</source>
        <translation>Kann ein setuid-Programm Rechte erhöhen (NoNewPrivs)?</translation>
    </message>
    <message>
        <source>The kernel does not report NoNewPrivs</source>
        <translation>Der Kernel meldet NoNewPrivs nicht</translation>
    </message>
    <message>
        <source>No: NoNewPrivs is 1, setuid binaries cannot raise privileges.</source>
        <translation>Nein: NoNewPrivs ist 1, setuid-Programme können keine Rechte erhöhen.</translation>
    </message>
    <message>
        <source>Yes: NoNewPrivs is 0, a setuid binary in the image could raise privileges.</source>
        <translation>Ja: NoNewPrivs ist 0, ein setuid-Programm im Image könnte Rechte erhöhen.</translation>
    </message>
    <message>
        <source>What is in the environment?</source>
        <translation>Was steht in der Umgebung?</translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s), %1 with secret-looking names masked</source>
        <translation>
            <numerusform>%n Variable, %1 mit geheim wirkenden Namen maskiert</numerusform>
            <numerusform>%n Variablen, %1 mit geheim wirkenden Namen maskiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n Variable</numerusform>
            <numerusform>%n Variablen</numerusform>
        </translation>
    </message>
    <message>
        <source>No: this user may not write to / (%1), and the root filesystem is read-only (ReadonlyRootfs), so root could not either.</source>
        <translation>Nein: Dieser Benutzer darf nicht nach / schreiben (%1), und das Wurzeldateisystem ist schreibgeschützt (ReadonlyRootfs), also könnte es auch root nicht.</translation>
    </message>
    <message>
        <source>Not for this user (%1), but / is writable: a process running as root in the container could change it.</source>
        <translation>Nicht für diesen Benutzer (%1), aber / ist beschreibbar: Ein Prozess, der im Container als root läuft, könnte es ändern.</translation>
    </message>
    <message>
        <source>Which capabilities does the container&apos;s process have?</source>
        <translation>Welche Capabilities hat der Prozess des Containers?</translation>
    </message>
    <message>
        <source>%1 has no CapEff line</source>
        <translation>%1 hat keine CapEff-Zeile</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::ContainerExec</name>
    <message>
        <source>No engine connection</source>
        <translation>Keine Verbindung zur Engine</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::ContainerRunner</name>
    <message>
        <source>Cannot create the container: %1</source>
        <translation>Der Container kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>The image %1 is not on this engine; build or pull it first (the API never pulls on create).</source>
        <translation>Das Image %1 ist auf dieser Engine nicht vorhanden; bauen oder laden Sie es zuerst (die API lädt beim Erstellen nie etwas herunter).</translation>
    </message>
    <message>
        <source>A container named %1 already exists; remove it or choose another --name.</source>
        <translation>Ein Container namens %1 existiert bereits; entfernen Sie ihn oder wählen Sie einen anderen --name.</translation>
    </message>
    <message>
        <source>Cannot start the container: %1</source>
        <translation>Der Container kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Another container or program already uses that host port; choose a different host port with -p.</source>
        <translation>Ein anderer Container oder ein anderes Programm verwendet diesen Host-Port bereits; wählen Sie mit -p einen anderen Host-Port.</translation>
    </message>
    <message>
        <source>The user %1 does not exist in the image; use a numeric uid[:gid] or a user from the image&apos;s /etc/passwd.</source>
        <translation>Den Benutzer %1 gibt es im Image nicht; verwenden Sie eine numerische uid[:gid] oder einen Benutzer aus /etc/passwd des Images.</translation>
    </message>
    <message>
        <source>The command or entrypoint does not exist in the image.</source>
        <translation>Der Befehl oder der Entrypoint existiert im Image nicht.</translation>
    </message>
    <message>
        <source>No engine connection</source>
        <translation>Keine Verbindung zur Engine</translation>
    </message>
    <message>
        <source>The engine created a container but sent no id</source>
        <translation>Die Engine hat einen Container erstellt, aber keine ID gesendet</translation>
    </message>
    <message>
        <source>Waiting for the container failed: %1</source>
        <translation>Das Warten auf den Container ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::ContextError</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::ContextPacker</name>
    <message>
        <source>cannot create the tar writer</source>
        <translation>der tar-Schreiber kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the reader stopped reading the context</source>
        <translation>der Empfänger hat aufgehört, den Kontext zu lesen</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is no longer a regular file</source>
        <translation>ist keine reguläre Datei mehr</translation>
    </message>
    <message>
        <source>grew while the context was sent; only its first %1 bytes were sent</source>
        <translation>ist gewachsen, während der Kontext gesendet wurde; nur die ersten %1 Bytes wurden gesendet</translation>
    </message>
    <message>
        <source>read failed: %1</source>
        <translation>Lesen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>shrank while the context was sent (%1 of %2 bytes)</source>
        <translation>ist geschrumpft, während der Kontext gesendet wurde (%1 von %2 Bytes)</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::ContextWalker</name>
    <message>
        <source>cannot read directory: %1</source>
        <translation>Verzeichnis kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot stat: %1</source>
        <translation>stat nicht möglich: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read symlink: %1</source>
        <translation>symbolischer Link kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>named pipe</source>
        <translation>benannte Pipe</translation>
    </message>
    <message>
        <source>socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <source>device node</source>
        <translation>Gerätedatei</translation>
    </message>
    <message>
        <source>skipped: a %1 cannot be part of a build context</source>
        <translation>übersprungen: eine %1 kann nicht Teil eines Build-Kontexts sein</translation>
    </message>
    <message>
        <source>the name contains a newline; it is sent as is (docker does the same), but RUN scripts that read file lists by line will break</source>
        <translation>der Name enthält einen Zeilenumbruch; er wird unverändert gesendet (wie bei docker), aber RUN-Skripte, die Dateilisten zeilenweise lesen, gehen dabei kaputt</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::CopySourceCheck</name>
    <message>
        <source>%1 (that is, %2)</source>
        <translation>%1 (also %2)</translation>
    </message>
    <message>
        <source>%1 source &quot;%2&quot; is not in the build context %3</source>
        <translation>%1-Quelle &quot;%2&quot; ist nicht im Build-Kontext %3</translation>
    </message>
    <message>
        <source>%1 source &quot;%2&quot; is left out of the build context by %3 line %4 (&quot;%5&quot;)</source>
        <translation>%1-Quelle &quot;%2&quot; wird durch %3 Zeile %4 (&quot;%5&quot;) aus dem Build-Kontext ausgeschlossen</translation>
    </message>
    <message>
        <source>%1 source &quot;%2&quot; matches no file in the build context %3</source>
        <translation>%1-Quelle &quot;%2&quot; passt auf keine Datei im Build-Kontext %3</translation>
    </message>
    <message>
        <source>%1 source &quot;%2&quot; matches only paths that %3 line %4 (&quot;%5&quot;) leaves out of the build context</source>
        <translation>%1-Quelle &quot;%2&quot; passt nur auf Pfade, die %3 Zeile %4 (&quot;%5&quot;) aus dem Build-Kontext ausschließt</translation>
    </message>
    <message>
        <source>the build context is not a folder that can be read</source>
        <translation>der Build-Kontext ist kein lesbarer Ordner</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::DockerBuildCommand</name>
    <message>
        <source>The environment assignment %1 before the command was ignored.</source>
        <translation>Die Umgebungszuweisung %1 vor dem Befehl wurde ignoriert.</translation>
    </message>
    <message>
        <source>The command is empty.</source>
        <translation>Der Befehl ist leer.</translation>
    </message>
    <message>
        <source>Not a docker build command: it starts with &quot;%1&quot;.</source>
        <translation>Kein docker-build-Befehl: Er beginnt mit „%1“.</translation>
    </message>
    <message>
        <source>Not a docker build command: &quot;build&quot; is missing.</source>
        <translation>Kein docker-build-Befehl: „build“ fehlt.</translation>
    </message>
    <message>
        <source>The flag %1 needs a value.</source>
        <translation>Die Option %1 benötigt einen Wert.</translation>
    </message>
    <message>
        <source>%1 is not a docker build flag Dockwright knows.</source>
        <translation>%1 ist keine docker-build-Option, die Dockwright kennt.</translation>
    </message>
    <message>
        <source>The build context (a directory) is missing.</source>
        <translation>Der Build-Kontext (ein Verzeichnis) fehlt.</translation>
    </message>
    <message>
        <source>Only one build context is taken; ignored: %1.</source>
        <translation>Es wird nur ein Build-Kontext übernommen; ignoriert: %1.</translation>
    </message>
    <message>
        <source>The context &quot;%1&quot; is not a local directory; Dockwright builds from directories.</source>
        <translation>Der Kontext „%1“ ist kein lokales Verzeichnis; Dockwright baut aus Verzeichnissen.</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::DockerIgnore</name>
    <message>
        <source>line %1 is longer than 64 KiB</source>
        <translation>Zeile %1 ist länger als 64 KiB</translation>
    </message>
    <message>
        <source>%1 (pattern &quot;%2&quot;)</source>
        <translation>%1 (Muster „%2“)</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::DockerRunCommand</name>
    <message>
        <source>%1 %2: %3; the flag was ignored</source>
        <translation>%1 %2: %3; die Option wurde ignoriert</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>%1 is not supported by Dockwright and was ignored</source>
        <translation>%1 wird von Dockwright nicht unterstützt und wurde ignoriert</translation>
    </message>
    <message>
        <source>variable name is empty</source>
        <translation>der Variablenname ist leer</translation>
    </message>
    <message>
        <source>Variables of %1 were read and are kept as -e flags</source>
        <translation>Die Variablen aus %1 wurden gelesen und als -e-Optionen übernommen</translation>
    </message>
    <message>
        <source>--env-file %1 is not supported here: %2; its variables are missing</source>
        <translation>--env-file %1 wird hier nicht unterstützt: %2; seine Variablen fehlen</translation>
    </message>
    <message>
        <source>Only one --network is supported; %1 was ignored</source>
        <translation>Nur ein --network wird unterstützt; %1 wurde ignoriert</translation>
    </message>
    <message>
        <source>unknown restart policy</source>
        <translation>unbekannte Neustart-Richtlinie</translation>
    </message>
    <message>
        <source>only on-failure takes a retry count (on-failure:3)</source>
        <translation>nur on-failure nimmt eine Anzahl von Versuchen (on-failure:3)</translation>
    </message>
    <message>
        <source>The docker CLI inlines the seccomp profile file %1; Dockwright sends the option as written, so the engine will reject it</source>
        <translation>Das docker-CLI bettet die seccomp-Profildatei %1 ein; Dockwright sendet die Option so, wie sie geschrieben ist, daher wird die Engine sie ablehnen</translation>
    </message>
    <message>
        <source>expected a size such as 512m or 1g</source>
        <translation>eine Größe wie 512m oder 1g erwartet</translation>
    </message>
    <message>
        <source>expected a number of CPUs such as 0.5 or 2</source>
        <translation>eine Anzahl CPUs wie 0.5 oder 2 erwartet</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>eine ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>expected a duration such as 30s or 1m30s</source>
        <translation>eine Dauer wie 30s oder 1m30s erwartet</translation>
    </message>
    <message>
        <source>expected a number of seconds</source>
        <translation>eine Anzahl Sekunden erwartet</translation>
    </message>
    <message>
        <source>unknown protocol &quot;%1&quot; (tcp, udp or sctp)</source>
        <translation>unbekanntes Protokoll „%1“ (tcp, udp oder sctp)</translation>
    </message>
    <message>
        <source>an IPv6 address needs the form [addr]:host:container</source>
        <translation>eine IPv6-Adresse braucht die Form [addr]:host:container</translation>
    </message>
    <message>
        <source>expected [addr]:host:container</source>
        <translation>[addr]:host:container erwartet</translation>
    </message>
    <message>
        <source>expected [ip:][hostPort:]containerPort[/protocol]</source>
        <translation>[ip:][hostPort:]containerPort[/protocol] erwartet</translation>
    </message>
    <message>
        <source>invalid container port &quot;%1&quot;</source>
        <translation>ungültiger Container-Port „%1“</translation>
    </message>
    <message>
        <source>invalid host port &quot;%1&quot;</source>
        <translation>ungültiger Host-Port „%1“</translation>
    </message>
    <message>
        <source>host and container port ranges differ in size</source>
        <translation>die Portbereiche von Host und Container sind unterschiedlich groß</translation>
    </message>
    <message>
        <source>expected [source:]target[:options]</source>
        <translation>[source:]target[:options] erwartet</translation>
    </message>
    <message>
        <source>the source is empty</source>
        <translation>die Quelle ist leer</translation>
    </message>
    <message>
        <source>the target &quot;%1&quot; is not an absolute path</source>
        <translation>das Ziel „%1“ ist kein absoluter Pfad</translation>
    </message>
    <message>
        <source>mount type &quot;%1&quot; is not supported (bind, volume, tmpfs)</source>
        <translation>der Mount-Typ „%1“ wird nicht unterstützt (bind, volume, tmpfs)</translation>
    </message>
    <message>
        <source>readonly takes true or false</source>
        <translation>readonly nimmt true oder false</translation>
    </message>
    <message>
        <source>volume-nocopy takes true or false</source>
        <translation>volume-nocopy nimmt true oder false</translation>
    </message>
    <message>
        <source>tmpfs-size &quot;%1&quot; is not a size</source>
        <translation>tmpfs-size „%1“ ist keine Größe</translation>
    </message>
    <message>
        <source>tmpfs-mode &quot;%1&quot; is not an octal mode</source>
        <translation>tmpfs-mode „%1“ ist kein oktaler Modus</translation>
    </message>
    <message>
        <source>mount option &quot;%1&quot; is not supported</source>
        <translation>die Mount-Option „%1“ wird nicht unterstützt</translation>
    </message>
    <message>
        <source>a target path is required (target=/path)</source>
        <translation>ein Zielpfad ist nötig (target=/pfad)</translation>
    </message>
    <message>
        <source>a bind mount needs a source</source>
        <translation>ein Bind-Mount braucht eine Quelle</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: a line has no variable name</source>
        <translation>%1: eine Zeile hat keinen Variablennamen</translation>
    </message>
    <message>
        <source>The environment assignment %1 before the command was ignored</source>
        <translation>Die Umgebungszuweisung %1 vor dem Befehl wurde ignoriert</translation>
    </message>
    <message>
        <source>The command is empty</source>
        <translation>Der Befehl ist leer</translation>
    </message>
    <message>
        <source>Not a docker run command: it starts with &quot;%1&quot;</source>
        <translation>Kein docker-run-Befehl: Er beginnt mit „%1“</translation>
    </message>
    <message>
        <source>Not a docker run command: &quot;run&quot; is missing</source>
        <translation>Kein docker-run-Befehl: „run“ fehlt</translation>
    </message>
    <message>
        <source>Options before &quot;run&quot; (%1) were ignored</source>
        <translation>Optionen vor „run“ (%1) wurden ignoriert</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>--%1 is not a docker run flag Dockwright knows; it was ignored (if it takes a separate value, that value was read as the image)</source>
        <translation>--%1 ist keine docker-run-Option, die Dockwright kennt; sie wurde ignoriert (falls sie einen eigenen Wert nimmt, wurde dieser als Image gelesen)</translation>
    </message>
    <message>
        <source>-%1 is not a docker run flag Dockwright knows; it was ignored</source>
        <translation>-%1 ist keine docker-run-Option, die Dockwright kennt; sie wurde ignoriert</translation>
    </message>
    <message>
        <source>No image given</source>
        <translation>Kein Image angegeben</translation>
    </message>
    <message>
        <source>Replace the placeholder %1 with a real value</source>
        <translation>Den Platzhalter %1 durch einen echten Wert ersetzen</translation>
    </message>
    <message>
        <source>Replace the placeholder %1 with an image name, e.g. myapp:dev</source>
        <translation>Den Platzhalter %1 durch einen Image-Namen ersetzen, z. B. myapp:dev</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::DockerfileAnalyzer</name>
    <message>
        <source>target stage &quot;%1&quot; could not be found</source>
        <translation>die Zielstufe „%1“ wurde nicht gefunden</translation>
    </message>
    <message>
        <source>circular dependency detected on stage: %1</source>
        <translation>zirkuläre Abhängigkeit bei Stufe %1 erkannt</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::DockerfileLinter</name>
    <message>
        <source>Empty continuation line</source>
        <translation>Leere Fortsetzungszeile</translation>
    </message>
    <message>
        <source>Command &apos;%1&apos; should match the case of the command majority (%2)</source>
        <translation>Befehl &apos;%1&apos; sollte der Schreibweise der Mehrheit der Befehle entsprechen (%2)</translation>
    </message>
    <message>
        <source>lowercase</source>
        <translation>kleingeschrieben</translation>
    </message>
    <message>
        <source>uppercase</source>
        <translation>großgeschrieben</translation>
    </message>
    <message>
        <source>Stage name &apos;%1&apos; should be lowercase</source>
        <translation>Stufenname &apos;%1&apos; sollte kleingeschrieben sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; and &apos;%2&apos; keywords&apos; casing do not match</source>
        <translation>Die Schreibweise der Schlüsselwörter &apos;%1&apos; und &apos;%2&apos; stimmt nicht überein</translation>
    </message>
    <message>
        <source>Duplicate stage name &quot;%1&quot;, stage names should be unique</source>
        <translation>Doppelter Stufenname &quot;%1&quot;, Stufennamen sollten eindeutig sein</translation>
    </message>
    <message>
        <source>Stage name should not use the same name as reserved stage &quot;%1&quot;</source>
        <translation>Der Stufenname sollte nicht dem reservierten Stufennamen &quot;%1&quot; entsprechen</translation>
    </message>
    <message>
        <source>FROM argument &apos;%1&apos; is not declared</source>
        <translation>FROM-Argument &apos;%1&apos; ist nicht deklariert</translation>
    </message>
    <message>
        <source>FROM argument &apos;%1&apos; is not declared (did you mean %2?)</source>
        <translation>FROM-Argument &apos;%1&apos; ist nicht deklariert (war %2 gemeint?)</translation>
    </message>
    <message>
        <source>Setting platform to predefined %1 in FROM is redundant as this is the default behavior</source>
        <translation>Die Plattform in FROM auf das vordefinierte %1 zu setzen ist überflüssig, da dies das Standardverhalten ist</translation>
    </message>
    <message>
        <source>FROM --platform flag should not use constant value &quot;%1&quot;</source>
        <translation>Die Option FROM --platform sollte keinen konstanten Wert &quot;%1&quot; verwenden</translation>
    </message>
    <message>
        <source>Default value for ARG %1 results in empty or invalid base image name</source>
        <translation>Der Standardwert für ARG %1 ergibt einen leeren oder ungültigen Basis-Image-Namen</translation>
    </message>
    <message>
        <source>Always tag the version of an image explicitly: &apos;%1&apos; means &apos;%1:latest&apos;</source>
        <translation>Die Version eines Images immer explizit taggen: &apos;%1&apos; bedeutet &apos;%1:latest&apos;</translation>
    </message>
    <message>
        <source>Using the &apos;latest&apos; tag of &apos;%1&apos; makes builds unreproducible; pin a release tag</source>
        <translation>Das Tag &apos;latest&apos; von &apos;%1&apos; macht Builds nicht reproduzierbar; ein Release-Tag festlegen</translation>
    </message>
    <message>
        <source>Base image &apos;%1&apos; is not pinned by digest (@sha256:...)</source>
        <translation>Basis-Image &apos;%1&apos; ist nicht per Digest festgelegt (@sha256:...)</translation>
    </message>
    <message>
        <source>Do not use ARG or ENV instructions for sensitive data (%1 &quot;%2&quot;)</source>
        <translation>Keine ARG- oder ENV-Anweisungen für vertrauliche Daten verwenden (%1 &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1 key=value&quot; should be used instead of legacy &quot;%1 key value&quot; format</source>
        <translation>&quot;%1 key=value&quot; sollte statt des veralteten Formats &quot;%1 key value&quot; verwendet werden</translation>
    </message>
    <message>
        <source>Maintainer instruction is deprecated in favor of using label</source>
        <translation>Die Anweisung MAINTAINER ist zugunsten von LABEL veraltet</translation>
    </message>
    <message>
        <source>JSON arguments recommended for %1 to prevent unintended behavior related to OS signals</source>
        <translation>JSON-Argumente für %1 empfohlen, um unbeabsichtigtes Verhalten bei Betriebssystemsignalen zu vermeiden</translation>
    </message>
    <message>
        <source>Relative workdir &quot;%1&quot; can have unexpected results if the base image changes</source>
        <translation>Relatives WORKDIR &quot;%1&quot; kann zu unerwarteten Ergebnissen führen, wenn sich das Basis-Image ändert</translation>
    </message>
    <message>
        <source>Multiple %1 instructions should not be used in the same stage because only the last one will be used</source>
        <translation>Mehrere %1-Anweisungen sollten nicht in derselben Stufe verwendet werden, da nur die letzte wirkt</translation>
    </message>
    <message>
        <source>Usage of undefined variable &apos;$%1&apos; (global ARG &apos;%1&apos; must be redeclared in the stage with &apos;ARG %1&apos;)</source>
        <translation>Verwendung der undefinierten Variable &apos;$%1&apos; (globales ARG &apos;%1&apos; muss in der Stufe mit &apos;ARG %1&apos; erneut deklariert werden)</translation>
    </message>
    <message>
        <source>Usage of undefined variable &apos;$%1&apos; (did you mean $%2?)</source>
        <translation>Verwendung der undefinierten Variable &apos;$%1&apos; (war $%2 gemeint?)</translation>
    </message>
    <message>
        <source>Usage of undefined variable &apos;$%1&apos;</source>
        <translation>Verwendung der undefinierten Variable &apos;$%1&apos;</translation>
    </message>
    <message>
        <source>Defined protocol &apos;%1&apos; in EXPOSE instruction should be lowercase</source>
        <translation>Das Protokoll &apos;%1&apos; in der EXPOSE-Anweisung sollte kleingeschrieben sein</translation>
    </message>
    <message>
        <source>EXPOSE instruction should not define an IP address or host-port mapping, found &apos;%1&apos;</source>
        <translation>Die EXPOSE-Anweisung sollte keine IP-Adresse oder Host-Port-Zuordnung festlegen, gefunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Valid UNIX ports range from 0 to 65535, found &apos;%1&apos;</source>
        <translation>Gültige UNIX-Ports reichen von 0 bis 65535, gefunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>EXPOSE %1 uses a literal port although &apos;%2&apos; is defined; use EXPOSE ${%2}</source>
        <translation>EXPOSE %1 verwendet einen festen Port, obwohl &apos;%2&apos; definiert ist; EXPOSE ${%2} verwenden</translation>
    </message>
    <message>
        <source>COPY --from cannot reference its own stage &apos;%1&apos;</source>
        <translation>COPY --from kann nicht auf die eigene Stufe &apos;%1&apos; verweisen</translation>
    </message>
    <message>
        <source>COPY --from=%1 does not name a stage; it will be pulled as an image</source>
        <translation>COPY --from=%1 nennt keine Stufe; es wird als Image geholt</translation>
    </message>
    <message>
        <source>COPY --from=%1 does not name a stage (did you mean %2?)</source>
        <translation>COPY --from=%1 nennt keine Stufe (war %2 gemeint?)</translation>
    </message>
    <message>
        <source>%1 with more than 2 arguments requires the last argument to end with /</source>
        <translation>%1 mit mehr als 2 Argumenten erfordert, dass das letzte Argument auf / endet</translation>
    </message>
    <message>
        <source>Use COPY instead of ADD for files and folders</source>
        <translation>COPY statt ADD für Dateien und Ordner verwenden</translation>
    </message>
    <message>
        <source>Do not use sudo in RUN; use USER to switch users</source>
        <translation>sudo nicht in RUN verwenden; mit USER den Benutzer wechseln</translation>
    </message>
    <message>
        <source>Use WORKDIR to switch to a directory instead of &apos;cd&apos;</source>
        <translation>WORKDIR statt &apos;cd&apos; zum Wechseln in ein Verzeichnis verwenden</translation>
    </message>
    <message>
        <source>Do not use apt as it is meant to be an end-user tool, use apt-get or apt-cache instead</source>
        <translation>apt nicht verwenden, da es als Endbenutzerwerkzeug gedacht ist; stattdessen apt-get oder apt-cache verwenden</translation>
    </message>
    <message>
        <source>Use the -y switch to avoid manual input: apt-get -y install</source>
        <translation>Den Schalter -y verwenden, um manuelle Eingaben zu vermeiden: apt-get -y install</translation>
    </message>
    <message>
        <source>Avoid additional packages by specifying --no-install-recommends</source>
        <translation>Zusätzliche Pakete mit --no-install-recommends vermeiden</translation>
    </message>
    <message>
        <source>Delete the apt lists (/var/lib/apt/lists) after installing packages</source>
        <translation>Die apt-Listen (/var/lib/apt/lists) nach der Paketinstallation löschen</translation>
    </message>
    <message>
        <source>Use the --no-cache switch to avoid the need to use --update and remove /var/cache/apk/*</source>
        <translation>Den Schalter --no-cache verwenden, damit --update und das Entfernen von /var/cache/apk/* unnötig werden</translation>
    </message>
    <message>
        <source>Avoid use of cache directory with pip. Use `pip install --no-cache-dir &lt;package&gt;`</source>
        <translation>Kein Cache-Verzeichnis mit pip verwenden. `pip install --no-cache-dir &lt;package&gt;` verwenden</translation>
    </message>
    <message>
        <source>pip install of &apos;%1&apos; resolves versions at build time; install from a lock file or pin exact versions</source>
        <translation>pip install von &apos;%1&apos; löst Versionen zur Build-Zeit auf; aus einer Lock-Datei installieren oder exakte Versionen festlegen</translation>
    </message>
    <message>
        <source>npm install resolves versions at build time; use npm ci to install from package-lock.json</source>
        <translation>npm install löst Versionen zur Build-Zeit auf; npm ci verwenden, um aus package-lock.json zu installieren</translation>
    </message>
    <message>
        <source>%1 install without a frozen lock file; add --frozen-lockfile (or --immutable)</source>
        <translation>%1 install ohne eingefrorene Lock-Datei; --frozen-lockfile (oder --immutable) hinzufügen</translation>
    </message>
    <message>
        <source>uv sync without --locked or --frozen may update uv.lock</source>
        <translation>uv sync ohne --locked oder --frozen kann uv.lock aktualisieren</translation>
    </message>
    <message>
        <source>pipenv install without --deploy does not enforce Pipfile.lock</source>
        <translation>pipenv install ohne --deploy erzwingt Pipfile.lock nicht</translation>
    </message>
    <message>
        <source>The whole build context is copied before dependencies are installed (line %1), so every code change reinstalls them; copy the manifests first</source>
        <translation>Der gesamte Build-Kontext wird vor der Installation der Abhängigkeiten kopiert (Zeile %1), daher installiert jede Codeänderung sie neu; zuerst die Manifeste kopieren</translation>
    </message>
    <message>
        <source>Set the SHELL option -o pipefail before RUN with a pipe in it</source>
        <translation>Die SHELL-Option -o pipefail vor einem RUN mit Pipe setzen</translation>
    </message>
    <message>
        <source>The final stage runs as root: add a USER with an unprivileged user</source>
        <translation>Die letzte Stufe läuft als root: ein USER mit einem unprivilegierten Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>The last USER of the final stage is root</source>
        <translation>Das letzte USER der letzten Stufe ist root</translation>
    </message>
    <message>
        <source>The final stage has no HEALTHCHECK</source>
        <translation>Die letzte Stufe hat kein HEALTHCHECK</translation>
    </message>
    <message>
        <source>No .dockerignore in the build context %1</source>
        <translation>Keine .dockerignore im Build-Kontext %1</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::DockerfileParser</name>
    <message>
        <source>when using JSON array syntax, arrays must be comprised of strings only</source>
        <translation>in JSON-Array-Schreibweise dürfen Arrays nur Zeichenketten enthalten</translation>
    </message>
    <message>
        <source>%1 must have two arguments</source>
        <translation>%1 muss zwei Argumente haben</translation>
    </message>
    <message>
        <source>Syntax error - can&apos;t find = in &quot;%1&quot;. Must be of the form: name=value</source>
        <translation>Syntaxfehler – kein = in „%1“ gefunden. Die Form muss name=wert sein</translation>
    </message>
    <message>
        <source>only one %1 parser directive can be used</source>
        <translation>nur eine %1-Parser-Direktive ist erlaubt</translation>
    </message>
    <message>
        <source>invalid escape token &apos;%1&apos; does not match ` or \</source>
        <translation>ungültiges Escape-Zeichen &apos;%1&apos; ist weder ` noch \</translation>
    </message>
    <message>
        <source>dockerfile line greater than max allowed size of %1</source>
        <translation>Dockerfile-Zeile ist länger als die erlaubte Höchstgröße von %1</translation>
    </message>
    <message>
        <source>Empty continuation line found in: %1</source>
        <translation>Leere Fortsetzungszeile gefunden in: %1</translation>
    </message>
    <message>
        <source>unterminated heredoc</source>
        <translation>nicht abgeschlossenes Heredoc</translation>
    </message>
    <message>
        <source>file with no instructions</source>
        <translation>Datei ohne Anweisungen</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::Duration</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::Endpoint</name>
    <message>
        <source>The engine address is empty.</source>
        <translation>Die Adresse der Engine ist leer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid unix socket address: the path must be absolute (unix:///path/to/docker.sock).</source>
        <translation>&apos;%1&apos; ist keine gültige Unix-Socket-Adresse: Der Pfad muss absolut sein (unix:///pfad/zu/docker.sock).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid engine address: %2</source>
        <translation>&apos;%1&apos; ist keine gültige Engine-Adresse: %2</translation>
    </message>
    <message>
        <source>no host name</source>
        <translation>kein Hostname</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid tcp address: only host, port and a base path are allowed.</source>
        <translation>&apos;%1&apos; ist keine gültige TCP-Adresse: Nur Host, Port und ein Basispfad sind erlaubt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a daemon-side address (systemd socket activation); clients connect to the daemon&apos;s unix socket instead.</source>
        <translation>&apos;%1&apos; ist eine Adresse für die Daemon-Seite (systemd-Socket-Aktivierung); Clients verbinden sich stattdessen mit dem Unix-Socket des Daemons.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; uses the unknown scheme &apos;%2&apos;; use unix://, tcp://, ssh:// or npipe://.</source>
        <translation>&apos;%1&apos; verwendet das unbekannte Schema &apos;%2&apos;; verwenden Sie unix://, tcp://, ssh:// oder npipe://.</translation>
    </message>
    <message>
        <source>%1 (TLS)</source>
        <translation>%1 (TLS)</translation>
    </message>
    <message>
        <source>(no engine)</source>
        <translation>(keine Engine)</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::EndpointResolver</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at offset %3</source>
        <translation>%1 ist kein gültiges JSON: %2 an Position %3</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation>%1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>--context</source>
        <translation>--context</translation>
    </message>
    <message>
        <source>context %1</source>
        <translation>Kontext %1</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>ausgewählt</translation>
    </message>
    <message>
        <source>DOCKER_HOST is set to an unusable address: %1</source>
        <translation>DOCKER_HOST enthält eine unbrauchbare Adresse: %1</translation>
    </message>
    <message>
        <source>DOCKER_CONTEXT (context %1)</source>
        <translation>DOCKER_CONTEXT (Kontext %1)</translation>
    </message>
    <message>
        <source>currentContext in %1</source>
        <translation>currentContext in %1</translation>
    </message>
    <message>
        <source>context %1 (config.json)</source>
        <translation>Kontext %1 (config.json)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>context default</source>
        <translation>Kontext default</translation>
    </message>
    <message>
        <source>%1 names context &apos;%2&apos; but %3 has no such context</source>
        <translation>%1 nennt den Kontext &apos;%2&apos;, aber in %3 gibt es diesen Kontext nicht</translation>
    </message>
    <message>
        <source>Context &apos;%1&apos; in %2 has no docker endpoint host</source>
        <translation>Kontext &apos;%1&apos; in %2 hat keinen Docker-Endpunkt (host)</translation>
    </message>
    <message>
        <source>Context &apos;%1&apos; in %2 has an unusable host: %3</source>
        <translation>Kontext &apos;%1&apos; in %2 hat einen unbrauchbaren Host: %3</translation>
    </message>
    <message>
        <source>rootless Docker</source>
        <translation>Docker ohne Root-Rechte (rootless)</translation>
    </message>
    <message>
        <source>Podman</source>
        <translation>Podman</translation>
    </message>
    <message>
        <source>rootless Podman</source>
        <translation>Podman ohne Root-Rechte (rootless)</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::EngineCall</name>
    <message>
        <source>The engine&apos;s reply to %1 is not valid JSON: %2 at offset %3.</source>
        <translation>Die Antwort der Engine auf %1 ist kein gültiges JSON: %2 an Position %3.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The engine sent a line that is not a JSON object in the stream of %1.</source>
        <translation>Die Engine hat im Datenstrom von %1 eine Zeile gesendet, die kein JSON-Objekt ist.</translation>
    </message>
    <message>
        <source>The engine did not answer %1 for %2 s.</source>
        <translation>Die Engine hat %2 s lang nicht auf %1 geantwortet.</translation>
    </message>
    <message>
        <source>The engine may be overloaded or hung; try again, or restart the daemon.</source>
        <translation>Die Engine ist vielleicht überlastet oder hängt; versuchen Sie es erneut oder starten Sie den Daemon neu.</translation>
    </message>
    <message>
        <source>The engine answered %1 with an unexpected HTTP status %2.</source>
        <translation>Die Engine hat auf %1 mit dem unerwarteten HTTP-Status %2 geantwortet.</translation>
    </message>
    <message>
        <source>The connection to the engine at %1 dropped in the middle of the reply to %2.</source>
        <translation>Die Verbindung zur Engine unter %1 brach mitten in der Antwort auf %2 ab.</translation>
    </message>
    <message>
        <source>The engine may have stopped or restarted; try again when it is back.</source>
        <translation>Die Engine wurde vielleicht beendet oder neu gestartet; versuchen Sie es erneut, sobald sie wieder läuft.</translation>
    </message>
    <message>
        <source>Nobody answers at %1: is the daemon running?</source>
        <translation>Unter %1 antwortet niemand: Läuft der Daemon?</translation>
    </message>
    <message>
        <source>Start the daemon, or check the host and port (DOCKER_HOST, the docker context).</source>
        <translation>Starten Sie den Daemon oder prüfen Sie Host und Port (DOCKER_HOST, den Docker-Kontext).</translation>
    </message>
    <message>
        <source>The engine host %1 was not found.</source>
        <translation>Der Engine-Host %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Check the host name in DOCKER_HOST or the docker context.</source>
        <translation>Prüfen Sie den Hostnamen in DOCKER_HOST oder im Docker-Kontext.</translation>
    </message>
    <message>
        <source>Connecting to the engine at %1 timed out.</source>
        <translation>Die Verbindung zur Engine unter %1 hat zu lange gedauert (Zeitüberschreitung).</translation>
    </message>
    <message>
        <source>No ca.pem was given, so the system CAs were used; set DOCKER_CERT_PATH or use a context with the engine&apos;s CA.</source>
        <translation>Es wurde keine ca.pem angegeben, daher wurden die Zertifizierungsstellen des Systems verwendet; setzen Sie DOCKER_CERT_PATH oder verwenden Sie einen Kontext mit der CA der Engine.</translation>
    </message>
    <message>
        <source>The engine&apos;s certificate was checked against %1; make sure it is the CA that signed it (DOCKER_CERT_PATH, the context&apos;s TLS files).</source>
        <translation>Das Zertifikat der Engine wurde gegen %1 geprüft; stellen Sie sicher, dass dies die CA ist, die es signiert hat (DOCKER_CERT_PATH, die TLS-Dateien des Kontexts).</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The reply from %1 is not valid HTTP; is this a Docker engine?</source>
        <translation>Die Antwort von %1 ist kein gültiges HTTP; ist das eine Docker-Engine?</translation>
    </message>
    <message>
        <source>Is this a Docker engine? It may also have stopped just now.</source>
        <translation>Ist das eine Docker-Engine? Sie könnte auch gerade beendet worden sein.</translation>
    </message>
    <message>
        <source>Talking to the engine at %1 failed: %2</source>
        <translation>Die Kommunikation mit der Engine unter %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The engine at %1 closed the connection without a valid HTTP reply to %2.</source>
        <translation>Die Engine unter %1 hat die Verbindung ohne gültige HTTP-Antwort auf %2 geschlossen.</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::EngineClient</name>
    <message>
        <source>Start the Docker daemon (for example sudo systemctl start docker), or pick another endpoint: DOCKER_HOST, a docker context, the rootless Docker or the Podman socket.</source>
        <translation>Starten Sie den Docker-Daemon (zum Beispiel mit sudo systemctl start docker) oder wählen Sie einen anderen Endpunkt: DOCKER_HOST, einen Docker-Kontext, den Socket von rootless Docker oder von Podman.</translation>
    </message>
    <message>
        <source>Cannot use the TLS file %1: %2</source>
        <translation>Die TLS-Datei %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Check DOCKER_CERT_PATH or the context&apos;s TLS files (ca.pem, cert.pem, key.pem).</source>
        <translation>Prüfen Sie DOCKER_CERT_PATH oder die TLS-Dateien des Kontexts (ca.pem, cert.pem, key.pem).</translation>
    </message>
    <message>
        <source>no PEM certificate in it</source>
        <translation>sie enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>no unencrypted RSA or EC private key in it</source>
        <translation>sie enthält keinen unverschlüsselten privaten RSA- oder EC-Schlüssel</translation>
    </message>
    <message>
        <source>Windows named pipes (%1) are not supported yet.</source>
        <translation>Benannte Pipes von Windows (%1) werden noch nicht unterstützt.</translation>
    </message>
    <message>
        <source>Use a tcp:// endpoint of the engine, or a context that has one.</source>
        <translation>Verwenden Sie einen tcp://-Endpunkt der Engine oder einen Kontext, der einen hat.</translation>
    </message>
    <message>
        <source>No engine endpoint is set.</source>
        <translation>Es ist kein Engine-Endpunkt eingestellt.</translation>
    </message>
    <message>
        <source>Choose an engine (DOCKER_HOST, --host or a docker context).</source>
        <translation>Wählen Sie eine Engine (DOCKER_HOST, --host oder einen Docker-Kontext).</translation>
    </message>
    <message>
        <source>Nobody answers on %1: is the daemon running?</source>
        <translation>An %1 antwortet niemand: Läuft der Daemon?</translation>
    </message>
    <message>
        <source>The socket file exists but no daemon listens on it (a stale socket after a crash). </source>
        <translation>Die Socket-Datei existiert, aber kein Daemon lauscht daran (ein veralteter Socket nach einem Absturz). </translation>
    </message>
    <message>
        <source>Docker is not running, or it listens elsewhere: there is no socket at %1.</source>
        <translation>Docker läuft nicht oder lauscht woanders: Unter %1 gibt es keinen Socket.</translation>
    </message>
    <message>
        <source>Permission denied: a folder on the way to %1 cannot be entered.</source>
        <translation>Zugriff verweigert: Ein Ordner auf dem Weg zu %1 kann nicht betreten werden.</translation>
    </message>
    <message>
        <source>Use a socket your user can reach (the rootless Docker or Podman socket), or ask an administrator to grant access.</source>
        <translation>Verwenden Sie einen Socket, den Ihr Benutzer erreichen kann (den Socket von rootless Docker oder Podman), oder bitten Sie einen Administrator um Zugriff.</translation>
    </message>
    <message>
        <source>Cannot check the socket %1: %2</source>
        <translation>Der Socket %1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a socket.</source>
        <translation>%1 ist kein Socket.</translation>
    </message>
    <message>
        <source>DOCKER_HOST or the context must name the daemon&apos;s socket file.</source>
        <translation>DOCKER_HOST oder der Kontext muss die Socket-Datei des Daemons nennen.</translation>
    </message>
    <message>
        <source>Permission denied on the engine socket %1.</source>
        <translation>Zugriff auf den Engine-Socket %1 verweigert.</translation>
    </message>
    <message>
        <source>Add your user to the docker group (sudo usermod -aG docker $USER) and log in again, or use the rootless Docker or Podman socket.</source>
        <translation>Fügen Sie Ihren Benutzer der Gruppe docker hinzu (sudo usermod -aG docker $USER) und melden Sie sich neu an, oder verwenden Sie den Socket von rootless Docker oder Podman.</translation>
    </message>
    <message>
        <source>Connecting to the engine at %1 took longer than %2 s.</source>
        <translation>Die Verbindung zur Engine unter %1 dauerte länger als %2 s.</translation>
    </message>
    <message>
        <source>The engine ping</source>
        <translation>Der Ping an die Engine</translation>
    </message>
    <message>
        <source>The engine at %1 speaks Docker API %2, but Dockwright needs at least API %3 (Docker 20.10).</source>
        <translation>Die Engine unter %1 spricht die Docker-API %2, Dockwright braucht aber mindestens API %3 (Docker 20.10).</translation>
    </message>
    <message>
        <source>Update the engine to Docker 20.10 or newer, or pick another endpoint.</source>
        <translation>Aktualisieren Sie die Engine auf Docker 20.10 oder neuer, oder wählen Sie einen anderen Endpunkt.</translation>
    </message>
    <message>
        <source>Reading the engine version</source>
        <translation>Das Lesen der Engine-Version</translation>
    </message>
    <message>
        <source>The engine&apos;s /version reply is not a JSON object.</source>
        <translation>Die Antwort der Engine auf /version ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The engine at %1 reported no API version (no Api-Version header, no ApiVersion in /version).</source>
        <translation>Die Engine unter %1 hat keine API-Version gemeldet (kein Api-Version-Header, kein ApiVersion in /version).</translation>
    </message>
    <message>
        <source>Is this a Docker-compatible engine?</source>
        <translation>Ist das eine Docker-kompatible Engine?</translation>
    </message>
    <message>
        <source>The engine at %1 requires API %2 or newer, but Dockwright speaks at most API %3.</source>
        <translation>Die Engine unter %1 verlangt API %2 oder neuer, Dockwright spricht aber höchstens API %3.</translation>
    </message>
    <message>
        <source>Update Dockwright, or start the daemon with DOCKER_MIN_API_VERSION=%1.</source>
        <translation>Aktualisieren Sie Dockwright oder starten Sie den Daemon mit DOCKER_MIN_API_VERSION=%1.</translation>
    </message>
    <message>
        <source>No ssh bridge.</source>
        <translation>Keine ssh-Brücke.</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::EngineDownload</name>
    <message>
        <source>Not connected to an engine.</source>
        <translation>Nicht mit einer Engine verbunden.</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::EngineError</name>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>The engine answered HTTP %1: %2</source>
        <translation>Die Engine antwortete mit HTTP %1: %2</translation>
    </message>
    <message>
        <source>%1 failed (HTTP %2): %3</source>
        <translation>%1 ist fehlgeschlagen (HTTP %2): %3</translation>
    </message>
    <message>
        <source>The engine does not accept this API version; reconnect so it is negotiated again.</source>
        <translation>Die Engine akzeptiert diese API-Version nicht; verbinden Sie sich neu, damit sie erneut ausgehandelt wird.</translation>
    </message>
    <message>
        <source>The engine refused access; check registry credentials or the engine&apos;s authorization plugin.</source>
        <translation>Die Engine hat den Zugriff verweigert; prüfen Sie die Zugangsdaten der Registry oder das Autorisierungs-Plugin der Engine.</translation>
    </message>
    <message>
        <source>The engine&apos;s log may say more (journalctl -u docker).</source>
        <translation>Das Protokoll der Engine sagt vielleicht mehr (journalctl -u docker).</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::EngineImageStream</name>
    <message>
        <source>Not connected to an engine: %1</source>
        <translation>Nicht mit einer Engine verbunden: %1</translation>
    </message>
    <message>
        <source>Not connected to an engine.</source>
        <translation>Nicht mit einer Engine verbunden.</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::EngineSession</name>
    <message>
        <source>The engine at %1 closed its event stream.</source>
        <translation>Die Engine unter %1 hat ihren Ereignisstrom geschlossen.</translation>
    </message>
    <message>
        <source>The engine may have stopped or restarted; reconnecting.</source>
        <translation>Die Engine wurde vielleicht beendet oder neu gestartet; die Verbindung wird neu aufgebaut.</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::ExitCode</name>
    <message>
        <source>killed by the kernel for using more memory than its limit (out of memory)</source>
        <translation>vom Kernel beendet, weil mehr Speicher als erlaubt verbraucht wurde (out of memory)</translation>
    </message>
    <message>
        <source>finished successfully</source>
        <translation>erfolgreich beendet</translation>
    </message>
    <message>
        <source>the application reported an error; its log says why</source>
        <translation>die Anwendung hat einen Fehler gemeldet; ihr Protokoll nennt den Grund</translation>
    </message>
    <message>
        <source>the command was used wrongly (bad arguments or shell syntax)</source>
        <translation>der Befehl wurde falsch verwendet (ungültige Argumente oder Shell-Syntax)</translation>
    </message>
    <message>
        <source>the container runtime failed before the command started</source>
        <translation>die Container-Laufzeit ist vor dem Start des Befehls gescheitert</translation>
    </message>
    <message>
        <source>the command exists but cannot be executed (not executable, or on a noexec mount)</source>
        <translation>der Befehl existiert, kann aber nicht ausgeführt werden (nicht ausführbar oder auf einem noexec-Mount)</translation>
    </message>
    <message>
        <source>the command was not found in the image (check the command, the entrypoint and PATH)</source>
        <translation>der Befehl wurde im Image nicht gefunden (Befehl, Entrypoint und PATH prüfen)</translation>
    </message>
    <message>
        <source>interrupted by SIGINT (Ctrl+C)</source>
        <translation>durch SIGINT unterbrochen (Strg+C)</translation>
    </message>
    <message>
        <source>aborted by SIGABRT, often a failed assertion</source>
        <translation>durch SIGABRT abgebrochen, oft eine fehlgeschlagene Assertion</translation>
    </message>
    <message>
        <source>killed by SIGKILL: docker kill, or docker stop after the process ignored SIGTERM for the whole timeout</source>
        <translation>durch SIGKILL beendet: docker kill, oder docker stop, nachdem der Prozess SIGTERM die ganze Wartezeit über ignoriert hat</translation>
    </message>
    <message>
        <source>crashed with a segmentation fault (SIGSEGV)</source>
        <translation>mit einem Speicherzugriffsfehler abgestürzt (SIGSEGV)</translation>
    </message>
    <message>
        <source>ended by SIGPIPE: it wrote to a pipe nobody reads</source>
        <translation>durch SIGPIPE beendet: Es hat in eine Pipe geschrieben, die niemand liest</translation>
    </message>
    <message>
        <source>stopped by SIGTERM, as docker stop sends it; the application ended on the signal</source>
        <translation>durch SIGTERM gestoppt, wie docker stop es sendet; die Anwendung hat sich auf das Signal hin beendet</translation>
    </message>
    <message>
        <source>ended by signal %1</source>
        <translation>durch Signal %1 beendet</translation>
    </message>
    <message>
        <source>ended by signal %1 (%2)</source>
        <translation>durch Signal %1 (%2) beendet</translation>
    </message>
    <message>
        <source>the application&apos;s own exit code; its documentation or log says what it means</source>
        <translation>der eigene Exit-Code der Anwendung; ihre Dokumentation oder ihr Protokoll sagt, was er bedeutet</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::FileSave</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::Hardening</name>
    <message>
        <source>Read-only root filesystem</source>
        <translation>Schreibgeschütztes Wurzeldateisystem</translation>
    </message>
    <message>
        <source>Mounts the image&apos;s filesystem read-only, so the process can only write where you give it a tmpfs or a volume. Writable places become an explicit, reviewable list.</source>
        <translation>Hängt das Dateisystem des Images schreibgeschützt ein, sodass der Prozess nur dort schreiben kann, wo ein tmpfs oder Volume bereitgestellt wird. Beschreibbare Orte werden zu einer expliziten, überprüfbaren Liste.</translation>
    </message>
    <message>
        <source>A compromised or buggy process can modify binaries, libraries and configuration inside the container, plant files that survive a restart of the same container, and fill the container&apos;s writable layer on the host disk.</source>
        <translation>Ein kompromittierter oder fehlerhafter Prozess kann Programme, Bibliotheken und Konfiguration im Container verändern, Dateien ablegen, die einen Neustart desselben Containers überstehen, und die beschreibbare Schicht des Containers auf der Host-Festplatte füllen.</translation>
    </message>
    <message>
        <source>Drop all capabilities</source>
        <translation>Alle Capabilities entziehen</translation>
    </message>
    <message>
        <source>Removes every Linux capability Docker grants by default (chown, kill, setuid, net_raw, mknod and more) and adds back only the ones the application needs, for example NET_BIND_SERVICE to listen on a port below 1024.</source>
        <translation>Entfernt jede Linux-Capability, die Docker standardmäßig gewährt (chown, kill, setuid, net_raw, mknod und weitere), und fügt nur die wieder hinzu, die die Anwendung braucht, zum Beispiel NET_BIND_SERVICE, um auf einem Port unter 1024 zu lauschen.</translation>
    </message>
    <message>
        <source>A process running as root in the container keeps powers such as changing file ownership, sending raw packets (ARP/ICMP spoofing on the bridge) and switching user ids, which make container escapes and lateral movement easier.</source>
        <translation>Ein Prozess, der im Container als root läuft, behält Befugnisse wie das Ändern von Dateieigentümern, das Senden roher Pakete (ARP-/ICMP-Spoofing in der Bridge) und das Wechseln von Benutzer-IDs, was Ausbrüche aus dem Container und seitliche Bewegung erleichtert.</translation>
    </message>
    <message>
        <source>No new privileges</source>
        <translation>Keine neuen Rechte</translation>
    </message>
    <message>
        <source>Sets the kernel&apos;s no_new_privs flag: setuid/setgid binaries and file capabilities can no longer raise the privileges of the process or its children.</source>
        <translation>Setzt das no_new_privs-Flag des Kernels: setuid-/setgid-Programme und Datei-Capabilities können die Rechte des Prozesses oder seiner Kinder nicht mehr erhöhen.</translation>
    </message>
    <message>
        <source>A process that starts as an unprivileged user can become root again through a setuid binary left in the image (su, sudo, mount, ping on older images).</source>
        <translation>Ein Prozess, der als unprivilegierter Benutzer startet, kann über ein im Image verbliebenes setuid-Programm (su, sudo, mount, ping in älteren Images) wieder root werden.</translation>
    </message>
    <message>
        <source>Run as a non-root user</source>
        <translation>Als Nicht-root-Benutzer ausführen</translation>
    </message>
    <message>
        <source>Runs the process as an unprivileged user, from the image&apos;s USER or --user. Root in a container is the host&apos;s root user, only fenced in by namespaces and capabilities.</source>
        <translation>Führt den Prozess als unprivilegierten Benutzer aus, aus USER des Images oder --user. root in einem Container ist der root-Benutzer des Hosts, nur durch Namespaces und Capabilities eingezäunt.</translation>
    </message>
    <message>
        <source>Any kernel or runtime escape gives root on the host, files written to bind mounts are owned by root, and the process can read every file in the image.</source>
        <translation>Jeder Ausbruch über Kernel oder Laufzeitumgebung ergibt root auf dem Host, in Bind-Mounts geschriebene Dateien gehören root, und der Prozess kann jede Datei im Image lesen.</translation>
    </message>
    <message>
        <source>Init process</source>
        <translation>Init-Prozess</translation>
    </message>
    <message>
        <source>Runs a tiny init (docker-init/tini) as PID 1 that forwards signals to the application and reaps zombie processes.</source>
        <translation>Führt ein winziges Init (docker-init/tini) als PID 1 aus, das Signale an die Anwendung weiterleitet und Zombie-Prozesse einsammelt.</translation>
    </message>
    <message>
        <source>The application becomes PID 1, which ignores SIGTERM unless it installs a handler, so docker stop waits the full timeout and then kills it; orphaned children pile up as zombies until the pids limit is reached.</source>
        <translation>Die Anwendung wird PID 1, die SIGTERM ignoriert, sofern sie keinen Handler installiert; docker stop wartet daher die volle Zeit ab und beendet sie dann hart; verwaiste Kindprozesse sammeln sich als Zombies, bis das PID-Limit erreicht ist.</translation>
    </message>
    <message>
        <source>Size-limited tmpfs for writable paths</source>
        <translation>Größenbegrenztes tmpfs für beschreibbare Pfade</translation>
    </message>
    <message>
        <source>Gives the paths the application must write to (/tmp and app-specific ones such as /app/logs) an in-memory filesystem with a size cap, without setuid, device files or executables.</source>
        <translation>Gibt den Pfaden, in die die Anwendung schreiben muss (/tmp und anwendungsspezifische wie /app/logs), ein Dateisystem im Arbeitsspeicher mit Größenbegrenzung, ohne setuid, Gerätedateien oder ausführbare Programme.</translation>
    </message>
    <message>
        <source>With a read-only root, programs that need /tmp fail. Without noexec an attacker can download and run a binary from /tmp; without a size an endless write exhausts the host&apos;s memory.</source>
        <translation>Mit schreibgeschütztem Wurzeldateisystem scheitern Programme, die /tmp brauchen. Ohne noexec kann ein Angreifer ein Programm nach /tmp herunterladen und ausführen; ohne Größe erschöpft endloses Schreiben den Speicher des Hosts.</translation>
    </message>
    <message>
        <source>HOME and XDG directories in /tmp</source>
        <translation>HOME- und XDG-Verzeichnisse in /tmp</translation>
    </message>
    <message>
        <source>Points HOME, XDG_CACHE_HOME and XDG_CONFIG_HOME at the writable tmpfs, so libraries that keep caches or settings (pip, matplotlib, Hugging Face, git) work under a read-only root.</source>
        <translation>Lässt HOME, XDG_CACHE_HOME und XDG_CONFIG_HOME auf das beschreibbare tmpfs zeigen, sodass Bibliotheken, die Caches oder Einstellungen speichern (pip, matplotlib, Hugging Face, git), mit schreibgeschütztem Wurzeldateisystem funktionieren.</translation>
    </message>
    <message>
        <source>Under --read-only those libraries crash or hang at start with &quot;Read-only file system&quot; errors when they try to create ~/.cache or ~/.config.</source>
        <translation>Unter --read-only stürzen diese Bibliotheken beim Start mit Fehlern wie &quot;Read-only file system&quot; ab oder hängen, wenn sie ~/.cache oder ~/.config anlegen wollen.</translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation>Speicherlimit</translation>
    </message>
    <message>
        <source>Caps the memory of the container&apos;s cgroup; the kernel OOM-kills the container instead of the host running out of memory.</source>
        <translation>Begrenzt den Speicher der cgroup des Containers; der Kernel beendet den Container per OOM-Killer, statt dass dem Host der Speicher ausgeht.</translation>
    </message>
    <message>
        <source>A leak or a hostile input can take all of the host&apos;s memory and get other containers and host services killed.</source>
        <translation>Ein Speicherleck oder eine feindselige Eingabe kann den gesamten Speicher des Hosts belegen und andere Container und Host-Dienste beenden lassen.</translation>
    </message>
    <message>
        <source>CPU limit</source>
        <translation>CPU-Limit</translation>
    </message>
    <message>
        <source>Limits the container to a share of the host&apos;s CPUs (CFS quota).</source>
        <translation>Begrenzt den Container auf einen Anteil der CPUs des Hosts (CFS-Quota).</translation>
    </message>
    <message>
        <source>A busy loop or a crypto miner can starve every other workload on the host.</source>
        <translation>Eine Endlosschleife oder ein Krypto-Miner kann jede andere Last auf dem Host aushungern.</translation>
    </message>
    <message>
        <source>Process limit</source>
        <translation>Prozesslimit</translation>
    </message>
    <message>
        <source>Limits how many processes and threads the container may have at once.</source>
        <translation>Begrenzt, wie viele Prozesse und Threads der Container gleichzeitig haben darf.</translation>
    </message>
    <message>
        <source>A fork bomb or a thread leak exhausts the host&apos;s process table, and nothing new can start anywhere on the host.</source>
        <translation>Eine Fork-Bombe oder ein Thread-Leck erschöpft die Prozesstabelle des Hosts, und nirgends auf dem Host kann etwas Neues starten.</translation>
    </message>
    <message>
        <source>No network</source>
        <translation>Kein Netzwerk</translation>
    </message>
    <message>
        <source>Gives the container only a loopback interface. Use it for batch jobs and tools that read and write files but never talk to the network.</source>
        <translation>Gibt dem Container nur eine Loopback-Schnittstelle. Für Batch-Jobs und Werkzeuge gedacht, die Dateien lesen und schreiben, aber nie über das Netzwerk kommunizieren.</translation>
    </message>
    <message>
        <source>Compromised code can download payloads, exfiltrate data and reach other containers and services on the host&apos;s networks.</source>
        <translation>Kompromittierter Code kann Schadsoftware herunterladen, Daten abfließen lassen und andere Container und Dienste in den Netzwerken des Hosts erreichen.</translation>
    </message>
    <message>
        <source>Not privileged</source>
        <translation>Nicht privilegiert</translation>
    </message>
    <message>
        <source>--privileged grants every capability, all host devices and disables seccomp, AppArmor and the read-only /proc and /sys paths. Leave it off.</source>
        <translation>--privileged gewährt jede Capability und alle Host-Geräte und deaktiviert seccomp, AppArmor und die schreibgeschützten Pfade /proc und /sys. Deaktiviert lassen.</translation>
    </message>
    <message>
        <source>A privileged container is root on the host in all but name: it can mount the host&apos;s disks and load kernel modules.</source>
        <translation>Ein privilegierter Container ist faktisch root auf dem Host: Er kann die Festplatten des Hosts einhängen und Kernelmodule laden.</translation>
    </message>
    <message>
        <source>Added back: %1</source>
        <translation>Wieder hinzugefügt: %1</translation>
    </message>
    <message>
        <source>The image&apos;s USER is not known; set --user or inspect the image</source>
        <translation>USER des Images ist unbekannt; --user setzen oder das Image untersuchen</translation>
    </message>
    <message>
        <source>The image runs as %1</source>
        <translation>Das Image läuft als %1</translation>
    </message>
    <message>
        <source>The image runs as root</source>
        <translation>Das Image läuft als root</translation>
    </message>
    <message>
        <source>A tmpfs lacks a size or nosuid,nodev,noexec</source>
        <translation>Einem tmpfs fehlt eine Größe oder nosuid,nodev,noexec</translation>
    </message>
    <message>
        <source>The container publishes ports, so it needs a network</source>
        <translation>Der Container veröffentlicht Ports und braucht daher ein Netzwerk</translation>
    </message>
    <message>
        <source>No image is set</source>
        <translation>Kein Image festgelegt</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is invalid: use letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, starting with a letter or digit</source>
        <translation>Der Name „%1“ ist ungültig: Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; und &apos;-&apos; verwenden, beginnend mit einem Buchstaben oder einer Ziffer</translation>
    </message>
    <message>
        <source>--rm cannot be combined with --restart %1: the engine refuses to create the container</source>
        <translation>--rm kann nicht mit --restart %1 kombiniert werden: Die Engine verweigert das Erstellen des Containers</translation>
    </message>
    <message>
        <source>The root filesystem is read-only but /tmp is not writable; programs that create temporary files will fail. Add --tmpfs /tmp.</source>
        <translation>Das Wurzeldateisystem ist schreibgeschützt, aber /tmp ist nicht beschreibbar; Programme, die temporäre Dateien anlegen, werden scheitern. --tmpfs /tmp hinzufügen.</translation>
    </message>
    <message>
        <source>HOME (%1) is on the read-only root; tools that write caches or settings will fail. Point HOME, XDG_CACHE_HOME and XDG_CONFIG_HOME at /tmp.</source>
        <translation>HOME (%1) liegt auf dem schreibgeschützten Wurzeldateisystem; Werkzeuge, die Caches oder Einstellungen schreiben, werden scheitern. HOME, XDG_CACHE_HOME und XDG_CONFIG_HOME auf /tmp zeigen lassen.</translation>
    </message>
    <message>
        <source>The image&apos;s USER is root (or not set) and no --user is given; the process runs as root</source>
        <translation>USER des Images ist root (oder nicht gesetzt) und --user ist nicht angegeben; der Prozess läuft als root</translation>
    </message>
    <message>
        <source>--user %1 runs the process as root</source>
        <translation>--user %1 führt den Prozess als root aus</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; does not exist in the image&apos;s /etc/passwd; the container will fail to start. Use a numeric uid or a user the image defines.</source>
        <translation>Der Benutzer „%1“ existiert nicht in /etc/passwd des Images; der Container wird nicht starten. Eine numerische uid oder einen im Image definierten Benutzer verwenden.</translation>
    </message>
    <message>
        <source>Port %1 is below 1024, the process runs as non-root and all capabilities are dropped without NET_BIND_SERVICE: binding fails with &quot;permission denied&quot; on host networking, rootless engines and engines that keep the kernel&apos;s unprivileged port start. Use a port of 1024 or more inside the container, or --cap-add=NET_BIND_SERVICE.</source>
        <translation>Port %1 liegt unter 1024, der Prozess läuft als Nicht-root und alle Capabilities sind ohne NET_BIND_SERVICE entzogen: Das Binden schlägt mit &quot;permission denied&quot; fehl bei Host-Netzwerk, rootless Engines und Engines, die den unprivilegierten Port-Start des Kernels beibehalten. Im Container einen Port ab 1024 oder --cap-add=NET_BIND_SERVICE verwenden.</translation>
    </message>
    <message>
        <source>--privileged grants every capability and all devices; --cap-drop and the other hardening flags no longer protect much</source>
        <translation>--privileged gewährt jede Capability und alle Geräte; --cap-drop und die anderen Härtungsoptionen schützen kaum noch</translation>
    </message>
    <message>
        <source>--privileged grants every capability and all host devices</source>
        <translation>--privileged gewährt jede Capability und alle Host-Geräte</translation>
    </message>
    <message>
        <source>Published ports have no effect with --network %1</source>
        <translation>Veröffentlichte Ports sind mit --network %1 wirkungslos</translation>
    </message>
    <message>
        <source>The tmpfs at %1 has no size limit; it may grow to half of the host&apos;s memory</source>
        <translation>Das tmpfs unter %1 hat kein Größenlimit; es kann bis auf die Hälfte des Host-Speichers wachsen</translation>
    </message>
    <message>
        <source>%1 is mounted twice; the engine refuses duplicate mount points</source>
        <translation>%1 ist doppelt eingehängt; die Engine lehnt doppelte Einhängepunkte ab</translation>
    </message>
    <message>
        <source>The bind source %1 is not an absolute path; the engine needs an absolute host path</source>
        <translation>Die Bind-Quelle %1 ist kein absoluter Pfad; die Engine benötigt einen absoluten Host-Pfad</translation>
    </message>
    <message>
        <source>The memory limit is below the engine&apos;s minimum of %1 (%2)</source>
        <translation>Das Speicherlimit liegt unter dem Minimum der Engine von %1 (%2)</translation>
    </message>
    <message>
        <source>While --privileged is set the score stays at %1 or below, whatever else is ticked: the other checks no longer protect much.</source>
        <translation>Solange --privileged gesetzt ist, bleibt die Bewertung bei höchstens %1, egal was sonst angekreuzt ist: Die anderen Prüfungen schützen dann kaum noch.</translation>
    </message>
    <message>
        <source>--privileged caps the score at %1: it grants every capability and all host devices and turns off seccomp and AppArmor, so the other checks protect little while it is set.</source>
        <translation>--privileged begrenzt die Bewertung auf %1: Es gewährt jede Capability und alle Host-Geräte und schaltet seccomp und AppArmor ab, sodass die anderen Prüfungen wenig schützen, solange es gesetzt ist.</translation>
    </message>
    <message>
        <source>temporary files, and HOME and the caches</source>
        <translation>temporäre Dateien sowie HOME und die Caches</translation>
    </message>
    <message>
        <source>the image works in /app, the guide&apos;s layout, which logs there</source>
        <translation>das Image arbeitet in /app, dem Aufbau des Leitfadens, und schreibt dort Protokolle</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Production posture adds tmpfs for %1.</source>
        <translation>Der Produktionsbetrieb fügt tmpfs hinzu für %1.</translation>
    </message>
    <message>
        <source>The image is not inspected yet, so no path of its own was added; add a tmpfs for any other path the application writes to.</source>
        <translation>Das Image ist noch nicht untersucht, daher wurde kein eigener Pfad hinzugefügt; fügen Sie für jeden weiteren Pfad, in den die Anwendung schreibt, ein tmpfs hinzu.</translation>
    </message>
    <message>
        <source>The image&apos;s working directory is %1, not the guide&apos;s /app, so the guide&apos;s /app/logs was not added; add a tmpfs for any other path the application writes to.</source>
        <translation>Das Arbeitsverzeichnis des Images ist %1, nicht /app wie im Leitfaden, daher wurde /app/logs nicht hinzugefügt; fügen Sie für jeden weiteren Pfad, in den die Anwendung schreibt, ein tmpfs hinzu.</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::IgnorePattern</name>
    <message>
        <source>empty pattern</source>
        <translation>leeres Muster</translation>
    </message>
    <message>
        <source>illegal exclusion pattern: &quot;!&quot;</source>
        <translation>unzulässiges Ausschlussmuster: &quot;!&quot;</translation>
    </message>
    <message>
        <source>syntax error in pattern</source>
        <translation>Syntaxfehler im Muster</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::ImageArchiveReader</name>
    <message>
        <source>symbolic link loop</source>
        <translation>Schleife aus symbolischen Links</translation>
    </message>
    <message>
        <source>not JSON or too large</source>
        <translation>kein JSON oder zu groß</translation>
    </message>
    <message>
        <source>not in the archive</source>
        <translation>nicht im Archiv</translation>
    </message>
    <message>
        <source>not a tar layer</source>
        <translation>keine tar-Schicht</translation>
    </message>
    <message>
        <source>JSON file larger than %1 bytes</source>
        <translation>JSON-Datei größer als %1 Bytes</translation>
    </message>
    <message>
        <source>no such file or directory</source>
        <translation>Datei oder Verzeichnis nicht vorhanden</translation>
    </message>
    <message>
        <source>libarchive lacks tar, gzip or zstd support</source>
        <translation>libarchive fehlt die Unterstützung für tar, gzip oder zstd</translation>
    </message>
    <message>
        <source>not a tar stream: %1</source>
        <translation>kein tar-Datenstrom: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>broken archive: %1</source>
        <translation>defektes Archiv: %1</translation>
    </message>
    <message>
        <source>name escapes the archive root with &apos;..&apos;; entry skipped</source>
        <translation>der Name verlässt mit &apos;..&apos; die Wurzel des Archivs; Eintrag übersprungen</translation>
    </message>
    <message>
        <source>link target leaves the archive; ignored</source>
        <translation>das Linkziel liegt außerhalb des Archivs; ignoriert</translation>
    </message>
    <message>
        <source>archive data is cut short: %1</source>
        <translation>die Archivdaten sind abgeschnitten: %1</translation>
    </message>
    <message>
        <source>layer not in the archive</source>
        <translation>Schicht nicht im Archiv</translation>
    </message>
    <message>
        <source>layer not in the layout</source>
        <translation>Schicht nicht im Layout</translation>
    </message>
    <message>
        <source>cannot read the archive: %1</source>
        <translation>das Archiv kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::ImageConfigRow</name>
    <message>
        <source>(none: root)</source>
        <translation>(keiner: root)</translation>
    </message>
    <message>
        <source>(none: docker run must name one)</source>
        <translation>(keiner: docker run muss einen nennen)</translation>
    </message>
    <message>
        <source>disabled (NONE)</source>
        <translation>abgeschaltet (NONE)</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>alle %1</translation>
    </message>
    <message>
        <source>timeout %1</source>
        <translation>Zeitlimit %1</translation>
    </message>
    <message>
        <source>start period %1</source>
        <translation>Startphase %1</translation>
    </message>
    <message numerus="yes">
        <source>%n retries</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Working dir</source>
        <translation>Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation>Entrypoint</translation>
    </message>
    <message>
        <source>Cmd</source>
        <translation>Cmd</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Env</source>
        <translation>Env</translation>
    </message>
    <message>
        <source>Exposed</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Healthcheck</source>
        <translation>Healthcheck</translation>
    </message>
    <message>
        <source>Stop signal</source>
        <translation>Stoppsignal</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>The account a container&apos;s process runs as (USER in the Dockerfile). None means root, which a break-out from the app turns into root on the whole container; docker run --user overrides it.</source>
        <translation>Das Konto, unter dem der Prozess eines Containers läuft (USER im Dockerfile). Keines heißt root: Ein Ausbruch aus der Anwendung wird so zu root im ganzen Container; docker run --user setzt es anders.</translation>
    </message>
    <message>
        <source>The directory the command starts in (WORKDIR); docker run -w overrides it.</source>
        <translation>Das Verzeichnis, in dem der Befehl startet (WORKDIR); docker run -w setzt es anders.</translation>
    </message>
    <message>
        <source>The program every container of this image starts (ENTRYPOINT); the command&apos;s words are passed to it as arguments. docker run --entrypoint replaces it.</source>
        <translation>Das Programm, das jeder Container dieses Images startet (ENTRYPOINT); die Wörter des Befehls bekommt es als Argumente. docker run --entrypoint ersetzt es.</translation>
    </message>
    <message>
        <source>The default command or arguments (CMD); the words after the image in docker run replace them.</source>
        <translation>Der Standardbefehl oder die Standardargumente (CMD); die Wörter nach dem Image in docker run ersetzen sie.</translation>
    </message>
    <message>
        <source>The image names no ENTRYPOINT or CMD, so docker run fails unless it is given a command.</source>
        <translation>Das Image nennt weder ENTRYPOINT noch CMD, daher scheitert docker run, wenn kein Befehl angegeben wird.</translation>
    </message>
    <message>
        <source>An environment variable every container starts with (ENV); docker run -e overrides it. Never put secrets here: they are readable by anyone who has the image.</source>
        <translation>Eine Umgebungsvariable, mit der jeder Container startet (ENV); docker run -e setzt sie anders. Nie Secrets hier ablegen: Jeder, der das Image hat, kann sie lesen.</translation>
    </message>
    <message>
        <source>A port the app listens on (EXPOSE). Documentation only: nothing is reachable from the host until docker run -p publishes it.</source>
        <translation>Ein Port, auf dem die Anwendung lauscht (EXPOSE). Nur Dokumentation: Vom Host aus ist nichts erreichbar, bis docker run -p ihn veröffentlicht.</translation>
    </message>
    <message>
        <source>A path declared as a volume (VOLUME): each container gets an anonymous volume there unless docker run mounts a named volume or a folder on it.</source>
        <translation>Ein als Volume deklarierter Pfad (VOLUME): Jeder Container bekommt dort ein anonymes Volume, außer docker run hängt ein benanntes Volume oder einen Ordner darüber.</translation>
    </message>
    <message>
        <source>How the engine checks that the app still works (HEALTHCHECK); docker ps shows the result as healthy or unhealthy.</source>
        <translation>Wie die Engine prüft, ob die Anwendung noch arbeitet (HEALTHCHECK); docker ps zeigt das Ergebnis als healthy oder unhealthy.</translation>
    </message>
    <message>
        <source>The signal docker stop sends first (STOPSIGNAL) before it kills the process.</source>
        <translation>Das Signal, das docker stop zuerst sendet (STOPSIGNAL), bevor es den Prozess beendet.</translation>
    </message>
    <message>
        <source>Metadata (LABEL), such as the org.opencontainers.image.* provenance labels: source, revision, version, created.</source>
        <translation>Metadaten (LABEL), etwa die Herkunfts-Labels org.opencontainers.image.*: source, revision, version, created.</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::ImageError</name>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (Zeile %2)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::ImageLayoutResolver</name>
    <message>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <source>neither index.json nor manifest.json found: not a docker save, OCI layout or oci-archive</source>
        <translation>weder index.json noch manifest.json gefunden: kein docker save, kein OCI-Layout und kein oci-archive</translation>
    </message>
    <message>
        <source>image indexes nested more than 8 deep</source>
        <translation>Image-Indizes sind tiefer als 8 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>missing or not an array</source>
        <translation>fehlt oder ist kein Array</translation>
    </message>
    <message>
        <source>malformed digest &apos;%1&apos;</source>
        <translation>fehlerhafter Digest &apos;%1&apos;</translation>
    </message>
    <message>
        <source>nested index %1 is not in the archive; skipped</source>
        <translation>der verschachtelte Index %1 ist nicht im Archiv; übersprungen</translation>
    </message>
    <message>
        <source>platform %1 is not in the archive (available: %2)</source>
        <translation>die Plattform %1 ist nicht im Archiv (vorhanden: %2)</translation>
    </message>
    <message>
        <source>no image manifest of index.json is in the archive</source>
        <translation>kein Image-Manifest aus index.json ist im Archiv</translation>
    </message>
    <message>
        <source>missing or malformed digest</source>
        <translation>fehlender oder fehlerhafter Digest</translation>
    </message>
    <message>
        <source>no image in the array</source>
        <translation>kein Image im Array</translation>
    </message>
    <message>
        <source>missing or escaping path</source>
        <translation>fehlender oder nach außen führender Pfad</translation>
    </message>
    <message>
        <source>%1 diff IDs for %2 layers</source>
        <translation>%1 Diff-IDs für %2 Schichten</translation>
    </message>
    <message>
        <source>%1 more warnings not shown</source>
        <translation>%1 weitere Warnungen nicht angezeigt</translation>
    </message>
    <message>
        <source>more non-empty history entries than layers</source>
        <translation>mehr nicht leere Verlaufseinträge als Schichten</translation>
    </message>
    <message>
        <source>%1 layers have no history entry</source>
        <translation>%1 Schichten haben keinen Verlaufseintrag</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::ImageLoader</name>
    <message>
        <source>&apos;%1&apos; is not a file, and the engine could not be used: %2</source>
        <translation>&apos;%1&apos; ist keine Datei, und die Engine konnte nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::ImagePasswdReader</name>
    <message>
        <source>No engine to read the image&apos;s users from.</source>
        <translation>Keine Engine, aus der die Benutzer des Images gelesen werden können.</translation>
    </message>
    <message>
        <source>The engine created a container without an id.</source>
        <translation>Die Engine hat einen Container ohne ID erstellt.</translation>
    </message>
    <message>
        <source>The engine went away.</source>
        <translation>Die Engine ist nicht mehr erreichbar.</translation>
    </message>
    <message>
        <source>Could not read /etc/passwd of %1: %2</source>
        <translation>/etc/passwd von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 is too large (%2 bytes)</source>
        <translation>%1 ist zu groß (%2 Bytes)</translation>
    </message>
    <message>
        <source>%1 is truncated</source>
        <translation>%1 ist abgeschnitten</translation>
    </message>
    <message>
        <source>%1 is not in the archive</source>
        <translation>%1 ist nicht im Archiv</translation>
    </message>
    <message>
        <source>Could not set up a tar reader (out of memory)</source>
        <translation>Der tar-Leser konnte nicht eingerichtet werden (Speicher erschöpft)</translation>
    </message>
    <message>
        <source>Could not set up a tar reader: %1</source>
        <translation>Der tar-Leser konnte nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>libarchive cannot read tar archives</source>
        <translation>libarchive kann keine tar-Archive lesen</translation>
    </message>
    <message>
        <source>The data is not a tar archive</source>
        <translation>Die Daten sind kein tar-Archiv</translation>
    </message>
    <message>
        <source>%1 could not be read</source>
        <translation>%1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The tar archive is damaged</source>
        <translation>Das tar-Archiv ist beschädigt</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::InstructionChecker</name>
    <message>
        <source>unknown flag: --%1</source>
        <translation>unbekannte Option: --%1</translation>
    </message>
    <message>
        <source> (did you mean --%1?)</source>
        <translation> (war --%1 gemeint?)</translation>
    </message>
    <message>
        <source>duplicate flag specified: %1</source>
        <translation>Option doppelt angegeben: %1</translation>
    </message>
    <message>
        <source>expecting boolean value for flag %1, not: %2</source>
        <translation>Wahrheitswert für Option %1 erwartet, nicht: %2</translation>
    </message>
    <message>
        <source>missing a value on flag: %1</source>
        <translation>Wert fehlt bei Option: %1</translation>
    </message>
    <message>
        <source>variable expansion is not supported for --mount=from</source>
        <translation>Variablenersetzung wird für --mount=from nicht unterstützt</translation>
    </message>
    <message>
        <source>invalid network mode %1</source>
        <translation>ungültiger Netzwerkmodus %1</translation>
    </message>
    <message>
        <source>security %1 is not valid</source>
        <translation>security %1 ist ungültig</translation>
    </message>
    <message>
        <source>variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround</source>
        <translation>Variablenersetzung wird für --from nicht unterstützt; als Ausweg eine neue Stufe mit FROM definieren, die ein globales ARG verwendet</translation>
    </message>
    <message>
        <source>invalid --chmod value: %1</source>
        <translation>ungültiger --chmod-Wert: %1</translation>
    </message>
    <message>
        <source>invalid --retries value: %1</source>
        <translation>ungültiger --retries-Wert: %1</translation>
    </message>
    <message>
        <source>--retries cannot be negative (%1)</source>
        <translation>--retries darf nicht negativ sein (%1)</translation>
    </message>
    <message>
        <source>time: invalid duration &quot;%1&quot;</source>
        <translation>time: ungültige Dauer &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Interval &quot;%1&quot; cannot be less than 1ms</source>
        <translation>Intervall &quot;%1&quot; darf nicht kleiner als 1ms sein</translation>
    </message>
    <message>
        <source>%1 requires at least one argument</source>
        <translation>%1 benötigt mindestens ein Argument</translation>
    </message>
    <message>
        <source>%1 requires exactly one argument</source>
        <translation>%1 benötigt genau ein Argument</translation>
    </message>
    <message>
        <source>unknown instruction: %1</source>
        <translation>unbekannte Anweisung: %1</translation>
    </message>
    <message>
        <source> (did you mean %1?)</source>
        <translation> (war %1 gemeint?)</translation>
    </message>
    <message>
        <source>%1 isn&apos;t allowed as an ONBUILD trigger</source>
        <translation>%1 ist als ONBUILD-Auslöser nicht erlaubt</translation>
    </message>
    <message>
        <source>FROM requires either one or three arguments</source>
        <translation>FROM benötigt entweder ein oder drei Argumente</translation>
    </message>
    <message>
        <source>invalid name for build stage: &quot;%1&quot;, name can&apos;t start with a number or contain symbols</source>
        <translation>ungültiger Name für Build-Stufe: &quot;%1&quot;, der Name darf nicht mit einer Ziffer beginnen oder Sonderzeichen enthalten</translation>
    </message>
    <message>
        <source>%1 names can not be blank</source>
        <translation>%1-Namen dürfen nicht leer sein</translation>
    </message>
    <message>
        <source>VOLUME specified can not be an empty string</source>
        <translation>Das angegebene VOLUME darf keine leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1 requires at least two arguments</source>
        <translation>%1 benötigt mindestens zwei Argumente</translation>
    </message>
    <message>
        <source>%1 requires at least two arguments, but only one was provided. Destination could not be determined</source>
        <translation>%1 benötigt mindestens zwei Argumente, angegeben wurde nur eines. Das Ziel konnte nicht bestimmt werden</translation>
    </message>
    <message>
        <source>%1 cannot accept a heredoc as a destination</source>
        <translation>%1 akzeptiert kein Heredoc als Ziel</translation>
    </message>
    <message>
        <source>SHELL requires the arguments to be in JSON form</source>
        <translation>SHELL erwartet die Argumente in JSON-Form</translation>
    </message>
    <message>
        <source>HEALTHCHECK NONE takes no arguments</source>
        <translation>HEALTHCHECK NONE akzeptiert keine Argumente</translation>
    </message>
    <message>
        <source>Missing command after HEALTHCHECK CMD</source>
        <translation>Befehl nach HEALTHCHECK CMD fehlt</translation>
    </message>
    <message>
        <source>Unknown type &quot;%1&quot; in HEALTHCHECK (try CMD)</source>
        <translation>Unbekannter Typ &quot;%1&quot; in HEALTHCHECK (CMD versuchen)</translation>
    </message>
    <message>
        <source>Chaining ONBUILD via `ONBUILD ONBUILD` isn&apos;t allowed</source>
        <translation>Verkettung von ONBUILD über `ONBUILD ONBUILD` ist nicht erlaubt</translation>
    </message>
    <message>
        <source>no build stage in current context</source>
        <translation>keine Build-Stufe im aktuellen Kontext</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::LayerContentReader</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>broken layer: %1</source>
        <translation>beschädigte Schicht: %1</translation>
    </message>
    <message>
        <source>hard link target escapes the root</source>
        <translation>Ziel des Hardlinks liegt außerhalb des Wurzelverzeichnisses</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 bytes, more than the %2 bytes shown</source>
        <translation>%1 Bytes, mehr als die angezeigten %2 Bytes</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>no such file in this layer</source>
        <translation>keine solche Datei in dieser Schicht</translation>
    </message>
    <message>
        <source>cannot open the layer: %1</source>
        <translation>die Schicht kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot open the archive: %1</source>
        <translation>das Archiv kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>broken archive: %1</source>
        <translation>beschädigtes Archiv: %1</translation>
    </message>
    <message>
        <source>not a tar layer: %1</source>
        <translation>keine tar-Schicht: %1</translation>
    </message>
    <message>
        <source>layer not in the archive</source>
        <translation>Schicht nicht im Archiv</translation>
    </message>
    <message>
        <source>no layer %1</source>
        <translation>keine Schicht %1</translation>
    </message>
    <message>
        <source>binary file</source>
        <translation>Binärdatei</translation>
    </message>
    <message>
        <source>hard link chain too long</source>
        <translation>Hardlink-Kette zu lang</translation>
    </message>
    <message>
        <source>layer path escapes the root</source>
        <translation>der Schichtpfad verlässt die Wurzel</translation>
    </message>
    <message>
        <source>not a tar stream: %1</source>
        <translation>kein tar-Datenstrom: %1</translation>
    </message>
    <message>
        <source>the image changed since it was read</source>
        <translation>das Image hat sich geändert, seit es gelesen wurde</translation>
    </message>
    <message>
        <source>layer not in the image export</source>
        <translation>die Schicht ist nicht im Image-Export</translation>
    </message>
    <message>
        <source>an engine image: its files are read from the engine&apos;s export</source>
        <translation>ein Engine-Image: Seine Dateien werden aus dem Export der Engine gelesen</translation>
    </message>
    <message>
        <source>the archive or layout directory is no longer there</source>
        <translation>das Archiv oder das Layout-Verzeichnis ist nicht mehr vorhanden</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::LayerScanner</name>
    <message>
        <source>libarchive could not allocate a reader</source>
        <translation>libarchive konnte keinen Leser anlegen</translation>
    </message>
    <message>
        <source>libarchive lacks tar, gzip or zstd support: %1</source>
        <translation>libarchive fehlt die Unterstützung für tar, gzip oder zstd: %1</translation>
    </message>
    <message>
        <source>not a tar layer: %1</source>
        <translation>keine tar-Schicht: %1</translation>
    </message>
    <message>
        <source>the layer decompresses to more than allowed (%1 bytes from %2 stored; limit %3 bytes or %4x); possibly a decompression bomb</source>
        <translation>die Schicht entpackt sich zu mehr als erlaubt (%1 Bytes aus %2 gespeicherten; Grenze %3 Bytes oder das %4-Fache); möglicherweise eine Dekompressionsbombe</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the tar stream keeps failing: %1</source>
        <translation>der tar-Datenstrom schlägt immer wieder fehl: %1</translation>
    </message>
    <message>
        <source>reading the layer failed</source>
        <translation>das Lesen der Schicht ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>broken layer tar after %1 entries: %2</source>
        <translation>defektes Schicht-tar nach %1 Einträgen: %2</translation>
    </message>
    <message>
        <source>more than %1 entries in one layer (or %2 in the image)</source>
        <translation>mehr als %1 Einträge in einer Schicht (oder %2 im Image)</translation>
    </message>
    <message>
        <source>entry without a name skipped</source>
        <translation>Eintrag ohne Namen übersprungen</translation>
    </message>
    <message>
        <source>name longer than %1 bytes skipped</source>
        <translation>Name länger als %1 Bytes übersprungen</translation>
    </message>
    <message>
        <source>name escapes the layer root with &apos;..&apos;; entry skipped</source>
        <translation>der Name verlässt mit &apos;..&apos; die Wurzel der Schicht; Eintrag übersprungen</translation>
    </message>
    <message>
        <source>absolute name; read as relative to the layer root</source>
        <translation>absoluter Name; relativ zur Wurzel der Schicht gelesen</translation>
    </message>
    <message>
        <source>hard link target &apos;%1&apos; escapes the layer root; entry skipped</source>
        <translation>das Ziel &apos;%1&apos; des harten Links liegt außerhalb der Schicht; Eintrag übersprungen</translation>
    </message>
    <message>
        <source>unsupported entry type skipped</source>
        <translation>nicht unterstützter Eintragstyp übersprungen</translation>
    </message>
    <message>
        <source>file data is cut short: %1</source>
        <translation>die Dateidaten sind abgeschnitten: %1</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::LintConfig</name>
    <message>
        <source>%1: invalid JSON: %2</source>
        <translation>%1: ungültiges JSON: %2</translation>
    </message>
    <message>
        <source>%1: unknown lint rule &apos;%2&apos;</source>
        <translation>%1: unbekannte Lint-Regel &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: rule &apos;%2&apos;: expected &quot;off&quot;, &quot;error&quot;, &quot;warning&quot; or &quot;info&quot;</source>
        <translation>%1: Regel &apos;%2&apos;: &quot;off&quot;, &quot;error&quot;, &quot;warning&quot; oder &quot;info&quot; erwartet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: &quot;rules&quot; must be an object of rule names and severities</source>
        <translation>%1: &quot;rules&quot; muss ein Objekt aus Regelnamen und Schweregraden sein</translation>
    </message>
    <message>
        <source>%1: unknown lint rule &apos;%2&apos; (did you mean &apos;%3&apos;?)</source>
        <translation>%1: unbekannte Lint-Regel &apos;%2&apos; (meinten Sie &apos;%3&apos;?)</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::LintRuleCatalog</name>
    <message>
        <source>The Dockerfile does not parse</source>
        <translation>Das Dockerfile lässt sich nicht parsen</translation>
    </message>
    <message>
        <source>A line that BuildKit&apos;s parser or instruction checks reject: an unknown instruction, a wrong number of arguments, an unknown flag or an invalid flag value.</source>
        <translation>Eine Zeile, die der Parser oder die Anweisungsprüfungen von BuildKit ablehnen: eine unbekannte Anweisung, eine falsche Anzahl von Argumenten, eine unbekannte Option oder ein ungültiger Optionswert.</translation>
    </message>
    <message>
        <source>The build fails before any step runs.</source>
        <translation>Der Build schlägt fehl, bevor ein Schritt läuft.</translation>
    </message>
    <message>
        <source>Correct the instruction as the message says; the reference lists each instruction&apos;s syntax.</source>
        <translation>Die Anweisung gemäß der Meldung korrigieren; die Referenz listet die Syntax jeder Anweisung auf.</translation>
    </message>
    <message>
        <source>The build cannot resolve this Dockerfile</source>
        <translation>Der Build kann dieses Dockerfile nicht auflösen</translation>
    </message>
    <message>
        <source>A problem the builder finds after parsing: an unknown --target, a stage that depends on itself, or a variable substitution that is malformed or fails (${VAR:?message}).</source>
        <translation>Ein Problem, das der Builder nach dem Parsen findet: ein unbekanntes --target, eine Stufe, die von sich selbst abhängt, oder eine Variablenersetzung, die fehlerhaft ist oder fehlschlägt (${VAR:?message}).</translation>
    </message>
    <message>
        <source>The build stops with an error.</source>
        <translation>Der Build bricht mit einem Fehler ab.</translation>
    </message>
    <message>
        <source>Fix the substitution or the stage reference the message names.</source>
        <translation>Die Ersetzung oder den Stufenverweis korrigieren, den die Meldung nennt.</translation>
    </message>
    <message>
        <source>Empty line inside a line continuation</source>
        <translation>Leerzeile innerhalb einer Zeilenfortsetzung</translation>
    </message>
    <message>
        <source>A blank line in the middle of an instruction that is continued with a trailing backslash.</source>
        <translation>Eine Leerzeile mitten in einer Anweisung, die mit einem abschließenden Backslash fortgesetzt wird.</translation>
    </message>
    <message>
        <source>BuildKit skips such lines today but has deprecated them; a future release will treat them as an error, and they make it easy to think the instruction ended.</source>
        <translation>BuildKit überspringt solche Zeilen derzeit, hat sie aber als veraltet markiert; eine künftige Version wird sie als Fehler behandeln, und sie verleiten zu der Annahme, die Anweisung sei zu Ende.</translation>
    </message>
    <message>
        <source>Remove the empty line, or end the instruction before it.</source>
        <translation>Die Leerzeile entfernen oder die Anweisung davor beenden.</translation>
    </message>
    <message>
        <source>Stage names should be lowercase</source>
        <translation>Stufennamen sollten kleingeschrieben sein</translation>
    </message>
    <message>
        <source>A stage name (FROM ... AS Name) with upper-case letters.</source>
        <translation>Ein Stufenname (FROM ... AS Name) mit Großbuchstaben.</translation>
    </message>
    <message>
        <source>Stage names are lowercased by the builder, so the spelling in the file and the name you reference differ; mixing them confuses readers.</source>
        <translation>Der Builder schreibt Stufennamen klein, daher weichen die Schreibweise in der Datei und der referenzierte Name voneinander ab; die Mischung verwirrt Leser.</translation>
    </message>
    <message>
        <source>Write the stage name in lowercase.</source>
        <translation>Den Stufennamen kleinschreiben.</translation>
    </message>
    <message>
        <source>FROM and AS keywords should have the same casing</source>
        <translation>Die Schlüsselwörter FROM und AS sollten gleich geschrieben sein</translation>
    </message>
    <message>
        <source>FROM written in upper case with a lower-case &apos;as&apos;, or the reverse.</source>
        <translation>FROM in Großbuchstaben mit kleingeschriebenem &apos;as&apos; oder umgekehrt.</translation>
    </message>
    <message>
        <source>Consistent keyword casing keeps a Dockerfile readable and is what the checks expect.</source>
        <translation>Einheitliche Schreibweise der Schlüsselwörter hält ein Dockerfile lesbar und entspricht dem, was die Prüfungen erwarten.</translation>
    </message>
    <message>
        <source>Use &apos;FROM ... AS name&apos; (or &apos;from ... as name&apos;).</source>
        <translation>&apos;FROM ... AS name&apos; (oder &apos;from ... as name&apos;) verwenden.</translation>
    </message>
    <message>
        <source>Instruction keywords should use one casing</source>
        <translation>Anweisungsschlüsselwörter sollten einheitlich geschrieben sein</translation>
    </message>
    <message>
        <source>An instruction keyword whose casing differs from the majority of the file (or that mixes cases, like &apos;Run&apos;).</source>
        <translation>Ein Anweisungsschlüsselwort, dessen Schreibweise von der Mehrheit der Datei abweicht (oder Groß- und Kleinbuchstaben mischt, etwa &apos;Run&apos;).</translation>
    </message>
    <message>
        <source>Mixed casing makes instructions harder to scan; the convention is upper case.</source>
        <translation>Gemischte Schreibweise macht Anweisungen schwerer zu überblicken; üblich ist Großschreibung.</translation>
    </message>
    <message>
        <source>Write every instruction keyword in the same case, preferably upper case.</source>
        <translation>Alle Anweisungsschlüsselwörter gleich schreiben, vorzugsweise in Großbuchstaben.</translation>
    </message>
    <message>
        <source>Stage names must be unique</source>
        <translation>Stufennamen müssen eindeutig sein</translation>
    </message>
    <message>
        <source>Two stages with the same name (compared case-insensitively).</source>
        <translation>Zwei Stufen mit demselben Namen (ohne Beachtung der Groß-/Kleinschreibung verglichen).</translation>
    </message>
    <message>
        <source>References like COPY --from=name become ambiguous; only one stage can be meant.</source>
        <translation>Verweise wie COPY --from=name werden mehrdeutig; gemeint sein kann nur eine Stufe.</translation>
    </message>
    <message>
        <source>Rename one of the stages.</source>
        <translation>Eine der Stufen umbenennen.</translation>
    </message>
    <message>
        <source>Reserved word used as a stage name</source>
        <translation>Reserviertes Wort als Stufenname verwendet</translation>
    </message>
    <message>
        <source>A stage named &apos;scratch&apos; or &apos;context&apos;.</source>
        <translation>Eine Stufe namens &apos;scratch&apos; oder &apos;context&apos;.</translation>
    </message>
    <message>
        <source>These names already mean the empty image and the build context, so a stage with that name is shadowed or shadows them.</source>
        <translation>Diese Namen bezeichnen bereits das leere Image und den Build-Kontext, daher wird eine Stufe mit diesem Namen verdeckt oder verdeckt diese.</translation>
    </message>
    <message>
        <source>Pick another stage name.</source>
        <translation>Einen anderen Stufennamen wählen.</translation>
    </message>
    <message>
        <source>Use JSON (exec) form for CMD and ENTRYPOINT</source>
        <translation>JSON-Form (Exec-Form) für CMD und ENTRYPOINT verwenden</translation>
    </message>
    <message>
        <source>CMD or ENTRYPOINT written in shell form while no SHELL is set.</source>
        <translation>CMD oder ENTRYPOINT in Shell-Form, ohne dass SHELL gesetzt ist.</translation>
    </message>
    <message>
        <source>Shell form runs the command under /bin/sh -c, so the shell is PID 1: it does not forward SIGTERM, and the container needs the full stop timeout and gets killed.</source>
        <translation>Die Shell-Form führt den Befehl unter /bin/sh -c aus, sodass die Shell PID 1 ist: Sie leitet SIGTERM nicht weiter, und der Container braucht die volle Stopp-Wartezeit und wird dann hart beendet.</translation>
    </message>
    <message>
        <source>Write the command as a JSON array; use exec inside a script if you need shell features.</source>
        <translation>Den Befehl als JSON-Array schreiben; falls Shell-Funktionen nötig sind, exec in einem Skript verwenden.</translation>
    </message>
    <message>
        <source>MAINTAINER is deprecated</source>
        <translation>MAINTAINER ist veraltet</translation>
    </message>
    <message>
        <source>Any MAINTAINER instruction.</source>
        <translation>Jede MAINTAINER-Anweisung.</translation>
    </message>
    <message>
        <source>MAINTAINER was replaced by labels, which tools can read in a standard way.</source>
        <translation>MAINTAINER wurde durch Labels ersetzt, die Werkzeuge auf standardisierte Weise lesen können.</translation>
    </message>
    <message>
        <source>Use an org.opencontainers.image.authors label.</source>
        <translation>Ein Label org.opencontainers.image.authors verwenden.</translation>
    </message>
    <message>
        <source>FROM uses an ARG that is not declared</source>
        <translation>FROM verwendet ein nicht deklariertes ARG</translation>
    </message>
    <message>
        <source>A variable in a FROM image or --platform that no ARG before the first FROM declares.</source>
        <translation>Eine Variable in einem FROM-Image oder --platform, die kein ARG vor dem ersten FROM deklariert.</translation>
    </message>
    <message>
        <source>Only global ARGs (and the automatic platform args) are visible to FROM; anything else expands to an empty string.</source>
        <translation>Nur globale ARGs (und die automatischen Plattform-Argumente) sind für FROM sichtbar; alles andere wird zu einer leeren Zeichenkette.</translation>
    </message>
    <message>
        <source>Declare the ARG before the first FROM, with a default.</source>
        <translation>Das ARG vor dem ersten FROM mit einem Standardwert deklarieren.</translation>
    </message>
    <message>
        <source>Relative WORKDIR without an absolute one first</source>
        <translation>Relatives WORKDIR ohne vorheriges absolutes</translation>
    </message>
    <message>
        <source>The first WORKDIR of a stage is a relative path.</source>
        <translation>Das erste WORKDIR einer Stufe ist ein relativer Pfad.</translation>
    </message>
    <message>
        <source>A relative WORKDIR resolves against the base image&apos;s working directory, which can change when the base image changes.</source>
        <translation>Ein relatives WORKDIR wird relativ zum Arbeitsverzeichnis des Basis-Images aufgelöst, das sich ändern kann, wenn sich das Basis-Image ändert.</translation>
    </message>
    <message>
        <source>Use an absolute path.</source>
        <translation>Einen absoluten Pfad verwenden.</translation>
    </message>
    <message>
        <source>Variable used but never defined</source>
        <translation>Variable verwendet, aber nie definiert</translation>
    </message>
    <message>
        <source>A $VAR in an instruction the builder expands (COPY, ENV, WORKDIR, ...) that no ARG or ENV defines. Dockwright cannot see the base image&apos;s environment, so for stages built on an image it reports only likely typos and global ARGs that the stage forgot to redeclare.</source>
        <translation>Ein $VAR in einer Anweisung, die der Builder ersetzt (COPY, ENV, WORKDIR, ...), das kein ARG oder ENV definiert. Dockwright kann die Umgebung des Basis-Images nicht sehen; für Stufen auf Basis eines Images meldet es daher nur wahrscheinliche Tippfehler und globale ARGs, die die Stufe nicht erneut deklariert hat.</translation>
    </message>
    <message>
        <source>The variable expands to an empty string, which silently changes paths and values.</source>
        <translation>Die Variable wird zu einer leeren Zeichenkette, was Pfade und Werte stillschweigend verändert.</translation>
    </message>
    <message>
        <source>Fix the spelling, or declare it with ARG (a global ARG must be redeclared inside the stage).</source>
        <translation>Die Schreibweise korrigieren oder sie mit ARG deklarieren (ein globales ARG muss innerhalb der Stufe erneut deklariert werden).</translation>
    </message>
    <message>
        <source>Several CMD, ENTRYPOINT or HEALTHCHECK in one stage</source>
        <translation>Mehrere CMD, ENTRYPOINT oder HEALTHCHECK in einer Stufe</translation>
    </message>
    <message>
        <source>A stage with more than one CMD, ENTRYPOINT or HEALTHCHECK; reported on the earlier ones.</source>
        <translation>Eine Stufe mit mehr als einem CMD, ENTRYPOINT oder HEALTHCHECK; gemeldet an den früheren.</translation>
    </message>
    <message>
        <source>Only the last one takes effect, so the others are dead code that misleads readers.</source>
        <translation>Nur das letzte wirkt, die anderen sind toter Code, der Leser in die Irre führt.</translation>
    </message>
    <message>
        <source>Keep only the last instruction.</source>
        <translation>Nur die letzte Anweisung behalten.</translation>
    </message>
    <message>
        <source>Use ENV/LABEL key=value</source>
        <translation>ENV/LABEL key=value verwenden</translation>
    </message>
    <message>
        <source>ENV or LABEL written as &apos;key value&apos; without &apos;=&apos;.</source>
        <translation>ENV oder LABEL als &apos;key value&apos; ohne &apos;=&apos; geschrieben.</translation>
    </message>
    <message>
        <source>The legacy form allows only one pair and takes the whole rest of the line as the value, which surprises when quotes or spaces are involved.</source>
        <translation>Die veraltete Form erlaubt nur ein Paar und nimmt den ganzen Rest der Zeile als Wert, was bei Anführungszeichen oder Leerzeichen überrascht.</translation>
    </message>
    <message>
        <source>Write key=value.</source>
        <translation>key=value schreiben.</translation>
    </message>
    <message>
        <source>FROM --platform=$TARGETPLATFORM is redundant</source>
        <translation>FROM --platform=$TARGETPLATFORM ist überflüssig</translation>
    </message>
    <message>
        <source>A FROM whose --platform is exactly $TARGETPLATFORM.</source>
        <translation>Ein FROM, dessen --platform genau $TARGETPLATFORM ist.</translation>
    </message>
    <message>
        <source>That is already the default platform of every stage.</source>
        <translation>Das ist bereits die Standardplattform jeder Stufe.</translation>
    </message>
    <message>
        <source>Drop the flag.</source>
        <translation>Die Option entfernen.</translation>
    </message>
    <message>
        <source>Secrets passed through ARG or ENV</source>
        <translation>Secrets über ARG oder ENV übergeben</translation>
    </message>
    <message>
        <source>An ARG or ENV whose name looks like a secret (password, token, secret, key, auth, credentials).</source>
        <translation>Ein ARG oder ENV, dessen Name nach einem Secret aussieht (password, token, secret, key, auth, credentials).</translation>
    </message>
    <message>
        <source>ARG and ENV values end up in the image history and metadata, where anyone with the image can read them.</source>
        <translation>Werte von ARG und ENV landen im Verlauf und in den Metadaten des Images, wo jeder mit Zugriff auf das Image sie lesen kann.</translation>
    </message>
    <message>
        <source>Use a secret mount: RUN --mount=type=secret,id=name and docker build --secret.</source>
        <translation>Einen Secret-Mount verwenden: RUN --mount=type=secret,id=name und docker build --secret.</translation>
    </message>
    <message>
        <source>FROM is invalid with the default ARG values</source>
        <translation>FROM ist mit den Standardwerten der ARGs ungültig</translation>
    </message>
    <message>
        <source>A FROM image that is empty or invalid when the global ARGs keep their defaults.</source>
        <translation>Ein FROM-Image, das leer oder ungültig ist, wenn die globalen ARGs ihre Standardwerte behalten.</translation>
    </message>
    <message>
        <source>A plain &apos;docker build&apos; without --build-arg fails.</source>
        <translation>Ein einfaches &apos;docker build&apos; ohne --build-arg schlägt fehl.</translation>
    </message>
    <message>
        <source>Give the ARG a usable default.</source>
        <translation>Dem ARG einen brauchbaren Standardwert geben.</translation>
    </message>
    <message>
        <source>FROM --platform with a constant value</source>
        <translation>FROM --platform mit konstantem Wert</translation>
    </message>
    <message>
        <source>FROM --platform set to a fixed platform in a stage whose name does not mention it.</source>
        <translation>FROM --platform auf eine feste Plattform gesetzt in einer Stufe, deren Name sie nicht erwähnt.</translation>
    </message>
    <message>
        <source>A constant platform defeats multi-platform builds; usually $BUILDPLATFORM or nothing is meant.</source>
        <translation>Eine konstante Plattform verhindert Multi-Plattform-Builds; gemeint ist meist $BUILDPLATFORM oder gar nichts.</translation>
    </message>
    <message>
        <source>Use --platform=$BUILDPLATFORM for build tools, or remove the flag.</source>
        <translation>--platform=$BUILDPLATFORM für Build-Werkzeuge verwenden oder die Option entfernen.</translation>
    </message>
    <message>
        <source>EXPOSE protocol should be lowercase</source>
        <translation>Das Protokoll bei EXPOSE sollte kleingeschrieben sein</translation>
    </message>
    <message>
        <source>EXPOSE with an upper-case protocol such as 80/TCP.</source>
        <translation>EXPOSE mit großgeschriebenem Protokoll wie 80/TCP.</translation>
    </message>
    <message>
        <source>Protocols are lower-case by convention.</source>
        <translation>Protokolle werden üblicherweise kleingeschrieben.</translation>
    </message>
    <message>
        <source>Write tcp or udp in lowercase.</source>
        <translation>tcp oder udp kleinschreiben.</translation>
    </message>
    <message>
        <source>EXPOSE should not map ports or name an IP</source>
        <translation>EXPOSE sollte keine Ports zuordnen und keine IP nennen</translation>
    </message>
    <message>
        <source>EXPOSE with a host port or IP address (80:80, 127.0.0.1:80:80).</source>
        <translation>EXPOSE mit Host-Port oder IP-Adresse (80:80, 127.0.0.1:80:80).</translation>
    </message>
    <message>
        <source>EXPOSE only documents the container port; publishing is decided by docker run -p.</source>
        <translation>EXPOSE dokumentiert nur den Container-Port; über die Veröffentlichung entscheidet docker run -p.</translation>
    </message>
    <message>
        <source>Expose only the container port.</source>
        <translation>Nur den Container-Port angeben.</translation>
    </message>
    <message>
        <source>Base image uses the &apos;latest&apos; tag</source>
        <translation>Basis-Image verwendet das Tag &apos;latest&apos;</translation>
    </message>
    <message>
        <source>FROM image:latest.</source>
        <translation>FROM image:latest.</translation>
    </message>
    <message>
        <source>&apos;latest&apos; moves: the same Dockerfile builds a different image next month, and breaking changes arrive without notice.</source>
        <translation>&apos;latest&apos; wandert: Dasselbe Dockerfile baut nächsten Monat ein anderes Image, und inkompatible Änderungen kommen ohne Vorwarnung.</translation>
    </message>
    <message>
        <source>Pin a release tag (and ideally a digest).</source>
        <translation>Ein Release-Tag (und idealerweise einen Digest) festlegen.</translation>
    </message>
    <message>
        <source>Base image has no tag</source>
        <translation>Basis-Image hat kein Tag</translation>
    </message>
    <message>
        <source>FROM an image without a tag or digest.</source>
        <translation>FROM mit einem Image ohne Tag oder Digest.</translation>
    </message>
    <message>
        <source>No tag means &apos;latest&apos;, with the same reproducibility problems.</source>
        <translation>Kein Tag bedeutet &apos;latest&apos;, mit denselben Problemen bei der Reproduzierbarkeit.</translation>
    </message>
    <message>
        <source>Add an explicit tag.</source>
        <translation>Ein explizites Tag hinzufügen.</translation>
    </message>
    <message>
        <source>apt-get install without --no-install-recommends</source>
        <translation>apt-get install ohne --no-install-recommends</translation>
    </message>
    <message>
        <source>apt-get install that also installs recommended packages.</source>
        <translation>apt-get install, das auch empfohlene Pakete installiert.</translation>
    </message>
    <message>
        <source>Recommended packages are rarely needed in a container and make the image larger.</source>
        <translation>Empfohlene Pakete werden in einem Container selten gebraucht und vergrößern das Image.</translation>
    </message>
    <message>
        <source>Add --no-install-recommends.</source>
        <translation>--no-install-recommends hinzufügen.</translation>
    </message>
    <message>
        <source>apt lists not deleted after install</source>
        <translation>apt-Listen nach der Installation nicht gelöscht</translation>
    </message>
    <message>
        <source>A RUN with apt-get install that does not remove /var/lib/apt/lists afterwards (and uses no cache mount for them).</source>
        <translation>Ein RUN mit apt-get install, das /var/lib/apt/lists danach nicht entfernt (und dafür keinen Cache-Mount verwendet).</translation>
    </message>
    <message>
        <source>The package lists stay in the layer and add tens of megabytes.</source>
        <translation>Die Paketlisten bleiben in der Schicht und kosten zig Megabyte.</translation>
    </message>
    <message>
        <source>End the same RUN with rm -rf /var/lib/apt/lists/*.</source>
        <translation>Dasselbe RUN mit rm -rf /var/lib/apt/lists/* beenden.</translation>
    </message>
    <message>
        <source>apt-get install without -y</source>
        <translation>apt-get install ohne -y</translation>
    </message>
    <message>
        <source>apt-get install without -y, --yes or --assume-yes.</source>
        <translation>apt-get install ohne -y, --yes oder --assume-yes.</translation>
    </message>
    <message>
        <source>The build has no terminal to answer the confirmation prompt, so apt-get aborts.</source>
        <translation>Der Build hat kein Terminal, um die Bestätigungsabfrage zu beantworten, daher bricht apt-get ab.</translation>
    </message>
    <message>
        <source>Add -y.</source>
        <translation>-y hinzufügen.</translation>
    </message>
    <message>
        <source>Use apt-get instead of apt</source>
        <translation>apt-get statt apt verwenden</translation>
    </message>
    <message>
        <source>The interactive &apos;apt&apos; front end used in RUN.</source>
        <translation>Die interaktive Oberfläche &apos;apt&apos; in RUN verwendet.</translation>
    </message>
    <message>
        <source>apt&apos;s command-line interface is not stable for scripts and prints warnings in non-interactive use.</source>
        <translation>Die Befehlszeilenschnittstelle von apt ist für Skripte nicht stabil und gibt bei nicht interaktiver Verwendung Warnungen aus.</translation>
    </message>
    <message>
        <source>Use apt-get or apt-cache.</source>
        <translation>apt-get oder apt-cache verwenden.</translation>
    </message>
    <message>
        <source>apk add without --no-cache</source>
        <translation>apk add ohne --no-cache</translation>
    </message>
    <message>
        <source>apk add that keeps the package index in the image.</source>
        <translation>apk add, das den Paketindex im Image belässt.</translation>
    </message>
    <message>
        <source>The index cache makes the layer larger.</source>
        <translation>Der Index-Cache vergrößert die Schicht.</translation>
    </message>
    <message>
        <source>Use apk add --no-cache (or a cache mount).</source>
        <translation>apk add --no-cache (oder einen Cache-Mount) verwenden.</translation>
    </message>
    <message>
        <source>pip install without --no-cache-dir</source>
        <translation>pip install ohne --no-cache-dir</translation>
    </message>
    <message>
        <source>pip install that keeps pip&apos;s download cache in the layer (no --no-cache-dir, no PIP_NO_CACHE_DIR, no cache mount).</source>
        <translation>pip install, das den Download-Cache von pip in der Schicht belässt (kein --no-cache-dir, kein PIP_NO_CACHE_DIR, kein Cache-Mount).</translation>
    </message>
    <message>
        <source>The wheel cache is never used again at run time but stays in the image.</source>
        <translation>Der Wheel-Cache wird zur Laufzeit nie wieder verwendet, bleibt aber im Image.</translation>
    </message>
    <message>
        <source>Add --no-cache-dir, or mount a cache: RUN --mount=type=cache,target=/root/.cache/pip.</source>
        <translation>--no-cache-dir hinzufügen oder einen Cache einhängen: RUN --mount=type=cache,target=/root/.cache/pip.</translation>
    </message>
    <message>
        <source>Use WORKDIR instead of cd</source>
        <translation>WORKDIR statt cd verwenden</translation>
    </message>
    <message>
        <source>A RUN that changes directory with cd.</source>
        <translation>Ein RUN, das mit cd das Verzeichnis wechselt.</translation>
    </message>
    <message>
        <source>cd only lasts for that RUN; WORKDIR states the directory once for all later instructions.</source>
        <translation>cd gilt nur für dieses RUN; WORKDIR legt das Verzeichnis einmal für alle späteren Anweisungen fest.</translation>
    </message>
    <message>
        <source>Set WORKDIR before the RUN.</source>
        <translation>WORKDIR vor dem RUN setzen.</translation>
    </message>
    <message>
        <source>Use COPY instead of ADD for local files</source>
        <translation>COPY statt ADD für lokale Dateien verwenden</translation>
    </message>
    <message>
        <source>ADD of local files or directories that are not archives.</source>
        <translation>ADD von lokalen Dateien oder Verzeichnissen, die keine Archive sind.</translation>
    </message>
    <message>
        <source>ADD also fetches URLs and unpacks archives; COPY does only what it says, so the intent is clear.</source>
        <translation>ADD lädt auch URLs herunter und entpackt Archive; COPY tut nur, was es sagt, sodass die Absicht klar ist.</translation>
    </message>
    <message>
        <source>Use COPY; keep ADD for URLs, git repositories and archives you want extracted.</source>
        <translation>COPY verwenden; ADD für URLs, Git-Repositorys und Archive behalten, die entpackt werden sollen.</translation>
    </message>
    <message>
        <source>Do not use sudo</source>
        <translation>sudo nicht verwenden</translation>
    </message>
    <message>
        <source>sudo in a RUN command.</source>
        <translation>sudo in einem RUN-Befehl.</translation>
    </message>
    <message>
        <source>Build steps already run as the current USER; sudo adds an unpredictable TTY and signal behaviour and usually is not even installed.</source>
        <translation>Build-Schritte laufen bereits als aktueller USER; sudo bringt unvorhersehbares TTY- und Signalverhalten mit und ist meist nicht einmal installiert.</translation>
    </message>
    <message>
        <source>Switch with USER root for the steps that need it, then back.</source>
        <translation>Für die Schritte, die es brauchen, mit USER root wechseln und danach zurück.</translation>
    </message>
    <message>
        <source>Pipe without pipefail</source>
        <translation>Pipe ohne pipefail</translation>
    </message>
    <message>
        <source>A RUN with a pipe while the shell does not use -o pipefail.</source>
        <translation>Ein RUN mit einer Pipe, während die Shell -o pipefail nicht verwendet.</translation>
    </message>
    <message>
        <source>/bin/sh only reports the exit status of the last command, so &apos;curl ... | tar x&apos; succeeds even when the download failed.</source>
        <translation>/bin/sh meldet nur den Exit-Status des letzten Befehls, daher gelingt &apos;curl ... | tar x&apos; selbst dann, wenn der Download fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>Set SHELL [&quot;/bin/bash&quot;, &quot;-o&quot;, &quot;pipefail&quot;, &quot;-c&quot;] before the RUN (or start the command with set -o pipefail where the shell supports it).</source>
        <translation>SHELL [&quot;/bin/bash&quot;, &quot;-o&quot;, &quot;pipefail&quot;, &quot;-c&quot;] vor dem RUN setzen (oder den Befehl mit set -o pipefail beginnen, wo die Shell es unterstützt).</translation>
    </message>
    <message>
        <source>COPY --from names no stage</source>
        <translation>COPY --from nennt keine Stufe</translation>
    </message>
    <message>
        <source>COPY --from with a plain name that matches no stage (and does not look like an image reference).</source>
        <translation>COPY --from mit einem einfachen Namen, der zu keiner Stufe passt (und nicht wie eine Image-Referenz aussieht).</translation>
    </message>
    <message>
        <source>The builder then pulls an image of that name, which is almost never what a typo meant.</source>
        <translation>Der Builder holt dann ein Image dieses Namens, was bei einem Tippfehler fast nie gemeint war.</translation>
    </message>
    <message>
        <source>Use the name of a stage defined with FROM ... AS name, or a full image reference.</source>
        <translation>Den Namen einer mit FROM ... AS name definierten Stufe oder eine vollständige Image-Referenz verwenden.</translation>
    </message>
    <message>
        <source>COPY --from refers to its own stage</source>
        <translation>COPY --from verweist auf die eigene Stufe</translation>
    </message>
    <message>
        <source>COPY --from naming the stage the instruction is in.</source>
        <translation>COPY --from nennt die Stufe, in der die Anweisung steht.</translation>
    </message>
    <message>
        <source>A stage cannot copy from itself; the build fails with a circular dependency.</source>
        <translation>Eine Stufe kann nicht aus sich selbst kopieren; der Build schlägt mit einer zirkulären Abhängigkeit fehl.</translation>
    </message>
    <message>
        <source>Copy from an earlier stage.</source>
        <translation>Aus einer früheren Stufe kopieren.</translation>
    </message>
    <message>
        <source>COPY/ADD with several sources needs a directory destination</source>
        <translation>COPY/ADD mit mehreren Quellen braucht ein Verzeichnis als Ziel</translation>
    </message>
    <message>
        <source>COPY or ADD with more than one source whose destination does not end in &apos;/&apos;.</source>
        <translation>COPY oder ADD mit mehr als einer Quelle, deren Ziel nicht auf &apos;/&apos; endet.</translation>
    </message>
    <message>
        <source>With several sources the destination must be a directory; the build fails otherwise.</source>
        <translation>Bei mehreren Quellen muss das Ziel ein Verzeichnis sein; sonst schlägt der Build fehl.</translation>
    </message>
    <message>
        <source>End the destination with &apos;/&apos;.</source>
        <translation>Das Ziel mit &apos;/&apos; abschließen.</translation>
    </message>
    <message>
        <source>EXPOSE port out of range</source>
        <translation>EXPOSE-Port außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>EXPOSE with a port outside 0-65535.</source>
        <translation>EXPOSE mit einem Port außerhalb von 0-65535.</translation>
    </message>
    <message>
        <source>No such port exists; the build fails.</source>
        <translation>Einen solchen Port gibt es nicht; der Build schlägt fehl.</translation>
    </message>
    <message>
        <source>Use a valid port number.</source>
        <translation>Eine gültige Portnummer verwenden.</translation>
    </message>
    <message>
        <source>The final stage runs as root</source>
        <translation>Die letzte Stufe läuft als root</translation>
    </message>
    <message>
        <source>The stage that is built last (or --target) has no USER, or its last USER is root.</source>
        <translation>Die zuletzt gebaute Stufe (oder --target) hat kein USER, oder ihr letztes USER ist root.</translation>
    </message>
    <message>
        <source>If the application is compromised, the attacker is root inside the container, which makes escaping and damaging mounted data much easier.</source>
        <translation>Wird die Anwendung kompromittiert, ist der Angreifer root im Container, was Ausbrüche und Schäden an eingehängten Daten deutlich erleichtert.</translation>
    </message>
    <message>
        <source>Create an unprivileged user and switch to it with USER at the end.</source>
        <translation>Einen unprivilegierten Benutzer anlegen und am Ende mit USER zu ihm wechseln.</translation>
    </message>
    <message>
        <source>Base image not pinned by digest</source>
        <translation>Basis-Image nicht per Digest festgelegt</translation>
    </message>
    <message>
        <source>FROM an image referenced by tag only, without @sha256:...</source>
        <translation>FROM mit einem Image, das nur per Tag referenziert wird, ohne @sha256:...</translation>
    </message>
    <message>
        <source>Tags can be moved to different content; a digest guarantees the exact image you tested.</source>
        <translation>Tags können auf anderen Inhalt verschoben werden; ein Digest garantiert genau das getestete Image.</translation>
    </message>
    <message>
        <source>Append the digest (docker buildx imagetools inspect IMAGE shows it) and update it deliberately.</source>
        <translation>Den Digest anhängen (docker buildx imagetools inspect IMAGE zeigt ihn an) und ihn bewusst aktualisieren.</translation>
    </message>
    <message>
        <source>Dependency install is not lockfile-driven</source>
        <translation>Installation der Abhängigkeiten nutzt keine Lock-Datei</translation>
    </message>
    <message>
        <source>A dependency install that resolves versions at build time: npm install instead of npm ci, yarn install without --frozen-lockfile/--immutable, uv sync without --locked/--frozen, pipenv install without --deploy, pip install of named packages.</source>
        <translation>Eine Installation von Abhängigkeiten, die Versionen zur Build-Zeit auflöst: npm install statt npm ci, yarn install ohne --frozen-lockfile/--immutable, uv sync ohne --locked/--frozen, pipenv install ohne --deploy, pip install mit benannten Paketen.</translation>
    </message>
    <message>
        <source>Every build may resolve different versions, so the image is not reproducible and an upstream release can break it.</source>
        <translation>Jeder Build kann andere Versionen auflösen, daher ist das Image nicht reproduzierbar, und ein neues Upstream-Release kann es kaputt machen.</translation>
    </message>
    <message>
        <source>Install from a lock file: npm ci, yarn install --immutable, uv sync --locked, pip install -r requirements.txt with pinned (hashed) versions.</source>
        <translation>Aus einer Lock-Datei installieren: npm ci, yarn install --immutable, uv sync --locked, pip install -r requirements.txt mit festgelegten (gehashten) Versionen.</translation>
    </message>
    <message>
        <source>Application code copied before the dependency install</source>
        <translation>Anwendungscode vor der Installation der Abhängigkeiten kopiert</translation>
    </message>
    <message>
        <source>COPY of the whole build context before a RUN that installs dependencies.</source>
        <translation>COPY des gesamten Build-Kontexts vor einem RUN, das Abhängigkeiten installiert.</translation>
    </message>
    <message>
        <source>Any code change invalidates the cache of the COPY and therefore of the slow dependency install after it.</source>
        <translation>Jede Codeänderung macht den Cache des COPY ungültig und damit auch den der langsamen Installation der Abhängigkeiten danach.</translation>
    </message>
    <message>
        <source>Copy only the dependency manifests and lock files, install, then copy the rest.</source>
        <translation>Nur die Manifeste und Lock-Dateien der Abhängigkeiten kopieren, installieren und dann den Rest kopieren.</translation>
    </message>
    <message>
        <source>No .dockerignore in the build context</source>
        <translation>Keine .dockerignore im Build-Kontext</translation>
    </message>
    <message>
        <source>The build context directory has no .dockerignore (nor a &lt;Dockerfile&gt;.dockerignore).</source>
        <translation>Das Build-Kontextverzeichnis hat keine .dockerignore (auch keine &lt;Dockerfile&gt;.dockerignore).</translation>
    </message>
    <message>
        <source>Everything is sent to the builder and COPY . picks up .git, virtualenvs, caches and local secrets, which slows builds and can leak data into the image.</source>
        <translation>Alles wird an den Builder gesendet, und COPY . erfasst .git, virtuelle Umgebungen, Caches und lokale Secrets; das verlangsamt Builds und kann Daten ins Image gelangen lassen.</translation>
    </message>
    <message>
        <source>Add a .dockerignore listing .git, build outputs, caches and secrets.</source>
        <translation>Eine .dockerignore hinzufügen, die .git, Build-Ausgaben, Caches und Secrets aufführt.</translation>
    </message>
    <message>
        <source>No HEALTHCHECK</source>
        <translation>Kein HEALTHCHECK</translation>
    </message>
    <message>
        <source>The final stage defines no HEALTHCHECK.</source>
        <translation>Die letzte Stufe definiert kein HEALTHCHECK.</translation>
    </message>
    <message>
        <source>Without it, docker ps and orchestrators only know whether the process runs, not whether it works.</source>
        <translation>Ohne ihn wissen docker ps und Orchestrierungswerkzeuge nur, ob der Prozess läuft, nicht, ob er funktioniert.</translation>
    </message>
    <message>
        <source>Add a HEALTHCHECK that probes the service.</source>
        <translation>Ein HEALTHCHECK hinzufügen, das den Dienst prüft.</translation>
    </message>
    <message>
        <source>EXPOSE ignores the PORT build argument</source>
        <translation>EXPOSE ignoriert das Build-Argument PORT</translation>
    </message>
    <message>
        <source>EXPOSE with a literal port although a PORT (or *_PORT) ARG/ENV is defined.</source>
        <translation>EXPOSE mit festem Port, obwohl ein ARG/ENV PORT (oder *_PORT) definiert ist.</translation>
    </message>
    <message>
        <source>Changing the build argument then no longer changes the documented port, and the two drift apart.</source>
        <translation>Eine Änderung des Build-Arguments ändert dann nicht mehr den dokumentierten Port, und beide laufen auseinander.</translation>
    </message>
    <message>
        <source>Expose the variable: EXPOSE ${PORT} (redeclare a global ARG inside the stage).</source>
        <translation>Die Variable angeben: EXPOSE ${PORT} (ein globales ARG innerhalb der Stufe erneut deklarieren).</translation>
    </message>
    <message>
        <source>COPY or ADD source missing from the build context</source>
        <translation>COPY- oder ADD-Quelle fehlt im Build-Kontext</translation>
    </message>
    <message>
        <source>A COPY or ADD source that is not in the build context: no such file or folder, a wildcard that matches nothing, or a path that .dockerignore leaves out. Sources of COPY --from, ADD URLs, heredocs and paths built from a variable without a value are not checked.</source>
        <translation>Eine COPY- oder ADD-Quelle, die nicht im Build-Kontext ist: keine solche Datei und kein solcher Ordner, ein Platzhalter, der auf nichts passt, oder ein Pfad, den .dockerignore ausschließt. Quellen von COPY --from, ADD-URLs, Heredocs und Pfade aus einer Variable ohne Wert werden nicht geprüft.</translation>
    </message>
    <message>
        <source>COPY and ADD read only what the context sends, not the folder on your disk. A missing source stops the build at that step with &quot;not found&quot; (BuildKit: &quot;failed to calculate checksum ... not found&quot;), after every step before it has run.</source>
        <translation>COPY und ADD lesen nur, was der Kontext sendet, nicht den Ordner auf Ihrer Festplatte. Eine fehlende Quelle stoppt den Build bei diesem Schritt mit &quot;not found&quot; (BuildKit: &quot;failed to calculate checksum ... not found&quot;), nachdem alle Schritte davor gelaufen sind.</translation>
    </message>
    <message>
        <source>Create the file, correct the path (it is relative to the context folder, not to the Dockerfile), or remove the .dockerignore line that excludes it. Build from the folder that holds the sources.</source>
        <translation>Die Datei anlegen, den Pfad korrigieren (er ist relativ zum Kontextordner, nicht zum Dockerfile) oder die .dockerignore-Zeile entfernen, die sie ausschließt. Aus dem Ordner bauen, der die Quellen enthält.</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::LogDemultiplexer</name>
    <message>
        <source>The log stream is not in the multiplexed format (unexpected header bytes); the rest is shown as it came</source>
        <translation>Der Log-Datenstrom ist nicht im Multiplex-Format (unerwartete Kopf-Bytes); der Rest wird so gezeigt, wie er ankam</translation>
    </message>
    <message numerus="yes">
        <source>The log stream ended inside a frame (%n byte(s) left over)</source>
        <translation>
            <numerusform>Der Log-Datenstrom endete mitten in einem Rahmen (%n Byte übrig)</numerusform>
            <numerusform>Der Log-Datenstrom endete mitten in einem Rahmen (%n Bytes übrig)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::RunMountParser</name>
    <message>
        <source>invalid --mount value &apos;%1&apos;: bad quoting</source>
        <translation>ungültiger --mount-Wert &apos;%1&apos;: fehlerhafte Anführungszeichen</translation>
    </message>
    <message>
        <source>unsupported mount type &quot;%1&quot;</source>
        <translation>nicht unterstützter Mount-Typ „%1“</translation>
    </message>
    <message>
        <source>%1 not allowed for &quot;%2&quot; type mounts</source>
        <translation>%1 ist bei Mounts vom Typ „%2“ nicht erlaubt</translation>
    </message>
    <message>
        <source>invalid field &apos;%1&apos; must be a key=value pair</source>
        <translation>ungültiges Feld &apos;%1&apos;: muss ein Paar schlüssel=wert sein</translation>
    </message>
    <message>
        <source>invalid value for %1: %2</source>
        <translation>ungültiger Wert für %1: %2</translation>
    </message>
    <message>
        <source>unrecognized sharing parameter in mount: %1</source>
        <translation>unbekannter sharing-Parameter im Mount: %1</translation>
    </message>
    <message>
        <source>invalid value %1 for %2</source>
        <translation>ungültiger Wert %1 für %2</translation>
    </message>
    <message>
        <source>unexpected key &apos;%1&apos; in &apos;%2&apos;</source>
        <translation>unerwarteter Schlüssel &apos;%1&apos; in &apos;%2&apos;</translation>
    </message>
    <message>
        <source>secret mount should not have a from</source>
        <translation>ein secret-Mount darf kein from haben</translation>
    </message>
    <message>
        <source>both source and id can&apos;t be set</source>
        <translation>source und id können nicht beide gesetzt sein</translation>
    </message>
    <message>
        <source>invalid secret mount. one of source, target required</source>
        <translation>ungültiger secret-Mount: source oder target ist nötig</translation>
    </message>
    <message>
        <source>mount target is required for &quot;%1&quot; type mounts</source>
        <translation>bei Mounts vom Typ „%1“ ist ein Ziel nötig</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::ShellLexer</name>
    <message>
        <source>expression too complex</source>
        <translation>Ausdruck zu komplex</translation>
    </message>
    <message>
        <source>unexpected end of statement while looking for matching %1</source>
        <translation>unerwartetes Ende der Anweisung bei der Suche nach dem passenden %1</translation>
    </message>
    <message>
        <source>unexpected end of statement while looking for matching single-quote</source>
        <translation>unerwartetes Ende der Anweisung bei der Suche nach dem passenden einfachen Anführungszeichen</translation>
    </message>
    <message>
        <source>unexpected end of statement while looking for matching double-quote</source>
        <translation>unerwartetes Ende der Anweisung bei der Suche nach dem passenden doppelten Anführungszeichen</translation>
    </message>
    <message>
        <source>syntax error: missing &apos;}&apos;</source>
        <translation>Syntaxfehler: &apos;}&apos; fehlt</translation>
    </message>
    <message>
        <source>syntax error: bad substitution</source>
        <translation>Syntaxfehler: fehlerhafte Ersetzung</translation>
    </message>
    <message>
        <source>unsupported modifier (%1) in substitution</source>
        <translation>nicht unterstützter Modifikator (%1) in der Ersetzung</translation>
    </message>
    <message>
        <source>is not allowed to be unset</source>
        <translation>darf nicht ungesetzt sein</translation>
    </message>
    <message>
        <source>is not allowed to be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>syntax error: missing &apos;/&apos; in ${}</source>
        <translation>Syntaxfehler: &apos;/&apos; fehlt in ${}</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::ShellWords</name>
    <message>
        <source>Only the first command is used; ignored: %1</source>
        <translation>Nur der erste Befehl wird verwendet; ignoriert: %1</translation>
    </message>
    <message>
        <source>Unterminated single quote</source>
        <translation>Nicht geschlossenes einfaches Anführungszeichen</translation>
    </message>
    <message>
        <source>Unterminated double quote</source>
        <translation>Nicht geschlossenes doppeltes Anführungszeichen</translation>
    </message>
    <message>
        <source>Shell expansions ($VAR, $(...), `...`) are not performed; they are kept as literal text</source>
        <translation>Shell-Expansionen ($VAR, $(...), `...`) werden nicht ausgeführt; sie bleiben wörtlicher Text</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::SshBridge</name>
    <message>
        <source>Cannot make a local socket for the ssh connection to %1: %2</source>
        <translation>Für die ssh-Verbindung zu %1 kann kein lokaler Socket angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot reach %1: the ssh program (%2) could not be started.</source>
        <translation>%1 ist nicht erreichbar: Das ssh-Programm (%2) konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Install the OpenSSH client (apt install openssh-client), or set DOCKWRIGHT_SSH_COMMAND.</source>
        <translation>Installieren Sie den OpenSSH-Client (apt install openssh-client) oder setzen Sie DOCKWRIGHT_SSH_COMMAND.</translation>
    </message>
    <message>
        <source>ssh printed nothing</source>
        <translation>ssh hat nichts ausgegeben</translation>
    </message>
    <message>
        <source>The ssh host %1 is not known: no address was found for it.</source>
        <translation>Der ssh-Host %1 ist unbekannt: Für ihn wurde keine Adresse gefunden.</translation>
    </message>
    <message>
        <source>Check the host name in DOCKER_HOST or the docker context (ssh://user@host).</source>
        <translation>Prüfen Sie den Hostnamen in DOCKER_HOST oder im Docker-Kontext (ssh://user@host).</translation>
    </message>
    <message>
        <source>Nobody answers ssh on %1: the connection was refused.</source>
        <translation>Auf %1 antwortet niemand auf ssh: Die Verbindung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Is sshd running there, on that port?</source>
        <translation>Läuft dort sshd, und zwar auf diesem Port?</translation>
    </message>
    <message>
        <source>The ssh host %1 cannot be reached: %2</source>
        <translation>Der ssh-Host %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Check the network and the host&apos;s address.</source>
        <translation>Prüfen Sie das Netzwerk und die Adresse des Hosts.</translation>
    </message>
    <message>
        <source>The ssh server %1 dropped the connection before the login (%2).</source>
        <translation>Der ssh-Server %1 hat die Verbindung vor der Anmeldung getrennt (%2).</translation>
    </message>
    <message>
        <source>sshd drops new connections when too many are starting (MaxStartups) or, since OpenSSH 9.8, for a while after failed logins from the same address (PerSourcePenalties). Wait a minute and try again.</source>
        <translation>sshd trennt neue Verbindungen, wenn zu viele gleichzeitig starten (MaxStartups) oder, seit OpenSSH 9.8, eine Weile nach fehlgeschlagenen Anmeldungen von derselben Adresse (PerSourcePenalties). Warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The host key of %1 is not trusted (%2).</source>
        <translation>Dem Host-Schlüssel von %1 wird nicht vertraut (%2).</translation>
    </message>
    <message>
        <source>Connect once with ssh %1 in a terminal to check and accept its key.</source>
        <translation>Verbinden Sie sich einmal in einem Terminal mit ssh %1, um seinen Schlüssel zu prüfen und zu akzeptieren.</translation>
    </message>
    <message>
        <source>%1 refused the ssh login: %2</source>
        <translation>%1 hat die ssh-Anmeldung abgelehnt: %2</translation>
    </message>
    <message>
        <source>Add your public key to ~/.ssh/authorized_keys there, or load it with ssh-add. Dockwright cannot ask for passwords (BatchMode).</source>
        <translation>Fügen Sie dort Ihren öffentlichen Schlüssel zu ~/.ssh/authorized_keys hinzu oder laden Sie ihn mit ssh-add. Dockwright kann nicht nach Passwörtern fragen (BatchMode).</translation>
    </message>
    <message>
        <source>There is no docker command on %1 (%2).</source>
        <translation>Auf %1 gibt es keinen docker-Befehl (%2).</translation>
    </message>
    <message>
        <source>An ssh:// engine needs the docker CLI 18.09 or newer on the remote host, for &quot;docker system dial-stdio&quot;. Install it there, or use a tcp:// endpoint.</source>
        <translation>Eine ssh://-Engine braucht auf dem entfernten Host das docker-CLI 18.09 oder neuer, für &quot;docker system dial-stdio&quot;. Installieren Sie es dort oder verwenden Sie einen tcp://-Endpunkt.</translation>
    </message>
    <message>
        <source>The docker CLI on %1 cannot reach its engine: %2</source>
        <translation>Das docker-CLI auf %1 erreicht seine Engine nicht: %2</translation>
    </message>
    <message>
        <source>Start the engine on the host, or name its socket in the address (ssh://user@host/run/user/1000/docker.sock).</source>
        <translation>Starten Sie die Engine auf dem Host oder nennen Sie ihren Socket in der Adresse (ssh://user@host/run/user/1000/docker.sock).</translation>
    </message>
    <message>
        <source>Check the socket path %1 in the address.</source>
        <translation>Prüfen Sie den Socket-Pfad %1 in der Adresse.</translation>
    </message>
    <message>
        <source>The docker CLI on %1 has no &quot;system dial-stdio&quot; (%2).</source>
        <translation>Das docker-CLI auf %1 hat kein &quot;system dial-stdio&quot; (%2).</translation>
    </message>
    <message>
        <source>Update docker on the host to 18.09 or newer.</source>
        <translation>Aktualisieren Sie docker auf dem Host auf 18.09 oder neuer.</translation>
    </message>
    <message>
        <source>The ssh connection to %1 ended abnormally: %2</source>
        <translation>Die ssh-Verbindung zu %1 endete unerwartet: %2</translation>
    </message>
    <message>
        <source>The ssh connection to %1 failed (exit code %2): %3</source>
        <translation>Die ssh-Verbindung zu %1 ist fehlgeschlagen (Exit-Code %2): %3</translation>
    </message>
    <message>
        <source>Try &quot;ssh %1 docker system dial-stdio&quot; in a terminal to see the whole message.</source>
        <translation>Führen Sie &quot;ssh %1 docker system dial-stdio&quot; in einem Terminal aus, um die ganze Meldung zu sehen.</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::TemplateCatalog</name>
    <message>
        <source>Python application (multi-stage)</source>
        <translation>Python-Anwendung (mehrstufig)</translation>
    </message>
    <message>
        <source>Minimal (FROM scratch + busybox)</source>
        <translation>Minimal (FROM scratch + busybox)</translation>
    </message>
    <message>
        <source>There is no template named %1.</source>
        <translation>Es gibt keine Vorlage namens %1.</translation>
    </message>
    <message>
        <source>The folder already has a busybox; it was kept as it is.</source>
        <translation>Der Ordner hat bereits eine busybox; sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>This computer has no static busybox. Install busybox-static (it provides /bin/busybox), then copy it next to the Dockerfile as &quot;busybox&quot;; until then the build stops at the COPY line.</source>
        <translation>Dieser Rechner hat keine statische busybox. Installieren Sie busybox-static (es liefert /bin/busybox) und kopieren Sie sie dann als &quot;busybox&quot; neben das Dockerfile; bis dahin stoppt der Build bei der COPY-Zeile.</translation>
    </message>
    <message>
        <source>%1 needs shared libraries, so it cannot run in a FROM scratch image. Install busybox-static, then copy its /bin/busybox next to the Dockerfile as &quot;busybox&quot;; until then the build stops at the COPY line.</source>
        <translation>%1 braucht Shared Libraries und kann daher nicht in einem FROM-scratch-Image laufen. Installieren Sie busybox-static und kopieren Sie dann dessen /bin/busybox als &quot;busybox&quot; neben das Dockerfile; bis dahin stoppt der Build bei der COPY-Zeile.</translation>
    </message>
    <message>
        <source>Could not copy %1 to %2; copy it by hand before building.</source>
        <translation>%1 konnte nicht nach %2 kopiert werden; kopieren Sie es vor dem Bauen von Hand.</translation>
    </message>
    <message>
        <source>Copied this computer&apos;s static busybox (%1) into the project: the build needs no registry.</source>
        <translation>Die statische busybox dieses Rechners (%1) wurde in das Projekt kopiert: Der Build braucht keine Registry.</translation>
    </message>
    <message>
        <source>Installs dependencies from uv.lock with a cache mount in a builder stage, then runs in a slim image as a non-root user, with build arguments and OCI labels. Needs your pyproject.toml, uv.lock, main.py and package folder, and registry access for its base images.</source>
        <translation>Installiert Abhängigkeiten aus uv.lock mit einem Cache-Mount in einer Builder-Stufe und läuft dann in einem schlanken Image als Nicht-root-Benutzer, mit Build-Argumenten und OCI-Labels. Braucht Ihre pyproject.toml, uv.lock, main.py und den Paketordner sowie Zugriff auf die Registry für seine Basis-Images.</translation>
    </message>
    <message>
        <source>An empty base image plus this computer&apos;s static busybox (busybox-static); builds without network access.</source>
        <translation>Ein leeres Basis-Image plus die statische busybox dieses Rechners (busybox-static); baut ohne Netzwerkzugriff.</translation>
    </message>
    <message>
        <source>The first build pulls python:3.13-slim and ghcr.io/astral-sh/uv from their registries, and copies pyproject.toml, uv.lock, main.py and the package folder (PACKAGE_NAME, default myapp) from this folder.</source>
        <translation>Der erste Build holt python:3.13-slim und ghcr.io/astral-sh/uv aus ihren Registrys und kopiert pyproject.toml, uv.lock, main.py und den Paketordner (PACKAGE_NAME, Standard myapp) aus diesem Ordner.</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::TextFile</name>
    <message>
        <source>%1 is too large to edit (%2).</source>
        <translation>%1 ist zu groß zum Bearbeiten (%2).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::TimeText</name>
    <message>
        <source>in the future</source>
        <translation>in der Zukunft</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>vor %n Woche</numerusform>
            <numerusform>vor %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>Less than a second</source>
        <translation>weniger als einer Sekunde</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>About a minute</source>
        <translation>etwa einer Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>About an hour</source>
        <translation>etwa einer Stunde</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::BuildArgsForm</name>
    <message>
        <source>This Dockerfile declares no build arguments (ARG).</source>
        <translation>Dieses Dockerfile deklariert keine Build-Argumente (ARG).</translation>
    </message>
    <message>
        <source>Default: &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>Standardwert: &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>No default: unset unless you give a value.</source>
        <translation>Kein Standardwert: nicht gesetzt, solange kein Wert angegeben wird.</translation>
    </message>
    <message>
        <source>Used by: %1</source>
        <translation>Verwendet von: %1</translation>
    </message>
    <message>
        <source>Global; no stage uses it.</source>
        <translation>Global; keine Stufe verwendet es.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a file or folder</source>
        <translation>Datei oder Ordner auswählen</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>%1 auswählen</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the Dockerfile&apos;s default</source>
        <translation>Auf den Standardwert des Dockerfiles zurücksetzen</translation>
    </message>
    <message>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <source>global · %1</source>
        <translation>global · %1</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::BuildComparisonModel</name>
    <message>
        <source>CACHED</source>
        <translation>aus dem Cache</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>cache lost</source>
        <translation>Cache verloren</translation>
    </message>
    <message>
        <source>from cache</source>
        <translation>aus dem Cache</translation>
    </message>
    <message>
        <source>slower</source>
        <translation>langsamer</translation>
    </message>
    <message>
        <source>faster</source>
        <translation>schneller</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::BuildHistoryModel</name>
    <message>
        <source>built</source>
        <translation>gebaut</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::BuildPanel</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Dockerfile:</source>
        <translation>Dockerfile:</translation>
    </message>
    <message>
        <source>Path of the Dockerfile</source>
        <translation>Pfad des Dockerfiles</translation>
    </message>
    <message>
        <source>Context folder:</source>
        <translation>Kontextordner:</translation>
    </message>
    <message>
        <source>The folder sent to the engine (the “.” of docker build)</source>
        <translation>Der Ordner, der an die Engine gesendet wird (der „.“ von docker build)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Save build profile</source>
        <translation>Build-Profil speichern</translation>
    </message>
    <message>
        <source>Name of this setup (for example “release” or “debug”):</source>
        <translation>Name dieser Einstellung (zum Beispiel „release“ oder „debug“):</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Target stage:</source>
        <translation>Zielstufe:</translation>
    </message>
    <message>
        <source>name:tag, separated by commas</source>
        <translation>name:tag, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>KEY=VALUE, one per line</source>
        <translation>KEY=VALUE, eines pro Zeile</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Labels:</translation>
    </message>
    <message>
        <source>No cache</source>
        <translation>Kein Cache</translation>
    </message>
    <message>
        <source>Run every step again instead of reusing earlier results (--no-cache)</source>
        <translation>Jeden Schritt erneut ausführen, statt frühere Ergebnisse wiederzuverwenden (--no-cache)</translation>
    </message>
    <message>
        <source>Pull base images</source>
        <translation>Basis-Images holen</translation>
    </message>
    <message>
        <source>Look for newer versions of the FROM images (--pull)</source>
        <translation>Nach neueren Versionen der FROM-Images suchen (--pull)</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>the engine&apos;s own</source>
        <translation>die der Engine</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plattform:</translation>
    </message>
    <message>
        <source>Build arguments</source>
        <translation>Build-Argumente</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>Equivalent docker build command</source>
        <translation>Entsprechender docker-build-Befehl</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Paste docker build…</source>
        <translation>docker build einfügen …</translation>
    </message>
    <message>
        <source>Paste docker build</source>
        <translation>docker build einfügen</translation>
    </message>
    <message>
        <source>A docker build command to fill the form from:</source>
        <translation>Ein docker-build-Befehl, aus dem das Formular ausgefüllt wird:</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Bauen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Context %p%</source>
        <translation>Kontext %p %</translation>
    </message>
    <message>
        <source>Select a step to see its output.</source>
        <translation>Einen Schritt auswählen, um seine Ausgabe zu sehen.</translation>
    </message>
    <message>
        <source>Explore layers</source>
        <translation>Schichten untersuchen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Compare the two selected builds step by step</source>
        <translation>Die beiden ausgewählten Builds Schritt für Schritt vergleichen</translation>
    </message>
    <message>
        <source>Select two builds and click Compare.</source>
        <translation>Zwei Builds auswählen und auf „Vergleichen“ klicken.</translation>
    </message>
    <message>
        <source>Select two builds (Ctrl+click), or one to compare with the build before it.</source>
        <translation>Zwei Builds auswählen (Strg+Klick) oder einen, um ihn mit dem vorherigen Build zu vergleichen.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Open Dockerfile</source>
        <translation>Dockerfile öffnen</translation>
    </message>
    <message>
        <source>Context folder</source>
        <translation>Kontextordner</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>(last stage)</source>
        <translation>(letzte Stufe)</translation>
    </message>
    <message>
        <source>(last stage: %1)</source>
        <translation>(letzte Stufe: %1)</translation>
    </message>
    <message>
        <source>The Dockerfile has errors (line %1: %2); the build will likely fail.</source>
        <translation>Das Dockerfile enthält Fehler (Zeile %1: %2); der Build wird wahrscheinlich fehlschlagen.</translation>
    </message>
    <message>
        <source>Not a git checkout: no commit tag to suggest.</source>
        <translation>Kein Git-Checkout: kein Commit-Tag vorzuschlagen.</translation>
    </message>
    <message>
        <source>%1 always names commit %2; %3 moves to each new build.</source>
        <translation>%1 bezeichnet immer Commit %2; %3 wandert mit jedem neuen Build mit.</translation>
    </message>
    <message>
        <source>Left out (not supported here): %1.</source>
        <translation>Ausgelassen (hier nicht unterstützt): %1.</translation>
    </message>
    <message>
        <source>Not declared in the Dockerfile, passed as given: %1.</source>
        <translation>Nicht im Dockerfile deklariert, unverändert übergeben: %1.</translation>
    </message>
    <message>
        <source>Form filled from the command.</source>
        <translation>Formular aus dem Befehl ausgefüllt.</translation>
    </message>
    <message>
        <source>Measuring the context…</source>
        <translation>Kontext wird gemessen …</translation>
    </message>
    <message>
        <source>The context cannot be read: %1</source>
        <translation>Der Kontext kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Not connected to an engine: connect first (Engine ▸ Connect to…).</source>
        <translation>Nicht mit einer Engine verbunden: bitte zuerst verbinden (Engine ▸ Verbinden mit …).</translation>
    </message>
    <message>
        <source>No engine</source>
        <translation>Keine Engine</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Vorbereitung …</translation>
    </message>
    <message>
        <source>Context %1 of %2</source>
        <translation>Kontext %1 von %2</translation>
    </message>
    <message>
        <source>Building…</source>
        <translation>Wird gebaut …</translation>
    </message>
    <message>
        <source>Built</source>
        <translation>Gebaut</translation>
    </message>
    <message>
        <source>&lt;b&gt;Built&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>&lt;b&gt;Gebaut&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source> as %1</source>
        <translation> als %1</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source> · cache: %1 of %2 steps (%3%)</source>
        <translation> · Cache: %1 von %2 Schritten (%3 %)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled&lt;/b&gt;</source>
        <translation>&lt;b&gt;Abgebrochen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fehlgeschlagen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 Zeile %2</translation>
    </message>
    <message>
        <source>(unsaved)</source>
        <translation>(nicht gespeichert)</translation>
    </message>
    <message>
        <source>Saved as profile “%1”.</source>
        <translation>Als Profil „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Building the editor text of %1, unsaved changes included.</source>
        <translation>Der Editor-Text von %1 wird gebaut, samt ungespeicherter Änderungen.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>-f -: the Dockerfile is the editor&apos;s unsaved text of %1, given on standard input</source>
        <translation>-f -: das Dockerfile ist der ungespeicherte Text von %1 im Editor, über die Standardeingabe übergeben</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::BuildStepModel</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>aus dem Cache</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>CACHED</source>
        <translation>aus dem Cache</translation>
    </message>
    <message>
        <source>%1
Dockerfile line %2</source>
        <translation>%1
Dockerfile-Zeile %2</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::CapabilitiesModel</name>
    <message>
        <source>Listen on ports below 1024 (80, 443) as a non-root user.</source>
        <translation>Als Nicht-root-Benutzer auf Ports unter 1024 (80, 443) lauschen.</translation>
    </message>
    <message>
        <source>Change the owner of any file.</source>
        <translation>Den Eigentümer beliebiger Dateien ändern.</translation>
    </message>
    <message>
        <source>Read and write files regardless of their permissions.</source>
        <translation>Dateien unabhängig von ihren Berechtigungen lesen und schreiben.</translation>
    </message>
    <message>
        <source>Change permissions of files the process does not own.</source>
        <translation>Berechtigungen von Dateien ändern, die dem Prozess nicht gehören.</translation>
    </message>
    <message>
        <source>Switch to another user id (needed by su, gosu and servers that drop root).</source>
        <translation>Zu einer anderen Benutzer-ID wechseln (nötig für su, gosu und Server, die root-Rechte abgeben).</translation>
    </message>
    <message>
        <source>Switch to another group id.</source>
        <translation>Zu einer anderen Gruppen-ID wechseln.</translation>
    </message>
    <message>
        <source>Send signals to processes of other users.</source>
        <translation>Signale an Prozesse anderer Benutzer senden.</translation>
    </message>
    <message>
        <source>Raw sockets: ping, but also packet spoofing on the bridge network.</source>
        <translation>Raw-Sockets: ping, aber auch Paket-Spoofing im Bridge-Netzwerk.</translation>
    </message>
    <message>
        <source>Configure interfaces, routes and firewall rules (VPN clients).</source>
        <translation>Schnittstellen, Routen und Firewall-Regeln konfigurieren (VPN-Clients).</translation>
    </message>
    <message>
        <source>Trace and debug other processes; lets them be read and altered.</source>
        <translation>Andere Prozesse verfolgen und debuggen; sie können dadurch gelesen und verändert werden.</translation>
    </message>
    <message>
        <source>Mount filesystems and much more: close to full root. Avoid.</source>
        <translation>Dateisysteme einhängen und vieles mehr: fast volle root-Rechte. Vermeiden.</translation>
    </message>
    <message>
        <source>Named by the command; see capabilities(7).</source>
        <translation>Vom Befehl genannt; siehe capabilities(7).</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::ChangeStyle</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::ContainerActions</name>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start the selected stopped containers</source>
        <translation>Die ausgewählten gestoppten Container starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop the selected running containers: SIGTERM, then SIGKILL after the engine&apos;s grace period</source>
        <translation>Die ausgewählten laufenden Container stoppen: SIGTERM, dann SIGKILL nach der Wartezeit der Engine</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Stop and start the selected containers</source>
        <translation>Die ausgewählten Container stoppen und wieder starten</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>Hart beenden</translation>
    </message>
    <message>
        <source>Kill the selected running containers at once (SIGKILL), without a grace period</source>
        <translation>Die ausgewählten laufenden Container sofort beenden (SIGKILL), ohne Wartezeit</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Show what the container wrote to its output (Enter or double-click)</source>
        <translation>Zeigen, was der Container in seine Ausgabe geschrieben hat (Eingabetaste oder Doppelklick)</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Untersuchen</translation>
    </message>
    <message>
        <source>Show everything the engine knows about the container, as docker inspect does</source>
        <translation>Alles zeigen, was die Engine über den Container weiß, wie docker inspect</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen …</translation>
    </message>
    <message>
        <source>Remove the selected containers (Delete)</source>
        <translation>Die ausgewählten Container entfernen (Entf)</translation>
    </message>
    <message>
        <source>Prune Stopped…</source>
        <translation>Gestoppte bereinigen …</translation>
    </message>
    <message>
        <source>Remove every container that is not running, as docker container prune does</source>
        <translation>Jeden Container entfernen, der nicht läuft, wie docker container prune</translation>
    </message>
    <message>
        <source>%1 %2 (%3 of %4)…</source>
        <translation>%1: %2 (%3 von %4) …</translation>
    </message>
    <message>
        <source>%1 %2…</source>
        <translation>%1: %2 …</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Wird gestoppt</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>Wird neu gestartet</translation>
    </message>
    <message>
        <source>Killing</source>
        <translation>Wird hart beendet</translation>
    </message>
    <message>
        <source>Pausing</source>
        <translation>Wird pausiert</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>Wird fortgesetzt</translation>
    </message>
    <message numerus="yes">
        <source>Started %n container(s).</source>
        <translation>
            <numerusform>%n Container gestartet.</numerusform>
            <numerusform>%n Container gestartet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped %n container(s).</source>
        <translation>
            <numerusform>%n Container gestoppt.</numerusform>
            <numerusform>%n Container gestoppt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restarted %n container(s).</source>
        <translation>
            <numerusform>%n Container neu gestartet.</numerusform>
            <numerusform>%n Container neu gestartet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Killed %n container(s).</source>
        <translation>
            <numerusform>%n Container hart beendet.</numerusform>
            <numerusform>%n Container hart beendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused %n container(s).</source>
        <translation>
            <numerusform>%n Container pausiert.</numerusform>
            <numerusform>%n Container pausiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resumed %n container(s).</source>
        <translation>
            <numerusform>%n Container fortgesetzt.</numerusform>
            <numerusform>%n Container fortgesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done. The engine refused the others:</source>
        <translation>%1 von %2 erledigt. Die Engine hat die anderen abgelehnt:</translation>
    </message>
    <message>
        <source>Remove Containers</source>
        <translation>Container entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n container(s)?</source>
        <translation>
            <numerusform>%n Container entfernen?</numerusform>
            <numerusform>%n Container entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their files that are not in a volume are lost; named volumes are kept.</source>
        <translation>Ihre Dateien, die nicht in einem Volume liegen, gehen verloren; benannte Volumes bleiben erhalten.</translation>
    </message>
    <message>
        <source>Running, so killed first without a grace period: %1</source>
        <translation>Läuft, wird daher zuerst ohne Wartezeit hart beendet: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Kill and Remove</source>
        <translation>Hart beenden und entfernen</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>Wird entfernt</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n container(s).</source>
        <translation>
            <numerusform>%n Container entfernt.</numerusform>
            <numerusform>%n Container entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %1 of %n container(s). The engine refused the others:</source>
        <translation>
            <numerusform>%1 von %n Container entfernt. Die Engine hat die anderen abgelehnt:</numerusform>
            <numerusform>%1 von %n Containern entfernt. Die Engine hat die anderen abgelehnt:</numerusform>
        </translation>
    </message>
    <message>
        <source>Prune Stopped Containers</source>
        <translation>Gestoppte Container bereinigen</translation>
    </message>
    <message>
        <source>Remove every container that is not running?</source>
        <translation>Jeden Container entfernen, der nicht läuft?</translation>
    </message>
    <message>
        <source>None is listed as stopped right now.</source>
        <translation>Derzeit ist keiner als gestoppt aufgeführt.</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) listed as stopped:</source>
        <translation>
            <numerusform>%n Container als gestoppt aufgeführt:</numerusform>
            <numerusform>%n Container als gestoppt aufgeführt:</numerusform>
        </translation>
    </message>
    <message>
        <source>Prune</source>
        <translation>Bereinigen</translation>
    </message>
    <message>
        <source>Pruning</source>
        <translation>Wird bereinigt</translation>
    </message>
    <message>
        <source>stopped containers</source>
        <translation>gestoppte Container</translation>
    </message>
    <message>
        <source>Could not prune: %1</source>
        <translation>Bereinigen fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Pruned: %n container(s) removed, %1 reclaimed.</source>
        <translation>
            <numerusform>Bereinigt: %n Container entfernt, %1 freigegeben.</numerusform>
            <numerusform>Bereinigt: %n Container entfernt, %1 freigegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Inspecting</source>
        <translation>Wird untersucht</translation>
    </message>
    <message>
        <source>Could not inspect %1: %2</source>
        <translation>%1 konnte nicht untersucht werden: %2</translation>
    </message>
    <message>
        <source>Container %1</source>
        <translation>Container %1</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::ContainerController</name>
    <message>
        <source>Engine warning: %1</source>
        <translation>Warnung der Engine: %1</translation>
    </message>
    <message>
        <source>Started container %1</source>
        <translation>Container %1 gestartet</translation>
    </message>
    <message>
        <source>The container was removed</source>
        <translation>Der Container wurde entfernt</translation>
    </message>
    <message>
        <source>The container was killed: out of memory (exit code %1)</source>
        <translation>Der Container wurde beendet: Speicher erschöpft (Exit-Code %1)</translation>
    </message>
    <message>
        <source>The container exited with code %1</source>
        <translation>Der Container wurde mit Code %1 beendet</translation>
    </message>
    <message>
        <source>Restarted</source>
        <translation>Neu gestartet</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::ContainerLogsDialog</name>
    <message>
        <source>Logs of %1</source>
        <translation>Protokolle von %1</translation>
    </message>
    <message>
        <source>Reading the logs…</source>
        <translation>Die Protokolle werden gelesen …</translation>
    </message>
    <message>
        <source>Not connected to an engine.</source>
        <translation>Nicht mit einer Engine verbunden.</translation>
    </message>
    <message>
        <source>Could not read the logs: %1</source>
        <translation>Die Protokolle konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Following the output; closing this window stops reading.</source>
        <translation>Die Ausgabe wird verfolgt; Schließen dieses Fensters beendet das Lesen.</translation>
    </message>
    <message>
        <source>The log stream failed: %1</source>
        <translation>Der Log-Datenstrom ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The container stopped; this is all it wrote.</source>
        <translation>Der Container wurde gestoppt; das ist alles, was er geschrieben hat.</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::ContainerView</name>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Aus&amp;führen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>&amp;Kill</source>
        <translation>&amp;Hart beenden</translation>
    </message>
    <message>
        <source>Res&amp;tart</source>
        <translation>Neu s&amp;tarten</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>SIGTERM, then SIGKILL after 10 seconds (docker stop)</source>
        <translation>SIGTERM, nach 10 Sekunden SIGKILL (docker stop)</translation>
    </message>
    <message>
        <source>SIGKILL right away (docker kill)</source>
        <translation>Sofort SIGKILL (docker kill)</translation>
    </message>
    <message>
        <source>Containers started from this form or from its image. Pick one to follow its log and manage it; the Containers page lists the same.</source>
        <translation>Container, die aus diesem Formular oder aus seinem Image gestartet wurden. Wählen Sie einen aus, um sein Protokoll zu verfolgen und ihn zu verwalten; die Seite Container listet dieselben auf.</translation>
    </message>
    <message>
        <source>Containers from this form</source>
        <translation>Container aus diesem Formular</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Check&amp;up</source>
        <translation>Prüf&amp;ung</translation>
    </message>
    <message>
        <source>Run the guide&apos;s checks inside the running container: user, writable root, capabilities, NoNewPrivs, environment</source>
        <translation>Die Prüfungen des Leitfadens im laufenden Container ausführen: Benutzer, beschreibbares Wurzelverzeichnis, Capabilities, NoNewPrivs, Umgebung</translation>
    </message>
    <message>
        <source>&lt;p&gt;The checkup runs a few commands inside the running container (through &lt;code&gt;docker exec&lt;/code&gt;) and shows what the process really gets: its user, whether it can write to /, its capabilities, NoNewPrivs and its environment (secrets masked). Start a container, then press &lt;b&gt;Checkup&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Prüfung führt einige Befehle im laufenden Container aus (über &lt;code&gt;docker exec&lt;/code&gt;) und zeigt, was der Prozess tatsächlich erhält: seinen Benutzer, ob er nach / schreiben kann, seine Capabilities, NoNewPrivs und seine Umgebung (Secrets maskiert). Einen Container starten und dann &lt;b&gt;Prüfung&lt;/b&gt; drücken.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Checkup</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Keep the newest line in view</source>
        <translation>Die neueste Zeile sichtbar halten</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Protokoll durchsuchen</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabetaste)</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;standard error&lt;/span&gt; · standard output · &lt;span style=&apos;color:%2&apos;&gt;Dockwright notes&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;Standardfehlerausgabe&lt;/span&gt; · Standardausgabe · &lt;span style=&apos;color:%2&apos;&gt;Dockwright-Hinweise&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Creating the container…</source>
        <translation>Container wird erstellt …</translation>
    </message>
    <message>
        <source>Not connected to an engine</source>
        <translation>Nicht mit einer Engine verbunden</translation>
    </message>
    <message>
        <source>Create and start a container with these settings</source>
        <translation>Einen Container mit diesen Einstellungen erstellen und starten</translation>
    </message>
    <message>
        <source>Not connected to an engine.</source>
        <translation>Nicht mit einer Engine verbunden.</translation>
    </message>
    <message>
        <source>No container started from this form yet.</source>
        <translation>Aus diesem Formular wurde noch kein Container gestartet.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Looking inside the container…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Container wird untersucht …&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Save the log</source>
        <translation>Protokoll speichern</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation>Protokolldateien (*.log *.txt)</translation>
    </message>
    <message>
        <source>Could not save the log: %1</source>
        <translation>Das Protokoll konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Log saved to %1</source>
        <translation>Protokoll gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::ContainersModel</name>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>Startet neu</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>Wird entfernt</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>Befehl: %1</translation>
    </message>
    <message>
        <source>Host address:port → container port/protocol</source>
        <translation>Host-Adresse:Port → Container-Port/Protokoll</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>The container&apos;s name; the engine invents one when none is given.</source>
        <translation>Der Name des Containers; die Engine denkt sich einen aus, wenn keiner angegeben wurde.</translation>
    </message>
    <message>
        <source>The image the container was created from.</source>
        <translation>Das Image, aus dem der Container erstellt wurde.</translation>
    </message>
    <message>
        <source>Running, paused, exited, ...: what the container&apos;s main process is doing.</source>
        <translation>Läuft, pausiert, beendet, …: was der Hauptprozess des Containers gerade tut.</translation>
    </message>
    <message>
        <source>The engine&apos;s summary: how long it has been up, or its exit code and when it stopped.</source>
        <translation>Die Zusammenfassung der Engine: wie lange er schon läuft, oder sein Exit-Code und wann er endete.</translation>
    </message>
    <message>
        <source>Ports published on the host, as host address:port → container port.</source>
        <translation>Auf dem Host veröffentlichte Ports, als Host-Adresse:Port → Container-Port.</translation>
    </message>
    <message>
        <source>Up %1 (Paused)</source>
        <translation>Läuft seit %1 (pausiert)</translation>
    </message>
    <message>
        <source>Restarting (%1) %2 ago</source>
        <translation>Startet neu (%1) vor %2</translation>
    </message>
    <message>
        <source>Up %1 (health: starting)</source>
        <translation>Läuft seit %1 (Zustand: startet)</translation>
    </message>
    <message>
        <source>Up %1 (healthy)</source>
        <translation>Läuft seit %1 (gesund)</translation>
    </message>
    <message>
        <source>Up %1 (unhealthy)</source>
        <translation>Läuft seit %1 (ungesund)</translation>
    </message>
    <message>
        <source>Up %1 (%2)</source>
        <translation>Läuft seit %1 (%2)</translation>
    </message>
    <message>
        <source>Up %1</source>
        <translation>Läuft seit %1</translation>
    </message>
    <message>
        <source>Removal In Progress</source>
        <translation>Wird entfernt</translation>
    </message>
    <message>
        <source>Exited (%1) %2 ago</source>
        <translation>Beendet (%1) vor %2</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Beendet: %1</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::ContextAdvice</name>
    <message numerus="yes">
        <source>Your context is %1 in %n file(s)</source>
        <translation>
            <numerusform>Ihr Kontext umfasst %1 in %n Datei</numerusform>
            <numerusform>Ihr Kontext umfasst %1 in %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 of it is %2 — add it to .dockerignore.</source>
        <translation>; davon sind %1 %2 — bitte zur .dockerignore hinzufügen.</translation>
    </message>
    <message>
        <source>; %1 of it is %2 — if the image does not need it, add it to .dockerignore.</source>
        <translation>; davon sind %1 %2 — falls das Image es nicht braucht, zur .dockerignore hinzufügen.</translation>
    </message>
    <message>
        <source>%1/ (%2)</source>
        <translation>%1/ (%2)</translation>
    </message>
    <message>
        <source>Usually left out with .dockerignore: %1.</source>
        <translation>Üblicherweise per .dockerignore ausgeschlossen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Largest folders:</source>
        <translation>Größte Ordner:</translation>
    </message>
    <message>
        <source>Largest files:</source>
        <translation>Größte Dateien:</translation>
    </message>
    <message>
        <source>There is no .dockerignore: every file in the folder is sent to the engine.</source>
        <translation>Es gibt keine .dockerignore: Jede Datei im Ordner wird an die Engine gesendet.</translation>
    </message>
    <message>
        <source>%1 excluded nothing that is in the folder.</source>
        <translation>%1 hat nichts ausgeschlossen, was im Ordner liegt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 left out %2 in %n file(s):</source>
        <translation>
            <numerusform>%1 hat %2 in %n Datei ausgeschlossen:</numerusform>
            <numerusform>%1 hat %2 in %n Dateien ausgeschlossen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(line %1) — %2, %n file(s)</source>
        <translation>
            <numerusform>(Zeile %1) — %2, %n Datei</numerusform>
            <numerusform>(Zeile %1) — %2, %n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n COPY/ADD source(s) are not in the context: the build will stop at that step.</source>
        <translation>
            <numerusform>%n COPY/ADD-Quelle ist nicht im Kontext: Der Build wird bei diesem Schritt stoppen.</numerusform>
            <numerusform>%n COPY/ADD-Quellen sind nicht im Kontext: Der Build wird bei diesem Schritt stoppen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the Problems list in the editor)</source>
        <translation>
            <numerusform>… und %n weitere (siehe die Problemliste im Editor)</numerusform>
            <numerusform>… und %n weitere (siehe die Problemliste im Editor)</numerusform>
        </translation>
    </message>
    <message>
        <source>The Dockerfile %1 lies outside the context folder. That is fine: docker sends it along with the context, and COPY cannot see it.</source>
        <translation>Das Dockerfile %1 liegt außerhalb des Kontextordners. Das ist in Ordnung: docker sendet es zusammen mit dem Kontext, und COPY kann es nicht sehen.</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::DiffView</name>
    <message>
        <source>The two versions have the same text.</source>
        <translation>Die beiden Versionen haben denselben Text.</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::DockerfileSourceBar</name>
    <message>
        <source>Build the editor text</source>
        <translation>Den Editor-Text bauen</translation>
    </message>
    <message>
        <source>Send the Dockerfile as the editor shows it, unsaved changes included (as docker build -f - does)</source>
        <translation>Das Dockerfile so senden, wie der Editor es zeigt, samt ungespeicherter Änderungen (wie docker build -f -)</translation>
    </message>
    <message>
        <source>Build the file on disk</source>
        <translation>Die Datei auf der Festplatte bauen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the editor text to the file, then both are the same</source>
        <translation>Den Editor-Text in die Datei speichern, dann sind beide gleich</translation>
    </message>
    <message>
        <source>The editor has unsaved changes to %1.</source>
        <translation>Der Editor hat ungespeicherte Änderungen an %1.</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::EditorPage</name>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>&amp;New Dockerfile</source>
        <translation>&amp;Neues Dockerfile</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Neu aus &amp;Vorlage</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Ersetzen …</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Liste leeren</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Open Dockerfile</source>
        <translation>Dockerfile öffnen</translation>
    </message>
    <message>
        <source>Dockerfiles (Dockerfile *.Dockerfile Dockerfile.* Containerfile);;All files (*)</source>
        <translation>Dockerfiles (Dockerfile *.Dockerfile Dockerfile.* Containerfile);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Dockerfile</source>
        <translation>Dockerfile speichern</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 enthält nicht gespeicherte Änderungen. Sollen sie gespeichert werden?</translation>
    </message>
    <message>
        <source>The new Dockerfile</source>
        <translation>Das neue Dockerfile</translation>
    </message>
    <message>
        <source>Save the New Dockerfile</source>
        <translation>Das neue Dockerfile speichern</translation>
    </message>
    <message>
        <source>Replace .dockerignore?</source>
        <translation>.dockerignore ersetzen?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the template&apos;s .dockerignore?</source>
        <translation>%1 existiert bereits. Durch die .dockerignore der Vorlage ersetzen?</translation>
    </message>
    <message>
        <source>an unsaved Dockerfile</source>
        <translation>ein nicht gespeichertes Dockerfile</translation>
    </message>
    <message>
        <source>Dockwright did not close properly. Unsaved changes to &lt;b&gt;%1&lt;/b&gt; from %2 were kept.</source>
        <translation>Dockwright wurde nicht ordnungsgemäß beendet. Nicht gespeicherte Änderungen an &lt;b&gt;%1&lt;/b&gt; vom %2 wurden aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was deleted or moved on disk.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wurde auf dem Datenträger gelöscht oder verschoben.</translation>
    </message>
    <message>
        <source>&amp;Save Again</source>
        <translation>&amp;Erneut speichern</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignorieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; changed on disk. Reloading discards your unsaved changes.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wurde auf dem Datenträger geändert. Neu laden verwirft die nicht gespeicherten Änderungen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; changed on disk.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wurde auf dem Datenträger geändert.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Eigene behalten</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Keine Probleme gefunden</translation>
    </message>
    <message>
        <source>Problems: %1, %2, %3</source>
        <translation>Probleme: %1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>%1 has no Dockerfile or Containerfile. Start one with File ▸ New from Template and save it in that folder.</source>
        <translation>%1 hat kein Dockerfile und kein Containerfile. Beginnen Sie eines mit Datei ▸ Neu aus Vorlage und speichern Sie es in diesem Ordner.</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::EndpointDialog</name>
    <message>
        <source>Docker context “%1”: %2</source>
        <translation>Docker-Kontext „%1“: %2</translation>
    </message>
    <message>
        <source>Connect to a Container Engine</source>
        <translation>Mit einer Container-Engine verbinden</translation>
    </message>
    <message>
        <source>Dockwright talks to a Docker-compatible engine through its API socket. Pick one of the engines found on this computer, or type an address.</source>
        <translation>Dockwright spricht über deren API-Socket mit einer Docker-kompatiblen Engine. Wählen Sie eine der auf diesem Computer gefundenen Engines oder geben Sie eine Adresse ein.</translation>
    </message>
    <message>
        <source>Automatic: DOCKER_HOST, else the current docker context, else the default socket</source>
        <translation>Automatisch: DOCKER_HOST, sonst der aktuelle Docker-Kontext, sonst der Standard-Socket</translation>
    </message>
    <message>
        <source>No socket at %1 right now.</source>
        <translation>Unter %1 gibt es gerade keinen Socket.</translation>
    </message>
    <message>
        <source>This kind of address is not supported yet.</source>
        <translation>Diese Art von Adresse wird noch nicht unterstützt.</translation>
    </message>
    <message>
        <source>Or enter an &amp;address (like DOCKER_HOST):</source>
        <translation>Oder geben Sie eine &amp;Adresse ein (wie bei DOCKER_HOST):</translation>
    </message>
    <message>
        <source>unix:///run/user/1000/docker.sock or tcp://host:2376</source>
        <translation>unix:///run/user/1000/docker.sock oder tcp://host:2376</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Dockwright cannot talk to %1 addresses yet; use unix://, tcp:// or ssh://.</source>
        <translation>Dockwright kann mit %1-Adressen noch nicht umgehen; verwenden Sie unix://, tcp:// oder ssh://.</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::EngineBatch</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::EngineStatusWidget</name>
    <message>
        <source>Retry Now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Try to reach the engine again without waiting.</source>
        <translation>Die Engine sofort erneut zu erreichen versuchen, ohne zu warten.</translation>
    </message>
    <message>
        <source>Connect to…</source>
        <translation>Verbinden mit…</translation>
    </message>
    <message>
        <source>Choose which container engine Dockwright talks to.</source>
        <translation>Wählen, mit welcher Container-Engine Dockwright spricht.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Connected to %1  ·  %2 %3  ·  API %4  ·  %5/%6</source>
        <translation>Verbunden mit %1  ·  %2 %3  ·  API %4  ·  %5/%6</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse: %1</translation>
    </message>
    <message>
        <source>Chosen by: %1</source>
        <translation>Gewählt durch: %1</translation>
    </message>
    <message>
        <source>Engine: %1 %2</source>
        <translation>Engine: %1 %2</translation>
    </message>
    <message>
        <source>API version in use: %1 (engine supports up to %2)</source>
        <translation>Verwendete API-Version: %1 (die Engine unterstützt bis %2)</translation>
    </message>
    <message>
        <source>Operating system: %1/%2, kernel %3</source>
        <translation>Betriebssystem: %1/%2, Kernel %3</translation>
    </message>
    <message>
        <source>Builds use BuildKit</source>
        <translation>Builds verwenden BuildKit</translation>
    </message>
    <message>
        <source>Builds use the classic builder</source>
        <translation>Builds verwenden den klassischen Builder</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>Neuer Versuch…</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n second(s).</source>
        <translation>
            <numerusform>Neuer Versuch in %n Sekunde.</numerusform>
            <numerusform>Neuer Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Nicht verbunden mit %1.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Builds use the classic builder: on the containerd image store BuildKit needs a session to read the build context</source>
        <translation>Builds verwenden den klassischen Builder: Im containerd-Image-Speicher braucht BuildKit eine Sitzung, um den Build-Kontext zu lesen</translation>
    </message>
    <message>
        <source>Image store: %1</source>
        <translation>Image-Speicher: %1</translation>
    </message>
    <message>
        <source>containerd (%1)</source>
        <translation>containerd (%1)</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::EnvModel</name>
    <message>
        <source>(from your environment)</source>
        <translation>(aus Ihrer Umgebung)</translation>
    </message>
    <message>
        <source>-e %1 without a value copies %1 from the environment docker runs in.</source>
        <translation>-e %1 ohne Wert übernimmt %1 aus der Umgebung, in der docker läuft.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::FileTreeModel</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::FindBar</name>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Groß-/Kleinschreibung &amp;beachten</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Vorherige</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nächste</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>&amp;Alle ersetzen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::HardeningModel</name>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::HardeningView</name>
    <message>
        <source>Hardening</source>
        <translation>Härtung</translation>
    </message>
    <message>
        <source>%v / 100</source>
        <translation>%v / 100</translation>
    </message>
    <message>
        <source>&amp;Production posture</source>
        <translation>&amp;Produktionsbetrieb</translation>
    </message>
    <message>
        <source>The guide&apos;s hardened run: --init --read-only --cap-drop=ALL no-new-privileges, size-limited tmpfs for /tmp (and /app/logs for images that work in /app), HOME and caches in /tmp, memory/CPU/process limits and a non-root user.</source>
        <translation>Der gehärtete Start des Leitfadens: --init --read-only --cap-drop=ALL no-new-privileges, größenbegrenztes tmpfs für /tmp (und /app/logs für Images, die in /app arbeiten), HOME und Caches in /tmp, Grenzen für Speicher, CPU und Prozesse und ein Nicht-root-Benutzer.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Point at or select a check to read what it does and what can go wrong without it. Tick it to add its flags.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Auf eine Prüfung zeigen oder sie auswählen, um zu lesen, was sie bewirkt und was ohne sie schiefgehen kann. Ankreuzen fügt ihre Flags hinzu.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::HelpLinks</name>
    <message>
        <source>The Dockwright Window</source>
        <translation>Das Dockwright-Fenster</translation>
    </message>
    <message>
        <source>The Dockerfile Editor</source>
        <translation>Der Dockerfile-Editor</translation>
    </message>
    <message>
        <source>Lint Rules</source>
        <translation>Lint-Regeln</translation>
    </message>
    <message>
        <source>Building Images</source>
        <translation>Images bauen</translation>
    </message>
    <message>
        <source>Exploring Layers</source>
        <translation>Schichten untersuchen</translation>
    </message>
    <message>
        <source>Running Containers</source>
        <translation>Container ausführen</translation>
    </message>
    <message>
        <source>Runtime Hardening</source>
        <translation>Härtung zur Laufzeit</translation>
    </message>
    <message>
        <source>Supported Engines</source>
        <translation>Unterstützte Engines</translation>
    </message>
    <message>
        <source>The Command Line (dockwright-cli)</source>
        <translation>Die Kommandozeile (dockwright-cli)</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::ImageActions</name>
    <message>
        <source>Run…</source>
        <translation>Ausführen …</translation>
    </message>
    <message>
        <source>Open the Run area with this image</source>
        <translation>Den Bereich Ausführen mit diesem Image öffnen</translation>
    </message>
    <message>
        <source>Explore Layers</source>
        <translation>Schichten untersuchen</translation>
    </message>
    <message>
        <source>Look inside the image, layer by layer (Enter or double-click)</source>
        <translation>In das Image schauen, Schicht für Schicht (Eingabetaste oder Doppelklick)</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Untersuchen</translation>
    </message>
    <message>
        <source>Show everything the engine knows about the image, as docker image inspect does</source>
        <translation>Alles zeigen, was die Engine über das Image weiß, wie docker image inspect</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Show the build steps the image was made of and what each one added, as docker history does</source>
        <translation>Die Build-Schritte zeigen, aus denen das Image entstanden ist, und was jeder hinzugefügt hat, wie docker history</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>Taggen …</translation>
    </message>
    <message>
        <source>Give the image another name (repository:tag)</source>
        <translation>Dem Image einen weiteren Namen geben (repository:tag)</translation>
    </message>
    <message>
        <source>Save as Archive…</source>
        <translation>Als Archiv speichern …</translation>
    </message>
    <message>
        <source>Write the image to a .tar file, as docker save does</source>
        <translation>Das Image in eine .tar-Datei schreiben, wie docker save</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen …</translation>
    </message>
    <message>
        <source>Remove the selected images (Delete)</source>
        <translation>Die ausgewählten Images entfernen (Entf)</translation>
    </message>
    <message>
        <source>Prune Dangling…</source>
        <translation>Verwaiste bereinigen …</translation>
    </message>
    <message>
        <source>Remove every untagged image that no container uses, as docker image prune does</source>
        <translation>Jedes Image ohne Tag entfernen, das kein Container verwendet, wie docker image prune</translation>
    </message>
    <message>
        <source>%1 %2 (%3 of %4)</source>
        <translation>%1: %2 (%3 von %4)</translation>
    </message>
    <message>
        <source>Inspecting %1…</source>
        <translation>%1 wird untersucht …</translation>
    </message>
    <message>
        <source>Could not inspect %1: %2</source>
        <translation>%1 konnte nicht untersucht werden: %2</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <source>Reading the history of %1…</source>
        <translation>Der Verlauf von %1 wird gelesen …</translation>
    </message>
    <message>
        <source>Could not read the history of %1: %2</source>
        <translation>Der Verlauf von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Tag Image</source>
        <translation>Image taggen</translation>
    </message>
    <message>
        <source>Another name for %1, as repository:tag (the tag defaults to latest):</source>
        <translation>Ein weiterer Name für %1, als repository:tag (das Tag ist standardmäßig latest):</translation>
    </message>
    <message>
        <source>“%1” is not an image name: names cannot contain spaces.</source>
        <translation>„%1“ ist kein Image-Name: Namen dürfen keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>“%1” is not an image name: it needs a repository before the colon and a tag after it.</source>
        <translation>„%1“ ist kein Image-Name: Er braucht ein Repository vor dem Doppelpunkt und ein Tag danach.</translation>
    </message>
    <message>
        <source>Tagging %1…</source>
        <translation>%1 wird getaggt …</translation>
    </message>
    <message>
        <source>Could not tag %1 as %2:
%3</source>
        <translation>%1 konnte nicht als %2 getaggt werden:
%3</translation>
    </message>
    <message>
        <source>%1 is now also known as %2.</source>
        <translation>%1 heißt jetzt auch %2.</translation>
    </message>
    <message>
        <source>Remove Images</source>
        <translation>Images entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n image(s)?</source>
        <translation>
            <numerusform>%n Image entfernen?</numerusform>
            <numerusform>%n Images entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their tags are removed. An image&apos;s layers are deleted with its last tag unless another image shares them. An image a container uses is kept; you can then force its removal.</source>
        <translation>Ihre Tags werden entfernt. Die Schichten eines Images werden mit seinem letzten Tag gelöscht, sofern kein anderes Image sie teilt. Ein Image, das ein Container verwendet, bleibt erhalten; Sie können dann sein Entfernen erzwingen.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>Wird entfernt</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n image(s).</source>
        <translation>
            <numerusform>%n Image entfernt.</numerusform>
            <numerusform>%n Images entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Force Removal</source>
        <translation>Entfernen erzwingen</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be removed. Remove them by force?</source>
        <translation>
            <numerusform>%n Image konnte nicht entfernt werden. Das Entfernen erzwingen?</numerusform>
            <numerusform>%n Images konnten nicht entfernt werden. Das Entfernen erzwingen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Force removes every tag of the image and also removes images that stopped containers use. The engine refuses it for an image a running container uses.</source>
        <translation>Erzwingen entfernt jedes Tag des Images und auch Images, die gestoppte Container verwenden. Für ein Image, das ein laufender Container verwendet, lehnt die Engine es ab.</translation>
    </message>
    <message>
        <source>Force Remove</source>
        <translation>Erzwungen entfernen</translation>
    </message>
    <message>
        <source>Nothing was removed; the engine refused:</source>
        <translation>Nichts wurde entfernt; die Engine hat abgelehnt:</translation>
    </message>
    <message numerus="yes">
        <source>Removed %1 of %n image(s). The engine refused the others:</source>
        <translation>
            <numerusform>%1 von %n Image entfernt. Die Engine hat die anderen abgelehnt:</numerusform>
            <numerusform>%1 von %n Images entfernt. Die Engine hat die anderen abgelehnt:</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing by force</source>
        <translation>Wird erzwungen entfernt</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n image(s) by force.</source>
        <translation>
            <numerusform>%n Image erzwungen entfernt.</numerusform>
            <numerusform>%n Images erzwungen entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %1 of %n image(s) by force. The engine refused the others:</source>
        <translation>
            <numerusform>%1 von %n Image erzwungen entfernt. Die Engine hat die anderen abgelehnt:</numerusform>
            <numerusform>%1 von %n Images erzwungen entfernt. Die Engine hat die anderen abgelehnt:</numerusform>
        </translation>
    </message>
    <message>
        <source>Prune Dangling Images</source>
        <translation>Verwaiste Images bereinigen</translation>
    </message>
    <message>
        <source>Remove every dangling image?</source>
        <translation>Jedes verwaiste Image entfernen?</translation>
    </message>
    <message numerus="yes">
        <source>Dangling images have no tag and no container uses them: usually older builds whose tag moved to a newer image. %n untagged image(s) listed here.</source>
        <translation>
            <numerusform>Verwaiste Images haben kein Tag, und kein Container verwendet sie: meist ältere Builds, deren Tag auf ein neueres Image gewandert ist. Hier ist %n Image ohne Tag aufgeführt.</numerusform>
            <numerusform>Verwaiste Images haben kein Tag, und kein Container verwendet sie: meist ältere Builds, deren Tag auf ein neueres Image gewandert ist. Hier sind %n Images ohne Tag aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prune</source>
        <translation>Bereinigen</translation>
    </message>
    <message>
        <source>Pruning dangling images…</source>
        <translation>Verwaiste Images werden bereinigt …</translation>
    </message>
    <message>
        <source>dangling images</source>
        <translation>verwaiste Images</translation>
    </message>
    <message>
        <source>Could not prune: %1</source>
        <translation>Bereinigen fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Pruned: %n image(s) deleted, %1 reclaimed.</source>
        <translation>
            <numerusform>Bereinigt: %n Image gelöscht, %1 freigegeben.</numerusform>
            <numerusform>Bereinigt: %n Images gelöscht, %1 freigegeben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::ImageCompareWidget</name>
    <message>
        <source>Compare the open image (before) with another image (after), e.g. the same Dockerfile before and after a change.</source>
        <translation>Das geöffnete Image (vorher) mit einem anderen Image (nachher) vergleichen, z. B. dasselbe Dockerfile vor und nach einer Änderung.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Open an image first; it is the “before” side.</source>
        <translation>Bitte zuerst ein Image öffnen; es bildet die „Vorher“-Seite.</translation>
    </message>
    <message>
        <source>Before: &lt;b&gt;%1&lt;/b&gt;. Choose the image to compare it with.</source>
        <translation>Vorher: &lt;b&gt;%1&lt;/b&gt;. Bitte das Image auswählen, mit dem verglichen werden soll.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen …</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;: &lt;span style=&apos;color:%3&apos;&gt;+%4 added (%5)&lt;/span&gt;, &lt;span style=&apos;color:%6&apos;&gt;~%7 modified (%8)&lt;/span&gt;, &lt;span style=&apos;color:%9&apos;&gt;−%10 deleted (%11)&lt;/span&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;: &lt;span style=&apos;color:%3&apos;&gt;+%4 hinzugefügt (%5)&lt;/span&gt;, &lt;span style=&apos;color:%6&apos;&gt;~%7 geändert (%8)&lt;/span&gt;, &lt;span style=&apos;color:%9&apos;&gt;−%10 gelöscht (%11)&lt;/span&gt;.</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::ImageConfigModel</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::ImageDiffModel</name>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::ImageHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <source>The build steps of %1, newest first. Each step that changed files added a layer of the size shown.</source>
        <translation>Die Build-Schritte von %1, neueste zuerst. Jeder Schritt, der Dateien geändert hat, hat eine Schicht der angezeigten Größe hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::ImageHistoryModel</name>
    <message>
        <source>(not stored)</source>
        <translation>(nicht gespeichert)</translation>
    </message>
    <message>
        <source>This step&apos;s image is not stored here (it was built elsewhere, or by BuildKit); its layer is.</source>
        <translation>Das Image dieses Schritts ist hier nicht gespeichert (es wurde anderswo oder von BuildKit gebaut); seine Schicht schon.</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Created By</source>
        <translation>Erstellt durch</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::ImageSaver</name>
    <message>
        <source>Saving %1 to %2… %3 written</source>
        <translation>%1 wird nach %2 gespeichert … %3 geschrieben</translation>
    </message>
    <message>
        <source>Save image %1 as archive</source>
        <translation>Image %1 als Archiv speichern</translation>
    </message>
    <message>
        <source>Image archives (*.tar);;All files (*)</source>
        <translation>Image-Archive (*.tar);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save image as archive</source>
        <translation>Image als Archiv speichern</translation>
    </message>
    <message>
        <source>Saving %1 to %2…</source>
        <translation>%1 wird nach %2 gespeichert …</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>Schreiben nicht möglich: %1</translation>
    </message>
    <message>
        <source>Could not save %1 to %2: %3</source>
        <translation>%1 konnte nicht nach %2 gespeichert werden: %3</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::ImageSourceBar</name>
    <message>
        <source>Open archive…</source>
        <translation>Archiv öffnen …</translation>
    </message>
    <message>
        <source>A tar written by docker save, podman save or an OCI archive (optionally compressed)</source>
        <translation>Ein von docker save oder podman save geschriebenes tar oder ein OCI-Archiv (optional komprimiert)</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>Ordner öffnen …</translation>
    </message>
    <message>
        <source>An OCI image layout directory (oci-layout, index.json, blobs/)</source>
        <translation>Ein Verzeichnis mit OCI-Image-Layout (oci-layout, index.json, blobs/)</translation>
    </message>
    <message>
        <source>or engine image:</source>
        <translation>oder Engine-Image:</translation>
    </message>
    <message>
        <source>Engine image</source>
        <translation>Engine-Image</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open an image archive</source>
        <translation>Image-Archiv öffnen</translation>
    </message>
    <message>
        <source>Image archives (*.tar *.tar.gz *.tgz *.tar.zst *.oci);;All files (*)</source>
        <translation>Image-Archive (*.tar *.tar.gz *.tgz *.tar.zst *.oci);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open an OCI image layout folder</source>
        <translation>OCI-Image-Layout-Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::ImagesModel</name>
    <message>
        <source>(untagged)</source>
        <translation>(ohne Tag)</translation>
    </message>
    <message>
        <source>This image has no name. It is usually an older build whose tag moved to a newer image.</source>
        <translation>Dieses Image hat keinen Namen. Meist ist es ein älterer Build, dessen Tag auf ein neueres Image übergegangen ist.</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Repository:Tag</source>
        <translation>Repository:Tag</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>Image-ID</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>The names (repository and tag) this image is known by.</source>
        <translation>Die Namen (Repository und Tag), unter denen dieses Image bekannt ist.</translation>
    </message>
    <message>
        <source>The first 12 digits of the image&apos;s content hash; enough to tell images apart.</source>
        <translation>Die ersten 12 Stellen des Inhalts-Hashs des Images; genug, um Images zu unterscheiden.</translation>
    </message>
    <message>
        <source>Disk space of all the image&apos;s layers, including layers shared with other images.</source>
        <translation>Speicherplatz aller Schichten des Images, auch der Schichten, die es mit anderen Images teilt.</translation>
    </message>
    <message>
        <source>When the image was built.</source>
        <translation>Wann das Image gebaut wurde.</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::InstructionDocs</name>
    <message>
        <source>Owner (user:group) of the copied files; without it they belong to root.</source>
        <translation>Eigentümer (user:group) der kopierten Dateien; ohne Angabe gehören sie root.</translation>
    </message>
    <message>
        <source>Permission bits of the copied files, e.g. 0755.</source>
        <translation>Berechtigungsbits der kopierten Dateien, z. B. 0755.</translation>
    </message>
    <message>
        <source>Copy into an independent layer, so the layer survives changes to earlier layers (better cache reuse).</source>
        <translation>In eine unabhängige Schicht kopieren, sodass die Schicht Änderungen an früheren Schichten übersteht (bessere Cache-Wiederverwendung).</translation>
    </message>
    <message>
        <source>A pattern of paths not to copy.</source>
        <translation>Ein Muster für Pfade, die nicht kopiert werden.</translation>
    </message>
    <message>
        <source>Starts a build stage from a base image (or &lt;code&gt;scratch&lt;/code&gt;, an empty one). &lt;code&gt;AS name&lt;/code&gt; lets later stages and &lt;code&gt;COPY --from&lt;/code&gt; refer to it.</source>
        <translation>Beginnt eine Build-Stufe mit einem Basis-Image (oder &lt;code&gt;scratch&lt;/code&gt;, einem leeren). Mit &lt;code&gt;AS name&lt;/code&gt; können spätere Stufen und &lt;code&gt;COPY --from&lt;/code&gt; darauf verweisen.</translation>
    </message>
    <message>
        <source>Platform of the base image, e.g. linux/amd64 or $BUILDPLATFORM.</source>
        <translation>Plattform des Basis-Images, z. B. linux/amd64 oder $BUILDPLATFORM.</translation>
    </message>
    <message>
        <source>Declares a build argument that &lt;code&gt;--build-arg&lt;/code&gt; can set. Before the first FROM it is visible to FROM lines only; redeclare it inside a stage to use it there.</source>
        <translation>Deklariert ein Build-Argument, das &lt;code&gt;--build-arg&lt;/code&gt; setzen kann. Vor dem ersten FROM ist es nur für FROM-Zeilen sichtbar; um es in einer Stufe zu verwenden, muss es dort erneut deklariert werden.</translation>
    </message>
    <message>
        <source>Sets environment variables for the rest of the stage and for containers started from the image.</source>
        <translation>Setzt Umgebungsvariablen für den Rest der Stufe und für Container, die aus dem Image gestartet werden.</translation>
    </message>
    <message>
        <source>Sets (and creates) the working directory for the instructions that follow and for the container.</source>
        <translation>Setzt (und erstellt) das Arbeitsverzeichnis für die folgenden Anweisungen und für den Container.</translation>
    </message>
    <message>
        <source>Runs a command in a new layer. Shell form runs through /bin/sh -c; the exec form [&quot;prog&quot;, &quot;arg&quot;] runs the program directly.</source>
        <translation>Führt einen Befehl in einer neuen Schicht aus. Die Shell-Form läuft über /bin/sh -c; die Exec-Form [&quot;prog&quot;, &quot;arg&quot;] führt das Programm direkt aus.</translation>
    </message>
    <message>
        <source>Mounts something only while this command runs: a cache directory, files from the context or another stage (bind), a secret, an SSH agent or a tmpfs.</source>
        <translation>Hängt etwas nur während dieses Befehls ein: ein Cache-Verzeichnis, Dateien aus dem Kontext oder einer anderen Stufe (bind), ein Secret, einen SSH-Agenten oder ein tmpfs.</translation>
    </message>
    <message>
        <source>Network for the command: default, none (no network) or host.</source>
        <translation>Netzwerk für den Befehl: default, none (kein Netzwerk) oder host.</translation>
    </message>
    <message>
        <source>sandbox (default) or insecure (needs the security.insecure entitlement).</source>
        <translation>sandbox (Standard) oder insecure (erfordert die Berechtigung security.insecure).</translation>
    </message>
    <message>
        <source>Copies files from the build context, or from another stage or image with &lt;code&gt;--from&lt;/code&gt;, into the image.</source>
        <translation>Kopiert Dateien aus dem Build-Kontext oder mit &lt;code&gt;--from&lt;/code&gt; aus einer anderen Stufe oder einem Image in das Image.</translation>
    </message>
    <message>
        <source>A stage name or index, or an image, to copy from instead of the context.</source>
        <translation>Ein Stufenname oder -index oder ein Image, aus dem statt aus dem Kontext kopiert wird.</translation>
    </message>
    <message>
        <source>Keep the parent directories of the sources.</source>
        <translation>Die übergeordneten Verzeichnisse der Quellen beibehalten.</translation>
    </message>
    <message>
        <source>Like COPY, but also fetches URLs and Git repositories and unpacks local tar archives. Prefer COPY when you only copy files.</source>
        <translation>Wie COPY, lädt aber auch URLs und Git-Repositorys und entpackt lokale tar-Archive. Wenn nur Dateien kopiert werden, COPY bevorzugen.</translation>
    </message>
    <message>
        <source>Expected digest of a remote file (sha256:...).</source>
        <translation>Erwarteter Digest einer entfernten Datei (sha256:...).</translation>
    </message>
    <message>
        <source>Keep the .git directory of a Git source.</source>
        <translation>Das .git-Verzeichnis einer Git-Quelle beibehalten.</translation>
    </message>
    <message>
        <source>Whether to unpack archives.</source>
        <translation>Ob Archive entpackt werden.</translation>
    </message>
    <message>
        <source>Sets the user (and group) for the following RUN, CMD and ENTRYPOINT. Running as a non-root user limits what a compromised process can do.</source>
        <translation>Setzt den Benutzer (und die Gruppe) für die folgenden RUN, CMD und ENTRYPOINT. Ein Nicht-root-Benutzer begrenzt, was ein kompromittierter Prozess tun kann.</translation>
    </message>
    <message>
        <source>Documents the ports the application listens on; publishing them is up to &lt;code&gt;docker run -p&lt;/code&gt;.</source>
        <translation>Dokumentiert die Ports, auf denen die Anwendung lauscht; veröffentlicht werden sie mit &lt;code&gt;docker run -p&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>The default command (or the default arguments of ENTRYPOINT) of a container. Only the last CMD counts.</source>
        <translation>Der Standardbefehl (oder die Standardargumente von ENTRYPOINT) eines Containers. Nur das letzte CMD zählt.</translation>
    </message>
    <message>
        <source>The program a container runs; CMD and &lt;code&gt;docker run&lt;/code&gt; arguments are passed to it. Use the exec form so it receives signals.</source>
        <translation>Das Programm, das ein Container ausführt; CMD und Argumente von &lt;code&gt;docker run&lt;/code&gt; werden an es übergeben. Die Exec-Form verwenden, damit es Signale empfängt.</translation>
    </message>
    <message>
        <source>Adds metadata to the image, e.g. org.opencontainers.image.source.</source>
        <translation>Fügt dem Image Metadaten hinzu, z. B. org.opencontainers.image.source.</translation>
    </message>
    <message>
        <source>Marks a path as holding external data; changes to it after this line are discarded during the build.</source>
        <translation>Kennzeichnet einen Pfad als Ort für externe Daten; Änderungen daran nach dieser Zeile werden beim Build verworfen.</translation>
    </message>
    <message>
        <source>A command the engine runs periodically to tell whether the container is healthy.</source>
        <translation>Ein Befehl, den die Engine regelmäßig ausführt, um festzustellen, ob der Container gesund ist.</translation>
    </message>
    <message>
        <source>Time between checks (default 30s).</source>
        <translation>Zeit zwischen den Prüfungen (Standard 30s).</translation>
    </message>
    <message>
        <source>Time a check may take (default 30s).</source>
        <translation>Zeit, die eine Prüfung dauern darf (Standard 30s).</translation>
    </message>
    <message>
        <source>Grace period after start during which failures do not count.</source>
        <translation>Schonfrist nach dem Start, in der Fehlschläge nicht zählen.</translation>
    </message>
    <message>
        <source>Time between checks during the start period.</source>
        <translation>Zeit zwischen den Prüfungen während der Startphase.</translation>
    </message>
    <message>
        <source>Consecutive failures before the container is unhealthy (default 3).</source>
        <translation>Aufeinanderfolgende Fehlschläge, bevor der Container als ungesund gilt (Standard 3).</translation>
    </message>
    <message>
        <source>Replaces the shell that runs shell-form commands (default [&quot;/bin/sh&quot;, &quot;-c&quot;]).</source>
        <translation>Ersetzt die Shell, die Befehle in Shell-Form ausführt (Standard [&quot;/bin/sh&quot;, &quot;-c&quot;]).</translation>
    </message>
    <message>
        <source>The signal &lt;code&gt;docker stop&lt;/code&gt; sends to end the container (default SIGTERM).</source>
        <translation>Das Signal, das &lt;code&gt;docker stop&lt;/code&gt; sendet, um den Container zu beenden (Standard SIGTERM).</translation>
    </message>
    <message>
        <source>An instruction that runs later, when another Dockerfile uses this image in FROM.</source>
        <translation>Eine Anweisung, die später ausgeführt wird, wenn ein anderes Dockerfile dieses Image in FROM verwendet.</translation>
    </message>
    <message>
        <source>Deprecated: use LABEL org.opencontainers.image.authors instead.</source>
        <translation>Veraltet: stattdessen LABEL org.opencontainers.image.authors verwenden.</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::JsonDialog</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::LayerExplorer</name>
    <message>
        <source>Explore</source>
        <translation>Untersuchen</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Select a layer to see what it changed; Shift+click a second one for a range.</source>
        <translation>Eine Schicht auswählen, um ihre Änderungen zu sehen; Umschalt+Klick auf eine zweite wählt einen Bereich.</translation>
    </message>
    <message>
        <source>Most wasted files</source>
        <translation>Am meisten verschwendete Dateien</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>All bytes of the image up to this layer</source>
        <translation>Alle Bytes des Images bis zu dieser Schicht</translation>
    </message>
    <message>
        <source>Only bytes this layer added or changed</source>
        <translation>Nur Bytes, die diese Schicht hinzugefügt oder geändert hat</translation>
    </message>
    <message>
        <source>Size map</source>
        <translation>Größenkarte</translation>
    </message>
    <message>
        <source>Compare images</source>
        <translation>Images vergleichen</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>What this layer changed</source>
        <translation>Was diese Schicht geändert hat</translation>
    </message>
    <message>
        <source>Everything since the base image</source>
        <translation>Alles seit dem Basis-Image</translation>
    </message>
    <message>
        <source>Compare the selected layer with the layer below it, or the image up to the selected layer with the base image (FROM).</source>
        <translation>Die ausgewählte Schicht mit der Schicht darunter vergleichen oder das Image bis zur ausgewählten Schicht mit dem Basis-Image (FROM).</translation>
    </message>
    <message>
        <source>Only changes</source>
        <translation>Nur Änderungen</translation>
    </message>
    <message>
        <source>Filter: name, *.so, usr/lib/…</source>
        <translation>Filter: Name, *.so, usr/lib/…</translation>
    </message>
    <message>
        <source>Show %1 paths</source>
        <translation>%1 Pfade anzeigen</translation>
    </message>
    <message>
        <source>Go to path, e.g. /etc/os-release, then Enter</source>
        <translation>Zu Pfad gehen, z. B. /etc/os-release, dann Eingabetaste</translation>
    </message>
    <message>
        <source>No path “%1” in this image.</source>
        <translation>Kein Pfad „%1“ in diesem Image.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>Cancelled; the previous image stays open.</source>
        <translation>Abgebrochen; das vorherige Image bleibt geöffnet.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;No image open.&lt;/span&gt; Open a saved archive, an OCI layout folder, or pick one of the engine&apos;s images.</source>
        <translation>&lt;span style=&apos;font-size:large&apos;&gt;Kein Image geöffnet.&lt;/span&gt; Ein gespeichertes Archiv oder einen OCI-Layout-Ordner öffnen oder eines der Images der Engine auswählen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 efficiency &amp;nbsp;·&amp;nbsp; %2 wasted &amp;nbsp;·&amp;nbsp; %3 in %n layer(s) (%4 from the base image)</source>
        <translation>
            <numerusform>%1 Effizienz &amp;nbsp;·&amp;nbsp; %2 verschwendet &amp;nbsp;·&amp;nbsp; %3 in %n Schicht (%4 aus dem Basis-Image)</numerusform>
            <numerusform>%1 Effizienz &amp;nbsp;·&amp;nbsp; %2 verschwendet &amp;nbsp;·&amp;nbsp; %3 in %n Schichten (%4 aus dem Basis-Image)</numerusform>
        </translation>
    </message>
    <message>
        <source>Efficiency is the share of all stored layer bytes that is still visible in the final image. Wasted bytes are copies that a later layer overwrote or deleted: they are downloaded and stored but nobody sees them (%1 of them caused by your layers).</source>
        <translation>Die Effizienz ist der Anteil aller gespeicherten Schicht-Bytes, der im fertigen Image noch sichtbar ist. Verschwendete Bytes sind Kopien, die eine spätere Schicht überschrieben oder gelöscht hat: Sie werden heruntergeladen und gespeichert, aber niemand sieht sie (%1 davon stammen aus Ihren Schichten).</translation>
    </message>
    <message>
        <source>changes of layers %1–%2</source>
        <translation>Änderungen der Schichten %1–%2</translation>
    </message>
    <message>
        <source>layer %1 against an empty image</source>
        <translation>Schicht %1 gegenüber einem leeren Image</translation>
    </message>
    <message>
        <source>layer %1 against layer %2</source>
        <translation>Schicht %1 gegenüber Schicht %2</translation>
    </message>
    <message>
        <source>Stacking layers…</source>
        <translation>Schichten werden gestapelt …</translation>
    </message>
    <message>
        <source>Only bytes these layers added or changed</source>
        <translation>Nur Bytes, die diese Schichten hinzugefügt oder geändert haben</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;+%2 added&lt;/span&gt; · &lt;span style=&apos;color:%3&apos;&gt;~%4 modified&lt;/span&gt; · &lt;span style=&apos;color:%5&apos;&gt;−%6 deleted&lt;/span&gt; · %7 of files changed</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;+%2 hinzugefügt&lt;/span&gt; · &lt;span style=&apos;color:%3&apos;&gt;~%4 geändert&lt;/span&gt; · &lt;span style=&apos;color:%5&apos;&gt;−%6 gelöscht&lt;/span&gt; · %7 der Dateien geändert</translation>
    </message>
    <message>
        <source>%1 is not in the image after layer %2; its history is in Details.</source>
        <translation>%1 ist nach Schicht %2 nicht im Image; sein Verlauf steht unter „Details“.</translation>
    </message>
    <message>
        <source>CACHED</source>
        <translation>aus dem Cache</translation>
    </message>
    <message>
        <source>built in %1</source>
        <translation>in %1 gebaut</translation>
    </message>
    <message>
        <source>built</source>
        <translation>gebaut</translation>
    </message>
    <message>
        <source> · step %1 (%2:%3), %4</source>
        <translation> · Schritt %1 (%2:%3), %4</translation>
    </message>
    <message>
        <source>Save image as archive…</source>
        <translation>Image als Archiv speichern …</translation>
    </message>
    <message>
        <source>Write this engine image to a tar file, as docker save does</source>
        <translation>Dieses Engine-Image in eine tar-Datei schreiben, wie docker save</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>How a container of this image runs (user, command, environment, ports, volumes, health check, labels), as docker image inspect shows it.</source>
        <translation>Wie ein Container dieses Images läuft (Benutzer, Befehl, Umgebung, Ports, Volumes, Healthcheck, Labels), wie docker image inspect es zeigt.</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::LayerListModel</name>
    <message>
        <source>base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>eigene</translation>
    </message>
    <message>
        <source>(no history)</source>
        <translation>(kein Verlauf)</translation>
    </message>
    <message>
        <source>The image config has no history entry for this layer.</source>
        <translation>Die Image-Konfiguration hat keinen Verlaufseintrag für diese Schicht.</translation>
    </message>
    <message>
        <source>Part of the base image (FROM); you change it by picking another base.</source>
        <translation>Teil des Basis-Images (FROM); ändern lässt sie sich nur durch ein anderes Basis-Image.</translation>
    </message>
    <message>
        <source>Made by your Dockerfile.</source>
        <translation>Von Ihrem Dockerfile erzeugt.</translation>
    </message>
    <message>
        <source>Bytes of this layer that later layers overwrote or deleted: stored and shipped, never seen.</source>
        <translation>Bytes dieser Schicht, die spätere Schichten überschrieben oder gelöscht haben: gespeichert und ausgeliefert, aber nie sichtbar.</translation>
    </message>
    <message>
        <source>%1 of files (%2 stored, %3)</source>
        <translation>%1 der Dateien (%2 gespeichert, %3)</translation>
    </message>
    <message>
        <source>Whether the build reused this layer from the cache (known only for builds made in Dockwright).</source>
        <translation>Ob der Build diese Schicht aus dem Cache wiederverwendet hat (nur für in Dockwright erstellte Builds bekannt).</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Wasted</source>
        <translation>Verschwendet</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>Im Cache</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
    <message>
        <source>no Dockerfile line</source>
        <translation>keine Dockerfile-Zeile</translation>
    </message>
    <message>
        <source>CACHED</source>
        <translation>aus dem Cache</translation>
    </message>
    <message>
        <source>built in %1</source>
        <translation>in %1 gebaut</translation>
    </message>
    <message>
        <source>built</source>
        <translation>gebaut</translation>
    </message>
    <message>
        <source>Build step %1
%2 · %3</source>
        <translation>Build-Schritt %1
%2 · %3</translation>
    </message>
    <message>
        <source>No command recorded; the history&apos;s comment: %1</source>
        <translation>Kein Befehl verzeichnet; der Kommentar des Verlaufs: %1</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::LogModel</name>
    <message>
        <source>standard error</source>
        <translation>Standardfehlerausgabe</translation>
    </message>
    <message>
        <source>Dockwright</source>
        <translation>Dockwright</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::MainWindow</name>
    <message>
        <source>Listing failed: %1</source>
        <translation>Auflisten fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Work areas</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Write and check Dockerfiles</source>
        <translation>Dockerfiles schreiben und prüfen</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Bauen</translation>
    </message>
    <message>
        <source>Build an image from a Dockerfile</source>
        <translation>Ein Image aus einem Dockerfile bauen</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Look inside an image, layer by layer</source>
        <translation>In ein Image hineinschauen, Schicht für Schicht</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Start containers and follow their output</source>
        <translation>Container starten und ihre Ausgabe verfolgen</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Filter by name, tag or ID</source>
        <translation>Nach Name, Tag oder ID filtern</translation>
    </message>
    <message>
        <source>No images yet</source>
        <translation>Noch keine Images</translation>
    </message>
    <message>
        <source>Images are the templates containers start from. Build one in the Build area or with &lt;code&gt;docker build&lt;/code&gt;, or download one with &lt;code&gt;docker pull&lt;/code&gt;; it shows up here by itself.</source>
        <translation>Images sind die Vorlagen, aus denen Container starten. Bauen Sie eines im Bereich Bauen oder mit &lt;code&gt;docker build&lt;/code&gt;, oder laden Sie eines mit &lt;code&gt;docker pull&lt;/code&gt; herunter; es erscheint dann von selbst hier.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n image(s)</source>
        <translation>
            <numerusform>%1 von %n Image</numerusform>
            <numerusform>%1 von %n Images</numerusform>
        </translation>
    </message>
    <message>
        <source>The images stored by the engine</source>
        <translation>Die Images, die die Engine gespeichert hat</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Filter by name, image, state or ID</source>
        <translation>Nach Name, Image, Zustand oder ID filtern</translation>
    </message>
    <message>
        <source>No containers yet</source>
        <translation>Noch keine Container</translation>
    </message>
    <message>
        <source>A container is a running (or stopped) instance of an image. Start one in the Run area or with &lt;code&gt;docker run&lt;/code&gt;; it shows up here by itself.</source>
        <translation>Ein Container ist eine laufende (oder angehaltene) Instanz eines Images. Starten Sie einen im Bereich Ausführen oder mit &lt;code&gt;docker run&lt;/code&gt;; er erscheint dann von selbst hier.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n container(s)</source>
        <translation>
            <numerusform>%1 von %n Container</numerusform>
            <numerusform>%1 von %n Containern</numerusform>
        </translation>
    </message>
    <message>
        <source>The containers on the engine, running or stopped</source>
        <translation>Die Container der Engine, laufend oder angehalten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Engine</source>
        <translation>&amp;Engine</translation>
    </message>
    <message>
        <source>&amp;Connect to…</source>
        <translation>&amp;Verbinden mit…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Dockwright</source>
        <translation>&amp;Über Dockwright</translation>
    </message>
    <message>
        <source>About Dockwright</source>
        <translation>Über Dockwright</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dockwright %1&lt;/h3&gt;&lt;p&gt;Build, inspect and run container images through the Docker Engine API.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dockwright %1&lt;/h3&gt;&lt;p&gt;Container-Images über die Docker-Engine-API bauen, untersuchen und ausführen.&lt;/p&gt;&lt;p&gt;Lizenz: GPL-3.0-or-later&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No usable engine address.</source>
        <translation>Keine brauchbare Engine-Adresse.</translation>
    </message>
    <message>
        <source>Click “Connect to…” to pick an engine.</source>
        <translation>Klicken Sie auf „Verbinden mit…“, um eine Engine zu wählen.</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Bauen</translation>
    </message>
    <message>
        <source>&amp;Build Image</source>
        <translation>Image &amp;bauen</translation>
    </message>
    <message>
        <source>Build the Dockerfile (Ctrl+B)</source>
        <translation>Das Dockerfile bauen (Strg+B)</translation>
    </message>
    <message>
        <source>&amp;Cancel Build</source>
        <translation>Bauen &amp;abbrechen</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Open or save a Dockerfile first; Build uses it.</source>
        <translation>Öffnen oder speichern Sie zuerst ein Dockerfile; Bauen verwendet es.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>What Dockwright is for and where to start</source>
        <translation>Wofür Dockwright da ist und wo Sie anfangen</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Dokumentation</translation>
    </message>
    <message>
        <source>Docker &amp;Engine API Reference</source>
        <translation>Referenz der Docker-Engine-&amp;API</translation>
    </message>
    <message>
        <source>Docker&amp;file Reference</source>
        <translation>Docker&amp;file-Referenz</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>%1[*] (%2) — Dockwright</source>
        <translation>%1[*] (%2) — Dockwright</translation>
    </message>
    <message>
        <source>Untitled[*] — Dockwright</source>
        <translation>Unbenannt[*] — Dockwright</translation>
    </message>
    <message>
        <source>Dockwright[*]</source>
        <translation>Dockwright[*]</translation>
    </message>
    <message>
        <source>Open a Project Folder</source>
        <translation>Einen Projektordner öffnen</translation>
    </message>
    <message>
        <source>%1 is not remembered until an engine answers there; the next start uses the previous choice.</source>
        <translation>Dockwright merkt sich %1 erst, wenn dort eine Engine antwortet; der nächste Start verwendet die vorherige Wahl.</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::MountsModel</name>
    <message>
        <source>Read-only: the container can read these files but not change or delete them.</source>
        <translation>Schreibgeschützt: Der Container kann diese Dateien lesen, aber weder ändern noch löschen.</translation>
    </message>
    <message>
        <source>An absolute folder or file path on this computer.</source>
        <translation>Ein absoluter Ordner- oder Dateipfad auf diesem Rechner.</translation>
    </message>
    <message>
        <source>The name of a volume the engine manages; it is created if missing.</source>
        <translation>Der Name eines von der Engine verwalteten Volumes; es wird angelegt, falls es fehlt.</translation>
    </message>
    <message>
        <source>Host path</source>
        <translation>Host-Pfad</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Path in container</source>
        <translation>Pfad im Container</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::OutlineModel</name>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (von %2)</translation>
    </message>
    <message>
        <source>Stage %1 (from %2)</source>
        <translation>Stufe %1 (von %2)</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::PathDetailsPane</name>
    <message>
        <source>Select a file in the tree.</source>
        <translation>Eine Datei im Baum auswählen.</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <source>Every layer that added, modified or deleted this path. Double-click to open the layer.</source>
        <translation>Jede Schicht, die diesen Pfad hinzugefügt, geändert oder gelöscht hat. Doppelklick öffnet die Schicht.</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Ältere Version</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Neuere Version</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansehen</translation>
    </message>
    <message>
        <source>Show the file as stored in the newer layer</source>
        <translation>Die Datei so anzeigen, wie sie in der neueren Schicht gespeichert ist</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Diff</translation>
    </message>
    <message>
        <source>Show the lines that changed between the two layers</source>
        <translation>Die Zeilen anzeigen, die sich zwischen den beiden Schichten geändert haben</translation>
    </message>
    <message>
        <source>layer %1 · %2</source>
        <translation>Schicht %1 · %2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>not present after layer %1</source>
        <translation>nach Schicht %1 nicht vorhanden</translation>
    </message>
    <message>
        <source>deleted (was present before)</source>
        <translation>gelöscht (war vorher vorhanden)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Link target</source>
        <translation>Linkziel</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>Inhalts-Hash</translation>
    </message>
    <message>
        <source>Last changed in</source>
        <translation>Zuletzt geändert in</translation>
    </message>
    <message>
        <source>A directory: pick a file to see its contents.</source>
        <translation>Ein Verzeichnis: Eine Datei auswählen, um ihren Inhalt zu sehen.</translation>
    </message>
    <message>
        <source>No stored file contents for this path.</source>
        <translation>Für diesen Pfad ist kein Dateiinhalt gespeichert.</translation>
    </message>
    <message>
        <source>Reading %1 from %2…</source>
        <translation>%1 wird aus %2 gelesen …</translation>
    </message>
    <message>
        <source>Reading both versions…</source>
        <translation>Beide Versionen werden gelesen …</translation>
    </message>
    <message>
        <source>Cannot show the contents (%1): %2</source>
        <translation>Der Inhalt kann nicht angezeigt werden (%1): %2</translation>
    </message>
    <message>
        <source>%1 as stored in %2</source>
        <translation>%1, wie in %2 gespeichert</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (+%4 −%5 lines)</source>
        <translation>%1: %2 → %3 (+%4 −%5 Zeilen)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop reading the file</source>
        <translation>Das Lesen der Datei beenden</translation>
    </message>
    <message>
        <source>(exporting the image from the engine)</source>
        <translation>(das Image wird aus der Engine exportiert)</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::PortsModel</name>
    <message>
        <source>The host address to listen on; empty means every interface. 127.0.0.1 keeps the port private to this computer.</source>
        <translation>Die Host-Adresse, auf der gelauscht wird; leer bedeutet alle Schnittstellen. 127.0.0.1 hält den Port privat auf diesem Rechner.</translation>
    </message>
    <message>
        <source>The port on this computer; empty lets the engine pick a free one.</source>
        <translation>Der Port auf diesem Rechner; leer lässt die Engine einen freien wählen.</translation>
    </message>
    <message>
        <source>The port the application listens on inside the container.</source>
        <translation>Der Port, auf dem die Anwendung im Container lauscht.</translation>
    </message>
    <message>
        <source>tcp, udp or sctp</source>
        <translation>tcp, udp oder sctp</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Host
address</source>
        <translation>Host-
Adresse</translation>
    </message>
    <message>
        <source>Host
port</source>
        <translation>Host-
Port</translation>
    </message>
    <message>
        <source>Container
port</source>
        <translation>Container-
Port</translation>
    </message>
    <message>
        <source>The address on this computer to listen on (-p ADDRESS:HOST:CONTAINER). Empty: every address; 127.0.0.1: only this computer can connect.</source>
        <translation>Die Adresse auf diesem Rechner, auf der gelauscht wird (-p ADRESSE:HOST:CONTAINER). Leer: jede Adresse; 127.0.0.1: nur dieser Rechner kann sich verbinden.</translation>
    </message>
    <message>
        <source>The port on this computer that forwards to the container (-p HOST:CONTAINER). Empty: the engine picks a free one.</source>
        <translation>Der Port auf diesem Rechner, der an den Container weiterleitet (-p HOST:CONTAINER). Leer: die Engine wählt einen freien.</translation>
    </message>
    <message>
        <source>The port the program listens on inside the container (-p HOST:CONTAINER).</source>
        <translation>Der Port, auf dem das Programm im Container lauscht (-p HOST:CONTAINER).</translation>
    </message>
    <message>
        <source>tcp, udp or sctp (-p HOST:CONTAINER/udp).</source>
        <translation>tcp, udp oder sctp (-p HOST:CONTAINER/udp).</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::ProblemsModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>%1 on line %2: %3</source>
        <translation>%1 in Zeile %2: %3</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::ResourceView</name>
    <message>
        <source>Retry Now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Connect to…</source>
        <translation>Verbinden mit…</translation>
    </message>
    <message>
        <source>Connecting to the container engine…</source>
        <translation>Verbinde mit der Container-Engine…</translation>
    </message>
    <message>
        <source>Asking %1 for its images and containers.</source>
        <translation>Frage %1 nach Images und Containern.</translation>
    </message>
    <message>
        <source>Not connected to a container engine</source>
        <translation>Nicht mit einer Container-Engine verbunden</translation>
    </message>
    <message>
        <source>Dockwright could not reach the engine at &lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>Dockwright konnte die Engine unter &lt;b&gt;%1&lt;/b&gt; nicht erreichen: %2</translation>
    </message>
    <message>
        <source>Ways to fix this:</source>
        <translation>So lässt sich das beheben:</translation>
    </message>
    <message>
        <source>Start the Docker daemon: &lt;code&gt;sudo systemctl start docker&lt;/code&gt;</source>
        <translation>Den Docker-Daemon starten: &lt;code&gt;sudo systemctl start docker&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Let your user use it: &lt;code&gt;sudo usermod -aG docker $USER&lt;/code&gt;, then log out and in again</source>
        <translation>Ihrem Benutzer den Zugriff erlauben: &lt;code&gt;sudo usermod -aG docker $USER&lt;/code&gt;, dann ab- und wieder anmelden</translation>
    </message>
    <message>
        <source>Use another engine (rootless Docker, Podman, a remote host): click &lt;b&gt;Connect to…&lt;/b&gt;</source>
        <translation>Eine andere Engine verwenden (rootless Docker, Podman, ein entfernter Host): auf &lt;b&gt;Verbinden mit…&lt;/b&gt; klicken</translation>
    </message>
    <message>
        <source>Dockwright keeps trying and fills this page as soon as the engine answers.</source>
        <translation>Dockwright versucht es weiter und füllt diese Seite, sobald die Engine antwortet.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::RuleExplanation</name>
    <message>
        <source>What:</source>
        <translation>Was:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>How to fix:</source>
        <translation>Behebung:</translation>
    </message>
    <message>
        <source>For example:</source>
        <translation>Beispiel:</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::RunCommandView</name>
    <message>
        <source>docker run equivalent</source>
        <translation>Entsprechender docker-run-Befehl</translation>
    </message>
    <message>
        <source>No image chosen yet.
The command appears here.</source>
        <translation>Noch kein Image gewählt.
Der Befehl erscheint hier.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
    <message>
        <source>Paste docker run…</source>
        <translation>docker run einfügen …</translation>
    </message>
    <message>
        <source>Read a docker run command into the form.</source>
        <translation>Einen docker-run-Befehl in das Formular übernehmen.</translation>
    </message>
    <message>
        <source>Paste docker run</source>
        <translation>docker run einfügen</translation>
    </message>
    <message>
        <source>A docker run command (continuation lines are fine):</source>
        <translation>Ein docker-run-Befehl (Fortsetzungszeilen sind erlaubt):</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::RunForm</name>
    <message>
        <source>Published ports</source>
        <translation>Veröffentlichte Ports</translation>
    </message>
    <message>
        <source>Add port</source>
        <translation>Port hinzufügen</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>Add variable</source>
        <translation>Variable hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>image name, e.g. myapp:dev</source>
        <translation>Image-Name, z. B. myapp:dev</translation>
    </message>
    <message>
        <source>The image to start. Choosing one fills in its ports, environment, user and healthcheck.</source>
        <translation>Das zu startende Image. Die Auswahl füllt seine Ports, Umgebung, Benutzer und Healthcheck aus.</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image:</translation>
    </message>
    <message>
        <source>engine picks a random name</source>
        <translation>Engine wählt einen zufälligen Namen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>the image&apos;s CMD</source>
        <translation>CMD des Images</translation>
    </message>
    <message>
        <source>Arguments after the image, split like a shell would: quotes group words.</source>
        <translation>Argumente nach dem Image, aufgeteilt wie in einer Shell: Anführungszeichen fassen Wörter zusammen.</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>&amp;Befehl:</translation>
    </message>
    <message>
        <source>the image&apos;s ENTRYPOINT</source>
        <translation>ENTRYPOINT des Images</translation>
    </message>
    <message>
        <source>&amp;Entrypoint:</source>
        <translation>&amp;Entrypoint:</translation>
    </message>
    <message>
        <source>the image&apos;s WORKDIR</source>
        <translation>WORKDIR des Images</translation>
    </message>
    <message>
        <source>&amp;Working dir:</source>
        <translation>&amp;Arbeitsverzeichnis:</translation>
    </message>
    <message>
        <source>default bridge</source>
        <translation>Standard-Bridge</translation>
    </message>
    <message>
        <source>Netw&amp;ork:</source>
        <translation>Netz&amp;werk:</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <source>unless stopped</source>
        <translation>außer wenn gestoppt</translation>
    </message>
    <message>
        <source>on failure</source>
        <translation>bei Fehler</translation>
    </message>
    <message>
        <source>Restart polic&amp;y:</source>
        <translation>Neustart&amp;verhalten:</translation>
    </message>
    <message>
        <source>Remove it when it exits (--rm)</source>
        <translation>Beim Beenden entfernen (--rm)</translation>
    </message>
    <message>
        <source>Folders and volumes</source>
        <translation>Ordner und Volumes</translation>
    </message>
    <message>
        <source>Folders from this computer (bind mounts), read-only unless you untick it:</source>
        <translation>Ordner von diesem Rechner (Bind-Mounts), schreibgeschützt, sofern nicht abgewählt:</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen …</translation>
    </message>
    <message>
        <source>Folder to mount</source>
        <translation>Einzuhängender Ordner</translation>
    </message>
    <message>
        <source>Named volumes, kept by the engine between containers:</source>
        <translation>Benannte Volumes, die die Engine zwischen Containern aufbewahrt:</translation>
    </message>
    <message>
        <source>Add volume</source>
        <translation>Volume hinzufügen</translation>
    </message>
    <message>
        <source>Hardening details</source>
        <translation>Härtungsdetails</translation>
    </message>
    <message>
        <source>the image&apos;s USER</source>
        <translation>USER des Images</translation>
    </message>
    <message>
        <source>uid[:gid] or a user name from the image, e.g. 65534:65534 (nobody).</source>
        <translation>uid[:gid] oder ein Benutzername aus dem Image, z. B. 65534:65534 (nobody).</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Add back:</source>
        <translation>Wieder hinzufügen:</translation>
    </message>
    <message>
        <source>tmpfs:</source>
        <translation>tmpfs:</translation>
    </message>
    <message>
        <source>Add tmpfs</source>
        <translation>tmpfs hinzufügen</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Bytes with a unit: 512m, 1g.</source>
        <translation>Bytes mit Einheit: 512m, 1g.</translation>
    </message>
    <message>
        <source>Number of CPUs, may be fractional: 0.5, 2.</source>
        <translation>Anzahl der CPUs, auch Bruchteile: 0.5, 2.</translation>
    </message>
    <message>
        <source>Memory limit:</source>
        <translation>Speichergrenze:</translation>
    </message>
    <message>
        <source>CPU limit:</source>
        <translation>CPU-Grenze:</translation>
    </message>
    <message>
        <source>Process limit:</source>
        <translation>Prozessgrenze:</translation>
    </message>
    <message>
        <source>Replace the placeholder %1 with a real value</source>
        <translation>Den Platzhalter %1 durch einen echten Wert ersetzen</translation>
    </message>
    <message>
        <source>Not a size: use a number with k, m or g, e.g. 512m</source>
        <translation>Keine Größe: eine Zahl mit k, m oder g verwenden, z. B. 512m</translation>
    </message>
    <message>
        <source>Not a CPU count: use a number such as 0.5 or 2</source>
        <translation>Keine CPU-Anzahl: eine Zahl wie 0.5 oder 2 verwenden</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::RunPanel</name>
    <message>
        <source>This image is not on the engine: build or pull it first.</source>
        <translation>Dieses Image ist nicht in der Engine: bitte zuerst bauen oder holen.</translation>
    </message>
    <message>
        <source>Choose an image from the engine or type its name.</source>
        <translation>Ein Image der Engine auswählen oder seinen Namen eingeben.</translation>
    </message>
    <message>
        <source>Choose an image first.</source>
        <translation>Bitte zuerst ein Image auswählen.</translation>
    </message>
    <message>
        <source>The engine would refuse this run: %1</source>
        <translation>Die Engine würde diesen Start ablehnen: %1</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::RunPresenter</name>
    <message>
        <source>Score &lt;b&gt;%1&lt;/b&gt; · %2 of %3 checks</source>
        <translation>Bewertung &lt;b&gt;%1&lt;/b&gt; · %2 von %3 Prüfungen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>No warnings for this run.</source>
        <translation>Keine Warnungen für diesen Start.</translation>
    </message>
    <message>
        <source>✔ applied</source>
        <translation>✔ angewendet</translation>
    </message>
    <message>
        <source>✘ not applied</source>
        <translation>✘ nicht angewendet</translation>
    </message>
    <message>
        <source>not needed for this run</source>
        <translation>für diesen Start nicht nötig</translation>
    </message>
    <message>
        <source>What breaks without it:</source>
        <translation>Was ohne sie nicht mehr funktioniert:</translation>
    </message>
    <message>
        <source>runs as &lt;b&gt;root&lt;/b&gt;</source>
        <translation>läuft als &lt;b&gt;root&lt;/b&gt;</translation>
    </message>
    <message>
        <source>runs as %1</source>
        <translation>läuft als %1</translation>
    </message>
    <message>
        <source>exposes %1</source>
        <translation>stellt %1 bereit</translation>
    </message>
    <message>
        <source>has a healthcheck</source>
        <translation>hat einen Healthcheck</translation>
    </message>
    <message>
        <source>Image: %1.</source>
        <translation>Image: %1.</translation>
    </message>
    <message>
        <source>Its environment sets %1.</source>
        <translation>Seine Umgebung setzt %1.</translation>
    </message>
    <message>
        <source>The image&apos;s USER is root: the process runs as root unless you set a user here, e.g. 65534:65534.</source>
        <translation>USER des Images ist root: Der Prozess läuft als root, sofern hier kein Benutzer gesetzt wird, z. B. 65534:65534.</translation>
    </message>
    <message>
        <source>This user is root.</source>
        <translation>Dieser Benutzer ist root.</translation>
    </message>
    <message>
        <source>Not supported, left out: %1.</source>
        <translation>Nicht unterstützt, ausgelassen: %1.</translation>
    </message>
    <message>
        <source>Read into the form.</source>
        <translation>In das Formular übernommen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2): %3</translation>
    </message>
    <message>
        <source>container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>, exit code %1</source>
        <translation>, Exit-Code %1</translation>
    </message>
    <message>
        <source>Exit code %1: %2.</source>
        <translation>Exit-Code %1: %2.</translation>
    </message>
    <message>
        <source>, killed for using too much memory</source>
        <translation>, wegen zu hohen Speicherverbrauchs beendet</translation>
    </message>
    <message>
        <source> · health: %1</source>
        <translation>· Zustand: %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message numerus="yes">
        <source>CPU %1 · memory %2 of %3 (%4 %) · %n process(es)</source>
        <translation>
            <numerusform>CPU %1 · Speicher %2 von %3 (%4 %) · %n Prozess</numerusform>
            <numerusform>CPU %1 · Speicher %2 von %3 (%4 %) · %n Prozesse</numerusform>
        </translation>
    </message>
    <message>
        <source>Not running.</source>
        <translation>Läuft nicht.</translation>
    </message>
    <message>
        <source>Not running. Last seen while running: %1</source>
        <translation>Läuft nicht. Zuletzt im laufenden Zustand gesehen: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;What the process in %1 really gets:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Was der Prozess in %1 tatsächlich erhält:&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab move between fields; Space or Enter presses the focused button. Underlined letters in menus and labels work with Alt.</source>
        <translation>Tab und Umschalt+Tab wechseln zwischen Feldern; Leertaste oder Eingabetaste drückt die Schaltfläche mit dem Fokus. Unterstrichene Buchstaben in Menüs und Beschriftungen funktionieren mit Alt.</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::TmpfsModel</name>
    <message>
        <source>nosuid: setuid bits on files here are ignored, so nothing written here can raise privileges.</source>
        <translation>nosuid: setuid-Bits von Dateien hier werden ignoriert, sodass nichts hier Geschriebenes Rechte erhöhen kann.</translation>
    </message>
    <message>
        <source>nodev: device files created here do not work, so they cannot open host devices.</source>
        <translation>nodev: Hier erstellte Gerätedateien funktionieren nicht, sodass sie keine Host-Geräte öffnen können.</translation>
    </message>
    <message>
        <source>noexec: programs written here cannot be run, so a downloaded payload cannot start.</source>
        <translation>noexec: Hier geschriebene Programme können nicht ausgeführt werden, sodass eine heruntergeladene Schadsoftware nicht starten kann.</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>The most this tmpfs may hold, such as 64m or 1g; it counts against the container&apos;s memory.</source>
        <translation>Die maximale Größe dieses tmpfs, etwa 64m oder 1g; sie zählt zum Speicher des Containers.</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::TreemapWidget</name>
    <message>
        <source>This layer adds or changes no file bytes.</source>
        <translation>Diese Schicht fügt keine Datei-Bytes hinzu und ändert keine.</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Nichts anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::WastedFilesModel</name>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
    <message numerus="yes">
        <source>%1: stored in %n layer(s), deleted later, so every stored byte is waste.</source>
        <translation>
            <numerusform>%1: in %n Schicht gespeichert, später gelöscht, daher ist jedes gespeicherte Byte verschwendet.</numerusform>
            <numerusform>%1: in %n Schichten gespeichert, später gelöscht, daher ist jedes gespeicherte Byte verschwendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: stored in %n layer(s); only the last copy is visible.</source>
        <translation>
            <numerusform>%1: in %n Schicht gespeichert; nur die letzte Kopie ist sichtbar.</numerusform>
            <numerusform>%1: in %n Schichten gespeichert; nur die letzte Kopie ist sichtbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Wasted</source>
        <translation>Verschwendet</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::WelcomePage</name>
    <message>
        <source>Welcome to Dockwright</source>
        <translation>Willkommen bei Dockwright</translation>
    </message>
    <message>
        <source>Dockwright helps you write a Dockerfile, build it into an image, see what each layer adds and start the image as a locked-down container. It works with the Docker engine (or Podman) on this computer or on a server you reach by ssh. The steps below follow the usual path of packaging a project.</source>
        <translation>Dockwright hilft Ihnen, ein Dockerfile zu schreiben, es zu einem Image zu bauen, zu sehen, was jede Schicht hinzufügt, und das Image als abgesicherten Container zu starten. Es arbeitet mit der Docker-Engine (oder Podman) auf diesem Rechner oder auf einem Server, den Sie per ssh erreichen. Die Schritte unten folgen dem üblichen Weg, ein Projekt zu verpacken.</translation>
    </message>
    <message>
        <source>1. New project from a template</source>
        <translation>1. Neues Projekt aus einer Vorlage</translation>
    </message>
    <message>
        <source>Start a Dockerfile and .dockerignore from a tested starter (Python or minimal) and save them in your project folder.</source>
        <translation>Ein Dockerfile und eine .dockerignore aus einer getesteten Vorlage (Python oder minimal) beginnen und in Ihrem Projektordner speichern.</translation>
    </message>
    <message>
        <source>2. Open a folder or a Dockerfile</source>
        <translation>2. Einen Ordner oder ein Dockerfile öffnen</translation>
    </message>
    <message>
        <source>Work on a project you already have: the Editor checks the Dockerfile as you type, Build uses its folder as the build context.</source>
        <translation>An einem vorhandenen Projekt arbeiten: Der Editor prüft das Dockerfile während der Eingabe, Bauen verwendet seinen Ordner als Build-Kontext.</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Dockerfile…</source>
        <translation>&amp;Dockerfile öffnen …</translation>
    </message>
    <message>
        <source>3. Explore an image</source>
        <translation>3. Ein Image untersuchen</translation>
    </message>
    <message>
        <source>Look inside an image layer by layer: which files each step added, changed or wasted.</source>
        <translation>Schicht für Schicht in ein Image schauen: welche Dateien jeder Schritt hinzugefügt, geändert oder verschwendet hat.</translation>
    </message>
    <message>
        <source>4. Run it hardened</source>
        <translation>4. Gehärtet ausführen</translation>
    </message>
    <message>
        <source>Start a container with a read-only file system, no extra privileges and only the writable paths it needs, and see how well it is protected.</source>
        <translation>Einen Container mit schreibgeschütztem Dateisystem, ohne zusätzliche Rechte und nur mit den beschreibbaren Pfaden starten, die er braucht, und sehen, wie gut er geschützt ist.</translation>
    </message>
    <message>
        <source>Read the &amp;documentation</source>
        <translation>&amp;Dokumentation lesen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Show this page at every start (it is always in Help ▸ Getting Started)</source>
        <translation>Diese Seite bei jedem &amp;Start zeigen (sie ist immer unter Hilfe ▸ Erste Schritte zu finden)</translation>
    </message>
</context>
<context>
    <name>dockwright_cli</name>
    <message>
        <source>Usage: dockwright-cli COMMAND [OPTIONS]</source>
        <translation>Aufruf: dockwright-cli BEFEHL [OPTIONEN]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;dockwright-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Die Optionen eines Befehls zeigt &apos;dockwright-cli BEFEHL --help&apos;.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 findings (lint errors, failed audit), 2 bad input, 3 engine error.</source>
        <translation>Exit-Codes: 0 in Ordnung, 1 Befunde (Lint-Fehler, nicht bestandene Prüfung), 2 ungültige Eingabe, 3 Engine-Fehler.</translation>
    </message>
    <message>
        <source>dockwright-cli: unknown command &apos;%1&apos;</source>
        <translation>dockwright-cli: unbekannter Befehl &apos;%1&apos;</translation>
    </message>
</context>
</TS>
