<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
    <context>
        <name>AdminPanel</name>
        <message>
            <location filename="../ui/views/admin_panel.py" line="97" />
            <source>Staff screen</source>
            <translation>Sgrin staff</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="98" />
            <source>Reload content</source>
            <translation>Ail-lwytho'r cynnwys</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="99" />
            <source>Clean screen</source>
            <translation>Glanhau'r sgrin</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="100" />
            <source>Restart kiosk</source>
            <translation>Ailgychwyn y ciosg</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="101" />
            <source>Exit to desktop</source>
            <translation>Gadael i'r bwrdd gwaith</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="102" />
            <source>Close</source>
            <translation>Cau</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="124" />
            <source>Roll back content</source>
            <translation>Dychwelyd i'r cynnwys blaenorol</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="125" />
            <source>Use bundled content</source>
            <translation>Defnyddio'r cynnwys gwreiddiol</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="145" />
            <source>Usage</source>
            <translation>Defnydd</translation>
        </message>
    </context>
    <context>
        <name>AttractView</name>
        <message>
            <location filename="../ui/views/attract_view.py" line="74" />
            <source>Questions about blood cancer treatment?</source>
            <translation>Cwestiynau am driniaeth canser y gwaed?</translation>
        </message>
        <message>
            <location filename="../ui/views/attract_view.py" line="76" />
            <source>Plain answers about remission, relapse, CAR-T, transplant and support.</source>
            <translation>Atebion syml am wellhad, ailwaelu, CAR-T, trawsblaniad a chymorth.</translation>
        </message>
        <message>
            <location filename="../ui/views/attract_view.py" line="106" />
            <source>Touch the screen to start</source>
            <translation>Cyffyrddwch â'r sgrin i ddechrau</translation>
        </message>
    </context>
    <context>
        <name>CleaningView</name>
        <message>
            <location filename="../ui/views/cleaning_view.py" line="40" />
            <source>Cleaning the screen</source>
            <translation>Glanhau'r sgrin</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/views/cleaning_view.py" line="52" />
            <source>Touch is switched off. It comes back on in %n second(s).</source>
            <translation>
                <numerusform>Mae cyffwrdd wedi'i ddiffodd. Bydd yn dod yn ôl mewn %n eiliad.</numerusform>
                <numerusform>Mae cyffwrdd wedi'i ddiffodd. Bydd yn dod yn ôl mewn %n eiliad.</numerusform>
                <numerusform>Mae cyffwrdd wedi'i ddiffodd. Bydd yn dod yn ôl mewn %n eiliad.</numerusform>
                <numerusform>Mae cyffwrdd wedi'i ddiffodd. Bydd yn dod yn ôl mewn %n eiliad.</numerusform>
                <numerusform>Mae cyffwrdd wedi'i ddiffodd. Bydd yn dod yn ôl mewn %n eiliad.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GlossaryCard</name>
        <message>
            <location filename="../ui/views/glossary_card.py" line="48" />
            <source>Tap anywhere to go back to your page.</source>
            <translation>Tapiwch unrhyw le i fynd yn ôl i'ch tudalen.</translation>
        </message>
        <message>
            <location filename="../ui/views/glossary_card.py" line="49" />
            <source>Close</source>
            <translation>Cau</translation>
        </message>
    </context>
    <context>
        <name>HomeView</name>
        <message>
            <location filename="../ui/views/home_view.py" line="21" />
            <source>Questions about blood cancer treatment</source>
            <translation>Cwestiynau am driniaeth canser y gwaed</translation>
        </message>
        <message>
            <location filename="../ui/views/home_view.py" line="22" />
            <source>Tap a question to read the answer.</source>
            <translation>Tapiwch gwestiwn i ddarllen yr ateb.</translation>
        </message>
        <message>
            <location filename="../ui/views/home_view.py" line="22" />
            <source>No information is ready to show yet. Please ask a member of staff.</source>
            <translation>Nid oes gwybodaeth yn barod i'w dangos eto. Gofynnwch i aelod o staff.</translation>
        </message>
        <message>
            <location filename="../ui/views/home_view.py" line="27" />
            <source>More questions</source>
            <translation>Rhagor o gwestiynau</translation>
        </message>
    </context>
    <context>
        <name>IdleWarning</name>
        <message>
            <location filename="../ui/views/idle_warning.py" line="44" />
            <source>Are you still there?</source>
            <translation>Ydych chi dal yma?</translation>
        </message>
        <message>
            <location filename="../ui/views/idle_warning.py" line="45" />
            <source>Yes, I am still reading</source>
            <translation>Ydw, rydw i'n dal i ddarllen</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/views/idle_warning.py" line="56" />
            <source>%n second(s) left</source>
            <translation>
                <numerusform>%n eiliad ar ôl</numerusform>
                <numerusform>%n eiliad ar ôl</numerusform>
                <numerusform>%n eiliad ar ôl</numerusform>
                <numerusform>%n eiliad ar ôl</numerusform>
                <numerusform>%n eiliad ar ôl</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/views/idle_warning.py" line="59" />
            <source>To keep your reading private, the screen will start again for the next person in %n second(s). Tap anywhere to carry on.</source>
            <translation>
                <numerusform>I gadw'ch darllen yn breifat, bydd y sgrin yn ailddechrau i'r person nesaf mewn %n eiliad. Tapiwch unrhyw le i barhau.</numerusform>
                <numerusform>I gadw'ch darllen yn breifat, bydd y sgrin yn ailddechrau i'r person nesaf mewn %n eiliad. Tapiwch unrhyw le i barhau.</numerusform>
                <numerusform>I gadw'ch darllen yn breifat, bydd y sgrin yn ailddechrau i'r person nesaf mewn %n eiliad. Tapiwch unrhyw le i barhau.</numerusform>
                <numerusform>I gadw'ch darllen yn breifat, bydd y sgrin yn ailddechrau i'r person nesaf mewn %n eiliad. Tapiwch unrhyw le i barhau.</numerusform>
                <numerusform>I gadw'ch darllen yn breifat, bydd y sgrin yn ailddechrau i'r person nesaf mewn %n eiliad. Tapiwch unrhyw le i barhau.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LanguagePicker</name>
        <message>
            <location filename="../ui/views/language_picker.py" line="54" />
            <source>Choose your language</source>
            <translation>Dewiswch eich iaith</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <location filename="../ui/views/pin_pad.py" line="71" />
            <source>Staff PIN</source>
            <translation>PIN staff</translation>
        </message>
        <message>
            <location filename="../ui/views/pin_pad.py" line="72" />
            <source>Clear</source>
            <translation>Clirio</translation>
        </message>
        <message>
            <location filename="../ui/views/pin_pad.py" line="73" />
            <source>OK</source>
            <translation>Iawn</translation>
        </message>
        <message>
            <location filename="../ui/views/pin_pad.py" line="74" />
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/views/pin_pad.py" line="93" />
            <source>%n digit(s) entered</source>
            <translation>
                <numerusform>%n digid wedi'u rhoi</numerusform>
                <numerusform>%n digid wedi'u rhoi</numerusform>
                <numerusform>%n digid wedi'u rhoi</numerusform>
                <numerusform>%n digid wedi'u rhoi</numerusform>
                <numerusform>%n digid wedi'u rhoi</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionController</name>
        <message>
            <location filename="../ui/session_controller.py" line="339" />
            <source>No staff PIN is set, so this screen cannot be opened. Ask IT to run 'kiosk hash-pin' and put the result in the settings file as admin.pin_hash.</source>
            <translation>Does dim PIN staff wedi'i osod, felly does dim modd agor y sgrin hon. Gofynnwch i'r tîm TG redeg 'kiosk hash-pin' a rhoi'r canlyniad yn y ffeil gosodiadau fel admin.pin_hash.</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/session_controller.py" line="348" />
            <source>Too many wrong PINs. Try again in %n minute(s).</source>
            <translation>
                <numerusform>Gormod o rifau PIN anghywir. Rhowch gynnig arall mewn %n munud.</numerusform>
                <numerusform>Gormod o rifau PIN anghywir. Rhowch gynnig arall mewn %n munud.</numerusform>
                <numerusform>Gormod o rifau PIN anghywir. Rhowch gynnig arall mewn %n munud.</numerusform>
                <numerusform>Gormod o rifau PIN anghywir. Rhowch gynnig arall mewn %n munud.</numerusform>
                <numerusform>Gormod o rifau PIN anghywir. Rhowch gynnig arall mewn %n munud.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/session_controller.py" line="353" />
            <source>Wrong PIN. %n tries left.</source>
            <translation>
                <numerusform>PIN anghywir. %n cynnig ar ôl.</numerusform>
                <numerusform>PIN anghywir. %n cynnig ar ôl.</numerusform>
                <numerusform>PIN anghywir. %n cynnig ar ôl.</numerusform>
                <numerusform>PIN anghywir. %n cynnig ar ôl.</numerusform>
                <numerusform>PIN anghywir. %n cynnig ar ôl.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/session_controller.py" line="356" />
            <source>Enter the staff PIN.</source>
            <translation>Rhowch y PIN staff.</translation>
        </message>
    </context>
    <context>
        <name>TakeHomeCard</name>
        <message>
            <location filename="../ui/views/take_home.py" line="77" />
            <source>Take this page home</source>
            <translation>Ewch â'r dudalen hon adref</translation>
        </message>
        <message>
            <location filename="../ui/views/take_home.py" line="79" />
            <source>Point your phone's camera at the square to open this information.</source>
            <translation>Pwyntiwch gamera eich ffôn at y sgwâr i agor yr wybodaeth hon.</translation>
        </message>
        <message>
            <location filename="../ui/views/take_home.py" line="81" />
            <source>Close</source>
            <translation>Cau</translation>
        </message>
        <message>
            <location filename="../ui/views/take_home.py" line="91" />
            <source>From %1</source>
            <translation>Gan %1</translation>
        </message>
        <message>
            <location filename="../ui/views/take_home.py" line="97" />
            <source>QR code for %1</source>
            <translation>Cod QR ar gyfer %1</translation>
        </message>
    </context>
    <context>
        <name>ToolsBar</name>
        <message>
            <location filename="../ui/views/tools_bar.py" line="48" />
            <source>Clean screen</source>
            <translation>Glanhau'r sgrin</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="57" />
            <location filename="../ui/views/tools_bar.py" line="61" />
            <source>Bigger text</source>
            <translation>Testun mwy</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="58" />
            <source>Biggest text</source>
            <translation>Testun mwyaf</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="59" />
            <source>Standard text</source>
            <translation>Testun arferol</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="63" />
            <source>Standard colours</source>
            <translation>Lliwiau arferol</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="63" />
            <source>High contrast</source>
            <translation>Cyferbyniad uchel</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="66" />
            <source>Language: %1</source>
            <translation>Iaith: %1</translation>
        </message>
    </context>
    <context>
        <name>TopBar</name>
        <message>
            <location filename="../ui/views/top_bar.py" line="60" />
            <source>Home</source>
            <translation>Hafan</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="61" />
            <source>Back</source>
            <translation>Yn ôl</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="62" />
            <source>Blood cancer treatment explained</source>
            <translation>Triniaeth canser y gwaed wedi'i hesbonio</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="63" />
            <source>Stop</source>
            <translation>Stopio</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="75" />
            <source>Listen</source>
            <translation>Gwrando</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="76" />
            <source>Pause</source>
            <translation>Oedi</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="77" />
            <source>Continue</source>
            <translation>Parhau</translation>
        </message>
    </context>
    <context>
        <name>TopicView</name>
        <message>
            <location filename="../ui/views/topic_view.py" line="103" />
            <source>Take this home</source>
            <translation>Ewch â hyn adref</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="126" />
            <source>This page is not yet in your language. Here it is in English.</source>
            <translation>Dydy'r dudalen hon ddim yn Gymraeg eto. Dyma hi yn Saesneg.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="128" />
            <source>This translation is awaiting review by a clinician.</source>
            <translation>Mae'r cyfieithiad hwn yn aros i glinigydd ei adolygu.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="128" />
            <source>This information is awaiting clinical review.</source>
            <translation>Mae'r wybodaeth hon yn aros am adolygiad clinigol.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="128" />
            <source>The English page has changed since this was translated.</source>
            <translation>Mae'r dudalen Saesneg wedi newid ers cyfieithu hon.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="252" />
            <source>Who can I talk to?</source>
            <translation>Gyda phwy alla i siarad?</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="261" />
            <source>At this hospital</source>
            <translation>Yn yr ysbyty hwn</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="277" />
            <source>Words explained</source>
            <translation>Geiriau wedi'u hesbonio</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="291" />
            <source>Explain the word %1</source>
            <translation>Esbonio'r gair %1</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="305" />
            <source>Thank you for telling us.</source>
            <translation>Diolch am ddweud wrthym.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="306" />
            <source>Was this page helpful?</source>
            <translation>Oedd y dudalen hon yn ddefnyddiol?</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="310" />
            <source>Yes</source>
            <translation>Oedd</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="313" />
            <source>No</source>
            <translation>Nac oedd</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="349" />
            <source>Related questions</source>
            <translation>Cwestiynau cysylltiedig</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="365" />
            <source>About this information</source>
            <translation>Am yr wybodaeth hon</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="368" />
            <source>Written from: %1.</source>
            <translation>Wedi'i ysgrifennu o: %1.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="370" />
            <source>Last checked %1. Next check due %2.</source>
            <translation>Gwiriwyd ddiwethaf %1. Gwiriad nesaf %2.</translation>
        </message>
    </context>
</TS>