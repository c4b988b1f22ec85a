<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AdminPanel</name>
        <message>
            <location filename="../ui/views/admin_panel.py" line="97" />
            <source>Staff screen</source>
            <translation>Staff screen</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="98" />
            <source>Reload content</source>
            <translation>Reload content</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="99" />
            <source>Clean screen</source>
            <translation>Clean screen</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="100" />
            <source>Restart kiosk</source>
            <translation>Restart kiosk</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="101" />
            <source>Exit to desktop</source>
            <translation>Exit to desktop</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="102" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="124" />
            <source>Roll back content</source>
            <translation>Roll back content</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="125" />
            <source>Use bundled content</source>
            <translation>Use bundled content</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="145" />
            <source>Usage</source>
            <translation>Usage</translation>
        </message>
    </context>
    <context>
        <name>AttractView</name>
        <message>
            <location filename="../ui/views/attract_view.py" line="74" />
            <source>Questions about blood cancer treatment?</source>
            <translation>Questions about blood cancer treatment?</translation>
        </message>
        <message>
            <location filename="../ui/views/attract_view.py" line="76" />
            <source>Plain answers about remission, relapse, CAR-T, transplant and support.</source>
            <translation>Plain answers about remission, relapse, CAR-T, transplant and support.</translation>
        </message>
        <message>
            <location filename="../ui/views/attract_view.py" line="106" />
            <source>Touch the screen to start</source>
            <translation>Touch the screen to start</translation>
        </message>
    </context>
    <context>
        <name>CleaningView</name>
        <message>
            <location filename="../ui/views/cleaning_view.py" line="40" />
            <source>Cleaning the screen</source>
            <translation>Cleaning the screen</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/views/cleaning_view.py" line="52" />
            <source>Touch is switched off. It comes back on in %n second(s).</source>
            <translation>
                <numerusform>Touch is switched off. It comes back on in %n second.</numerusform>
                <numerusform>Touch is switched off. It comes back on in %n seconds.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GlossaryCard</name>
        <message>
            <location filename="../ui/views/glossary_card.py" line="48" />
            <source>Tap anywhere to go back to your page.</source>
            <translation>Tap anywhere to go back to your page.</translation>
        </message>
        <message>
            <location filename="../ui/views/glossary_card.py" line="49" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>HomeView</name>
        <message>
            <location filename="../ui/views/home_view.py" line="21" />
            <source>Questions about blood cancer treatment</source>
            <translation>Questions about blood cancer treatment</translation>
        </message>
        <message>
            <location filename="../ui/views/home_view.py" line="22" />
            <source>Tap a question to read the answer.</source>
            <translation>Tap a question to read the answer.</translation>
        </message>
        <message>
            <location filename="../ui/views/home_view.py" line="22" />
            <source>No information is ready to show yet. Please ask a member of staff.</source>
            <translation>No information is ready to show yet. Please ask a member of staff.</translation>
        </message>
        <message>
            <location filename="../ui/views/home_view.py" line="27" />
            <source>More questions</source>
            <translation>More questions</translation>
        </message>
    </context>
    <context>
        <name>IdleWarning</name>
        <message>
            <location filename="../ui/views/idle_warning.py" line="44" />
            <source>Are you still there?</source>
            <translation>Are you still there?</translation>
        </message>
        <message>
            <location filename="../ui/views/idle_warning.py" line="45" />
            <source>Yes, I am still reading</source>
            <translation>Yes, I am still reading</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/views/idle_warning.py" line="56" />
            <source>%n second(s) left</source>
            <translation>
                <numerusform>%n second left</numerusform>
                <numerusform>%n seconds left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/views/idle_warning.py" line="59" />
            <source>To keep your reading private, the screen will start again for the next person in %n second(s). Tap anywhere to carry on.</source>
            <translation>
                <numerusform>To keep your reading private, the screen will start again for the next person in %n second. Tap anywhere to carry on.</numerusform>
                <numerusform>To keep your reading private, the screen will start again for the next person in %n seconds. Tap anywhere to carry on.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LanguagePicker</name>
        <message>
            <location filename="../ui/views/language_picker.py" line="54" />
            <source>Choose your language</source>
            <translation>Choose your language</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <location filename="../ui/views/pin_pad.py" line="71" />
            <source>Staff PIN</source>
            <translation>Staff PIN</translation>
        </message>
        <message>
            <location filename="../ui/views/pin_pad.py" line="72" />
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <location filename="../ui/views/pin_pad.py" line="73" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../ui/views/pin_pad.py" line="74" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/views/pin_pad.py" line="93" />
            <source>%n digit(s) entered</source>
            <translation>
                <numerusform>%n digit entered</numerusform>
                <numerusform>%n digits entered</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionController</name>
        <message>
            <location filename="../ui/session_controller.py" line="339" />
            <source>No staff PIN is set, so this screen cannot be opened. Ask IT to run 'kiosk hash-pin' and put the result in the settings file as admin.pin_hash.</source>
            <translation>No staff PIN is set, so this screen cannot be opened. Ask IT to run 'kiosk hash-pin' and put the result in the settings file as admin.pin_hash.</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/session_controller.py" line="348" />
            <source>Too many wrong PINs. Try again in %n minute(s).</source>
            <translation>
                <numerusform>Too many wrong PINs. Try again in %n minute.</numerusform>
                <numerusform>Too many wrong PINs. Try again in %n minutes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/session_controller.py" line="353" />
            <source>Wrong PIN. %n tries left.</source>
            <translation>
                <numerusform>Wrong PIN. %n try left.</numerusform>
                <numerusform>Wrong PIN. %n tries left.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/session_controller.py" line="356" />
            <source>Enter the staff PIN.</source>
            <translation>Enter the staff PIN.</translation>
        </message>
    </context>
    <context>
        <name>TakeHomeCard</name>
        <message>
            <location filename="../ui/views/take_home.py" line="77" />
            <source>Take this page home</source>
            <translation>Take this page home</translation>
        </message>
        <message>
            <location filename="../ui/views/take_home.py" line="79" />
            <source>Point your phone's camera at the square to open this information.</source>
            <translation>Point your phone's camera at the square to open this information.</translation>
        </message>
        <message>
            <location filename="../ui/views/take_home.py" line="81" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../ui/views/take_home.py" line="91" />
            <source>From %1</source>
            <translation>From %1</translation>
        </message>
        <message>
            <location filename="../ui/views/take_home.py" line="97" />
            <source>QR code for %1</source>
            <translation>QR code for %1</translation>
        </message>
    </context>
    <context>
        <name>ToolsBar</name>
        <message>
            <location filename="../ui/views/tools_bar.py" line="48" />
            <source>Clean screen</source>
            <translation>Clean screen</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="57" />
            <location filename="../ui/views/tools_bar.py" line="61" />
            <source>Bigger text</source>
            <translation>Bigger text</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="58" />
            <source>Biggest text</source>
            <translation>Biggest text</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="59" />
            <source>Standard text</source>
            <translation>Standard text</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="63" />
            <source>Standard colours</source>
            <translation>Standard colours</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="63" />
            <source>High contrast</source>
            <translation>High contrast</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="66" />
            <source>Language: %1</source>
            <translation>Language: %1</translation>
        </message>
    </context>
    <context>
        <name>TopBar</name>
        <message>
            <location filename="../ui/views/top_bar.py" line="60" />
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="61" />
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="62" />
            <source>Blood cancer treatment explained</source>
            <translation>Blood cancer treatment explained</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="63" />
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="75" />
            <source>Listen</source>
            <translation>Listen</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="76" />
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="77" />
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
    </context>
    <context>
        <name>TopicView</name>
        <message>
            <location filename="../ui/views/topic_view.py" line="103" />
            <source>Take this home</source>
            <translation>Take this home</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="126" />
            <source>This page is not yet in your language. Here it is in English.</source>
            <translation>This page is not yet in your language. Here it is in English.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="128" />
            <source>This translation is awaiting review by a clinician.</source>
            <translation>This translation is awaiting review by a clinician.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="128" />
            <source>This information is awaiting clinical review.</source>
            <translation>This information is awaiting clinical review.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="128" />
            <source>The English page has changed since this was translated.</source>
            <translation>The English page has changed since this was translated.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="252" />
            <source>Who can I talk to?</source>
            <translation>Who can I talk to?</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="261" />
            <source>At this hospital</source>
            <translation>At this hospital</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="277" />
            <source>Words explained</source>
            <translation>Words explained</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="291" />
            <source>Explain the word %1</source>
            <translation>Explain the word %1</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="305" />
            <source>Thank you for telling us.</source>
            <translation>Thank you for telling us.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="306" />
            <source>Was this page helpful?</source>
            <translation>Was this page helpful?</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="310" />
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="313" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="349" />
            <source>Related questions</source>
            <translation>Related questions</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="365" />
            <source>About this information</source>
            <translation>About this information</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="368" />
            <source>Written from: %1.</source>
            <translation>Written from: %1.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="370" />
            <source>Last checked %1. Next check due %2.</source>
            <translation>Last checked %1. Next check due %2.</translation>
        </message>
    </context>
</TS>