<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Dockwright::Core::Checkup</name>
    <message numerus="yes">
        <source>None effective, but %n capability(ies) can still be gained (bounding set: %1).</source>
        <translation>
            <numerusform>None effective, but %n capability can still be gained (bounding set: %1).</numerusform>
            <numerusform>None effective, but %n capabilities can still be gained (bounding set: %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n effective capability(ies): %1</source>
        <translation>
            <numerusform>%n effective capability: %1</numerusform>
            <numerusform>%n effective capabilities: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s), %1 with secret-looking names masked</source>
        <translation>
            <numerusform>%n variable, %1 with secret-looking names masked</numerusform>
            <numerusform>%n variables, %1 with secret-looking names masked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n variable</numerusform>
            <numerusform>%n variables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::ImageConfigRow</name>
    <message numerus="yes">
        <source>%n retries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::LogDemultiplexer</name>
    <message numerus="yes">
        <source>The log stream ended inside a frame (%n byte(s) left over)</source>
        <translation>
            <numerusform>The log stream ended inside a frame (%n byte left over)</numerusform>
            <numerusform>The log stream ended inside a frame (%n bytes left over)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dockwright::Core::TimeText</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>%n week ago</numerusform>
            <numerusform>%n weeks ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::ContainerActions</name>
    <message numerus="yes">
        <source>%n container(s) listed as stopped:</source>
        <translation>
            <numerusform>%n container listed as stopped:</numerusform>
            <numerusform>%n containers listed as stopped:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Killed %n container(s).</source>
        <translation>
            <numerusform>Killed %n container.</numerusform>
            <numerusform>Killed %n containers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused %n container(s).</source>
        <translation>
            <numerusform>Paused %n container.</numerusform>
            <numerusform>Paused %n containers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pruned: %n container(s) removed, %1 reclaimed.</source>
        <translation>
            <numerusform>Pruned: %n container removed, %1 reclaimed.</numerusform>
            <numerusform>Pruned: %n containers removed, %1 reclaimed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n container(s)?</source>
        <translation>
            <numerusform>Remove %n container?</numerusform>
            <numerusform>Remove %n containers?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %1 of %n container(s). The engine refused the others:</source>
        <translation>
            <numerusform>Removed %1 of %n container. The engine refused the others:</numerusform>
            <numerusform>Removed %1 of %n containers. The engine refused the others:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n container(s).</source>
        <translation>
            <numerusform>Removed %n container.</numerusform>
            <numerusform>Removed %n containers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restarted %n container(s).</source>
        <translation>
            <numerusform>Restarted %n container.</numerusform>
            <numerusform>Restarted %n containers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resumed %n container(s).</source>
        <translation>
            <numerusform>Resumed %n container.</numerusform>
            <numerusform>Resumed %n containers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Started %n container(s).</source>
        <translation>
            <numerusform>Started %n container.</numerusform>
            <numerusform>Started %n containers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped %n container(s).</source>
        <translation>
            <numerusform>Stopped %n container.</numerusform>
            <numerusform>Stopped %n containers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::ContextAdvice</name>
    <message numerus="yes">
        <source>Your context is %1 in %n file(s)</source>
        <translation>
            <numerusform>Your context is %1 in %n file</numerusform>
            <numerusform>Your context is %1 in %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 left out %2 in %n file(s):</source>
        <translation>
            <numerusform>%1 left out %2 in %n file:</numerusform>
            <numerusform>%1 left out %2 in %n files:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(line %1) — %2, %n file(s)</source>
        <translation>
            <numerusform>(line %1) — %2, %n file</numerusform>
            <numerusform>(line %1) — %2, %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n COPY/ADD source(s) are not in the context: the build will stop at that step.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the Problems list in the editor)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::EditorPage</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::EngineStatusWidget</name>
    <message numerus="yes">
        <source>Retrying in %n second(s).</source>
        <translation>
            <numerusform>Retrying in %n second.</numerusform>
            <numerusform>Retrying in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::FindBar</name>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::ImageActions</name>
    <message numerus="yes">
        <source>%n image(s) could not be removed. Remove them by force?</source>
        <translation>
            <numerusform>%n image could not be removed. Remove them by force?</numerusform>
            <numerusform>%n images could not be removed. Remove them by force?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pruned: %n image(s) deleted, %1 reclaimed.</source>
        <translation>
            <numerusform>Pruned: %n image deleted, %1 reclaimed.</numerusform>
            <numerusform>Pruned: %n images deleted, %1 reclaimed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n image(s)?</source>
        <translation>
            <numerusform>Remove %n image?</numerusform>
            <numerusform>Remove %n images?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %1 of %n image(s) by force. The engine refused the others:</source>
        <translation>
            <numerusform>Removed %1 of %n image by force. The engine refused the others:</numerusform>
            <numerusform>Removed %1 of %n images by force. The engine refused the others:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %1 of %n image(s). The engine refused the others:</source>
        <translation>
            <numerusform>Removed %1 of %n image. The engine refused the others:</numerusform>
            <numerusform>Removed %1 of %n images. The engine refused the others:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n image(s) by force.</source>
        <translation>
            <numerusform>Removed %n image by force.</numerusform>
            <numerusform>Removed %n images by force.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n image(s).</source>
        <translation>
            <numerusform>Removed %n image.</numerusform>
            <numerusform>Removed %n images.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dangling images have no tag and no container uses them: usually older builds whose tag moved to a newer image. %n untagged image(s) listed here.</source>
        <translation>
            <numerusform>Dangling images have no tag and no container uses them: usually older builds whose tag moved to a newer image. %n untagged image listed here.</numerusform>
            <numerusform>Dangling images have no tag and no container uses them: usually older builds whose tag moved to a newer image. %n untagged images listed here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::LayerExplorer</name>
    <message numerus="yes">
        <source>%1 efficiency &amp;nbsp;·&amp;nbsp; %2 wasted &amp;nbsp;·&amp;nbsp; %3 in %n layer(s) (%4 from the base image)</source>
        <translation>
            <numerusform>%1 efficiency &amp;nbsp;·&amp;nbsp; %2 wasted &amp;nbsp;·&amp;nbsp; %3 in %n layer (%4 from the base image)</numerusform>
            <numerusform>%1 efficiency &amp;nbsp;·&amp;nbsp; %2 wasted &amp;nbsp;·&amp;nbsp; %3 in %n layers (%4 from the base image)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::MainWindow</name>
    <message numerus="yes">
        <source>%1 of %n image(s)</source>
        <translation>
            <numerusform>%1 of %n image</numerusform>
            <numerusform>%1 of %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n container(s)</source>
        <translation>
            <numerusform>%1 of %n container</numerusform>
            <numerusform>%1 of %n containers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::RunPresenter</name>
    <message numerus="yes">
        <source>CPU %1 · memory %2 of %3 (%4 %) · %n process(es)</source>
        <translation type="unfinished">
            <numerusform>CPU %1 · memory %2 of %3 (%4 %) · %n process</numerusform>
            <numerusform>CPU %1 · memory %2 of %3 (%4 %) · %n processes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dockwright::Ui::WastedFilesModel</name>
    <message numerus="yes">
        <source>%1: stored in %n layer(s), deleted later, so every stored byte is waste.</source>
        <translation>
            <numerusform>%1: stored in %n layer, deleted later, so every stored byte is waste.</numerusform>
            <numerusform>%1: stored in %n layers, deleted later, so every stored byte is waste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: stored in %n layer(s); only the last copy is visible.</source>
        <translation>
            <numerusform>%1: stored in %n layer; only the last copy is visible.</numerusform>
            <numerusform>%1: stored in %n layers; only the last copy is visible.</numerusform>
        </translation>
    </message>
</context>
</TS>
