<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
    <context>
        <name>AdminPanel</name>
        <message>
            <location filename="../ui/views/admin_panel.py" line="141" />
            <source>Staff screen</source>
            <translation>Sgrin staff</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="142" />
            <source>Reload content</source>
            <translation>Ail-lwytho'r cynnwys</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="143" />
            <source>Clean screen</source>
            <translation>Glanhau'r sgrin</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="144" />
            <source>Restart kiosk</source>
            <translation>Ailgychwyn y ciosg</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="145" />
            <source>Exit to desktop</source>
            <translation>Gadael i'r bwrdd gwaith</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="146" />
            <source>Close</source>
            <translation>Cau</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="147" />
            <source>Roll back content</source>
            <translation>Dychwelyd i'r cynnwys blaenorol</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="148" />
            <source>Use bundled content</source>
            <translation>Defnyddio'r cynnwys gwreiddiol</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="196" />
            <source>Usage</source>
            <translation>Defnydd</translation>
        </message>
    </context>
    <context>
        <name>AttractView</name>
        <message>
            <location filename="../ui/views/attract_view.py" line="139" />
            <source>Questions about blood cancer treatment?</source>
            <translation>Cwestiynau am driniaeth canser y gwaed?</translation>
        </message>
        <message>
            <location filename="../ui/views/attract_view.py" line="141" />
            <source>Plain answers about remission, relapse, CAR-T, transplant and support.</source>
            <translation>Atebion syml am wellhad, ailwaelu, CAR-T, trawsblaniad a chymorth.</translation>
        </message>
        <message>
            <location filename="../ui/views/attract_view.py" line="185" />
            <source>Touch the screen to start</source>
            <translation>Cyffyrddwch â'r sgrin i ddechrau</translation>
        </message>
        <message>
            <location filename="../ui/views/attract_view.py" line="158" />
            <source>For children</source>
            <translation>I blant</translation>
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
            <location filename="../ui/views/home_view.py" line="28" />
            <source>Questions about blood cancer treatment</source>
            <translation>Cwestiynau am driniaeth canser y gwaed</translation>
        </message>
        <message>
            <location filename="../ui/views/home_view.py" line="26" />
            <source>Tap a question to read the answer.</source>
            <translation>Tapiwch gwestiwn i ddarllen yr ateb.</translation>
        </message>
        <message>
            <location filename="../ui/views/home_view.py" line="24" />
            <source>No information is ready to show yet. Please ask a member of staff.</source>
            <translation>Nid oes gwybodaeth yn barod i'w dangos eto. Gofynnwch i aelod o staff.</translation>
        </message>
        <message>
            <location filename="../ui/views/home_view.py" line="37" />
            <source>More questions</source>
            <translation>Rhagor o gwestiynau</translation>
        </message>
    </context>
    <context>
        <name>IdleWarning</name>
        <message>
            <location filename="../ui/views/idle_warning.py" line="46" />
            <source>Are you still there?</source>
            <translation>Ydych chi dal yma?</translation>
        </message>
        <message>
            <location filename="../ui/views/idle_warning.py" line="47" />
            <source>Yes, I am still reading</source>
            <translation>Ydw, rydw i'n dal i ddarllen</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/views/idle_warning.py" line="58" />
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
            <location filename="../ui/views/idle_warning.py" line="61" />
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
            <location filename="../ui/views/language_picker.py" line="79" />
            <source>Choose your language</source>
            <translation>Dewiswch eich iaith</translation>
        </message>
        <message>
            <location filename="../ui/views/language_picker.py" line="80" />
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <location filename="../ui/views/pin_pad.py" line="72" />
            <source>Staff PIN</source>
            <translation>PIN staff</translation>
        </message>
        <message>
            <location filename="../ui/views/pin_pad.py" line="73" />
            <source>Clear</source>
            <translation>Clirio</translation>
        </message>
        <message>
            <location filename="../ui/views/pin_pad.py" line="74" />
            <source>OK</source>
            <translation>Iawn</translation>
        </message>
        <message>
            <location filename="../ui/views/pin_pad.py" line="75" />
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/views/pin_pad.py" line="94" />
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
            <location filename="../ui/session_controller.py" line="341" />
            <source>No staff PIN is set, so this screen cannot be opened. Ask IT to run 'kiosk hash-pin' and put the result in the settings file as admin.pin_hash.</source>
            <translation>Does dim PIN staff wedi'i osod, felly does dim modd agor y sgrin hon. Gofynnwch i'r tîm TG redeg 'kiosk hash-pin' a rhoi'r canlyniad yn y ffeil gosodiadau fel admin.pin_hash.</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/session_controller.py" line="350" />
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
            <location filename="../ui/session_controller.py" line="355" />
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
            <location filename="../ui/session_controller.py" line="359" />
            <source>Enter the staff PIN.</source>
            <translation>Rhowch y PIN staff.</translation>
        </message>
    </context>
    <context>
        <name>SpeechMode</name>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="20" />
            <source>button</source>
            <translation>botwm</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="21" />
            <source>link</source>
            <translation>dolen</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="22" />
            <source>link to a word's meaning</source>
            <translation>dolen i ystyr gair</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="23" />
            <source>switch</source>
            <translation>switsh</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="24" />
            <source>heading</source>
            <translation>pennawd</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="25" />
            <source>on</source>
            <translation>ymlaen</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="26" />
            <source>off</source>
            <translation>i ffwrdd</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="27" />
            <source>selected</source>
            <translation>wedi'i ddewis</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="28" />
            <source>unavailable</source>
            <translation>ddim ar gael</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="29" />
            <source>Double tap to activate.</source>
            <translation>Tapiwch ddwywaith i'w ddewis.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="30" />
            <source>Press %1 to activate.</source>
            <translation>Pwyswch %1 i'w ddewis.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="31" />
            <source>Double tap to hear what it means.</source>
            <translation>Tapiwch ddwywaith i glywed beth mae'n ei olygu.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="32" />
            <source>Press %1 to hear what it means.</source>
            <translation>Pwyswch %1 i glywed beth mae'n ei olygu.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="34" />
            <source>Speech on. Swipe right or left, or press %1 and %2, to move from item to item. Double tap, or press %3, to choose. Press %4 to hear all the keys.</source>
            <translation>Llais ymlaen. Llithrwch i'r dde neu i'r chwith, neu pwyswch %1 a %2, i symud o eitem i eitem. Tapiwch ddwywaith, neu pwyswch %3, i ddewis. Pwyswch %4 i glywed yr holl fysellau.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="39" />
            <source>Speech off.</source>
            <translation>Llais i ffwrdd.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="40" />
            <source>This screen can talk. To turn on speech, hold one finger anywhere on the screen for %1 seconds, or press any key on the keypad.</source>
            <translation>Gall y sgrin hon siarad. I droi'r llais ymlaen, daliwch un bys yn unrhyw le ar y sgrin am %1 eiliad, neu pwyswch unrhyw fysell ar y bysellbad.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="45" />
            <source>Speech is not available at the moment.</source>
            <translation>Nid yw'r llais ar gael ar hyn o bryd.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="46" />
            <source>Speech on</source>
            <translation>Llais ymlaen</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="47" />
            <source>Home. Topics to choose from.</source>
            <translation>Hafan. Pynciau i ddewis ohonynt.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="48" />
            <source>Page: %1.</source>
            <translation>Tudalen: %1.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="49" />
            <source>Topic: %1. Reading. Press %2 to pause, %3 and %4 for paragraphs, %5 and %6 for headings.</source>
            <translation>Pwnc: %1. Yn darllen. Pwyswch %2 i oedi, %3 a %4 am baragraffau, %5 a %6 am benawdau.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="53" />
            <source>End of the topic. Press %1 for the buttons below it.</source>
            <translation>Diwedd y pwnc. Pwyswch %1 am y botymau oddi tano.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="56" />
            <source>Start of the topic.</source>
            <translation>Dechrau'r pwnc.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="57" />
            <source>Paused.</source>
            <translation>Wedi oedi.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="58" />
            <source>Nothing to repeat yet.</source>
            <translation>Does dim i'w ailadrodd eto.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="59" />
            <source>Faster.</source>
            <translation>Cyflymach.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="60" />
            <source>Slower.</source>
            <translation>Arafach.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="61" />
            <source>Louder.</source>
            <translation>Uwch.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="62" />
            <source>Softer.</source>
            <translation>Tawelach.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="63" />
            <source>Fastest.</source>
            <translation>Y cyflymaf.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="64" />
            <source>Slowest.</source>
            <translation>Yr arafaf.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="65" />
            <source>Loudest.</source>
            <translation>Yr uchaf.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="66" />
            <source>Softest.</source>
            <translation>Y tawelaf.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="67" />
            <source>Are you still there? To keep reading, press any key or double tap. Otherwise the screen starts over for the next person. Seconds left: %1.</source>
            <translation>Ydych chi dal yno? I ddal ati i ddarllen, pwyswch unrhyw fysell neu tapiwch ddwywaith. Fel arall bydd y sgrin yn dechrau eto i'r person nesaf. Eiliadau ar ôl: %1.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="72" />
            <source>Seconds left: %1.</source>
            <translation>Eiliadau ar ôl: %1.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="73" />
            <source>Starting over for the next person. Speech off.</source>
            <translation>Yn dechrau eto i'r person nesaf. Llais i ffwrdd.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="74" />
            <source>The screen is locked for cleaning. Seconds left: %1.</source>
            <translation>Mae'r sgrin wedi'i chloi i'w glanhau. Eiliadau ar ôl: %1.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="75" />
            <source>Staff screen.</source>
            <translation>Sgrin staff.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="76" />
            <source>The kiosk is closed at the moment. Touch the screen to wake it.</source>
            <translation>Mae'r ciosg ar gau ar hyn o bryd. Cyffyrddwch â'r sgrin i'w deffro.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="79" />
            <source>The keys:</source>
            <translation>Y bysellau:</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="80" />
            <source>%1: %2.</source>
            <translation>%1: %2.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="81" />
            <source> or </source>
            <translation> neu </translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="84" />
            <source>previous item</source>
            <translation>yr eitem flaenorol</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="85" />
            <source>next item</source>
            <translation>yr eitem nesaf</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="86" />
            <source>previous paragraph</source>
            <translation>y paragraff blaenorol</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="87" />
            <source>next paragraph</source>
            <translation>y paragraff nesaf</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="88" />
            <source>previous heading</source>
            <translation>y pennawd blaenorol</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="89" />
            <source>next heading</source>
            <translation>y pennawd nesaf</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="90" />
            <source>choose</source>
            <translation>dewis</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="91" />
            <source>back</source>
            <translation>yn ôl</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="92" />
            <source>home</source>
            <translation>hafan</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="93" />
            <source>these keys</source>
            <translation>y bysellau hyn</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="94" />
            <source>repeat</source>
            <translation>ailadrodd</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="95" />
            <source>pause or go on</source>
            <translation>oedi neu barhau</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="96" />
            <source>louder</source>
            <translation>uwch</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="97" />
            <source>softer</source>
            <translation>tawelach</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="98" />
            <source>faster</source>
            <translation>cyflymach</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="99" />
            <source>slower</source>
            <translation>arafach</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="100" />
            <source>speech on or off</source>
            <translation>llais ymlaen neu i ffwrdd</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="105" />
            <source>plus</source>
            <translation>plws</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="106" />
            <source>minus</source>
            <translation>minws</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="107" />
            <source>star</source>
            <translation>seren</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="108" />
            <source>slash</source>
            <translation>slaes</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="109" />
            <source>dot</source>
            <translation>dot</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="110" />
            <source>space</source>
            <translation>bylchwr</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="111" />
            <source>Num Lock</source>
            <translation>Num Lock</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="112" />
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
    </context>
    <context>
        <name>TakeHomeCard</name>
        <message>
            <location filename="../ui/views/take_home.py" line="128" />
            <source>Take this page home</source>
            <translation>Ewch â'r dudalen hon adref</translation>
        </message>
        <message>
            <location filename="../ui/views/take_home.py" line="130" />
            <source>Point your phone's camera at the square to open this information.</source>
            <translation>Pwyntiwch gamera eich ffôn at y sgwâr i agor yr wybodaeth hon.</translation>
        </message>
        <message>
            <location filename="../ui/views/take_home.py" line="132" />
            <source>Close</source>
            <translation>Cau</translation>
        </message>
        <message>
            <location filename="../ui/views/take_home.py" line="142" />
            <source>From %1</source>
            <translation>Gan %1</translation>
        </message>
        <message>
            <location filename="../ui/views/take_home.py" line="174" />
            <source>QR code for %1</source>
            <translation>Cod QR ar gyfer %1</translation>
        </message>
    </context>
    <context>
        <name>TilePage</name>
        <message>
            <location filename="../ui/views/tile_page.py" line="76" />
            <source>In English</source>
            <translation>Yn Saesneg</translation>
        </message>
        <message>
            <location filename="../ui/views/tile_page.py" line="145" />
            <source>More below</source>
            <translation>Mwy isod</translation>
        </message>
    </context>
    <context>
        <name>ToolsBar</name>
        <message>
            <location filename="../ui/views/tools_bar.py" line="60" />
            <source>Clean screen</source>
            <translation>Glanhau'r sgrin</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="79" />
            <source>Bigger text</source>
            <translation>Testun mwy</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="80" />
            <source>Biggest text</source>
            <translation>Testun mwyaf</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="81" />
            <source>Standard text</source>
            <translation>Testun arferol</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="87" />
            <source>Standard colours</source>
            <translation>Lliwiau arferol</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="87" />
            <source>High contrast</source>
            <translation>Cyferbyniad uchel</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="90" />
            <source>Language: %1</source>
            <translation>Iaith: %1</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="74" />
            <source>Text size: Standard</source>
            <translation>Maint testun: Arferol</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="75" />
            <source>Text size: Large</source>
            <translation>Maint testun: Mawr</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="76" />
            <source>Text size: Largest</source>
            <translation>Maint testun: Mwyaf</translation>
        </message>
    </context>
    <context>
        <name>TopBar</name>
        <message>
            <location filename="../ui/views/top_bar.py" line="73" />
            <source>Home</source>
            <translation>Hafan</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="74" />
            <source>Back</source>
            <translation>Yn ôl</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="75" />
            <source>Blood cancer treatment explained</source>
            <translation>Triniaeth canser y gwaed wedi'i hesbonio</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="76" />
            <source>Stop</source>
            <translation>Stopio</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="88" />
            <source>Listen</source>
            <translation>Gwrando</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="89" />
            <source>Pause</source>
            <translation>Oedi</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="90" />
            <source>Continue</source>
            <translation>Parhau</translation>
        </message>
    </context>
    <context>
        <name>TopicView</name>
        <message>
            <location filename="../ui/views/urgent_line.py" line="26" />
            <source>Call now, day or night</source>
            <translation>Ffoniwch nawr, ddydd neu nos</translation>
        </message>
        <message>
            <location filename="../ui/views/urgent_line.py" line="29" />
            <source>A temperature of 37.5 degrees or above, or below 36, shivering, or suddenly feeling unwell: ring at once. Do not take paracetamol first.</source>
            <translation>Tymheredd o 37.5 gradd neu uwch, neu o dan 36, crynu, neu deimlo'n sâl yn sydyn: ffoniwch ar unwaith. Peidiwch â chymryd paracetamol yn gyntaf.</translation>
        </message>
        <message>
            <location filename="../ui/views/urgent_line.py" line="38" />
            <source>This hospital's 24-hour line</source>
            <translation>Llinell 24 awr yr ysbyty hwn</translation>
        </message>
        <message>
            <location filename="../ui/views/urgent_line.py" line="41" />
            <source>Ring the 24-hour number your team gave you.</source>
            <translation>Ffoniwch y rhif 24 awr a roddodd eich tîm i chi.</translation>
        </message>
        <message>
            <location filename="../ui/views/urgent_line.py" line="44" />
            <source>Very unwell, or hard to wake? Ring</source>
            <translation>Yn sâl iawn, neu'n anodd deffro? Ffoniwch</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="138" />
            <source>Take this home</source>
            <translation>Ewch â hyn adref</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="162" />
            <source>This page is not yet in your language. Here it is in English.</source>
            <translation>Dydy'r dudalen hon ddim yn Gymraeg eto. Dyma hi yn Saesneg.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="169" />
            <source>This translation is awaiting review by a clinician.</source>
            <translation>Mae'r cyfieithiad hwn yn aros i glinigydd ei adolygu.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="473" />
            <source>This information is awaiting clinical review.</source>
            <translation>Mae'r wybodaeth hon yn aros am adolygiad clinigol.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="176" />
            <source>The English page has changed since this was translated.</source>
            <translation>Mae'r dudalen Saesneg wedi newid ers cyfieithu hon.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="332" />
            <source>Who can I talk to?</source>
            <translation>Gyda phwy alla i siarad?</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="343" />
            <source>At this hospital</source>
            <translation>Yn yr ysbyty hwn</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="362" />
            <source>Words explained</source>
            <translation>Geiriau wedi'u hesbonio</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="377" />
            <source>Explain the word %1</source>
            <translation>Esbonio'r gair %1</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="394" />
            <source>Thank you for telling us.</source>
            <translation>Diolch am ddweud wrthym.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="397" />
            <source>Was this page helpful?</source>
            <translation>Oedd y dudalen hon yn ddefnyddiol?</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="402" />
            <source>Yes</source>
            <translation>Oedd</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="408" />
            <source>No</source>
            <translation>Nac oedd</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="444" />
            <source>Related questions</source>
            <translation>Cwestiynau cysylltiedig</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="461" />
            <source>About this information</source>
            <translation>Am yr wybodaeth hon</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="476" />
            <source>Written from: %1.</source>
            <translation>Wedi'i ysgrifennu o: %1.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="468" />
            <source>Last checked %1. Next check due %2.</source>
            <translation>Gwiriwyd ddiwethaf %1. Gwiriad nesaf %2.</translation>
        </message>
    </context>
</TS>