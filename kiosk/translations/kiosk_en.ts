<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AdminPanel</name>
        <message>
            <location filename="../ui/views/admin_panel.py" line="141" />
            <source>Staff screen</source>
            <translation>Staff screen</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="142" />
            <source>Reload content</source>
            <translation>Reload content</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="143" />
            <source>Clean screen</source>
            <translation>Clean screen</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="144" />
            <source>Restart kiosk</source>
            <translation>Restart kiosk</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="145" />
            <source>Exit to desktop</source>
            <translation>Exit to desktop</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="146" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="147" />
            <source>Roll back content</source>
            <translation>Roll back content</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="148" />
            <source>Use bundled content</source>
            <translation>Use bundled content</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="196" />
            <source>Usage</source>
            <translation>Usage</translation>
        </message>
    </context>
    <context>
        <name>AttractView</name>
        <message>
            <location filename="../ui/views/attract_view.py" line="139" />
            <source>Questions about blood cancer treatment?</source>
            <translation>Questions about blood cancer treatment?</translation>
        </message>
        <message>
            <location filename="../ui/views/attract_view.py" line="141" />
            <source>Plain answers about remission, relapse, CAR-T, transplant and support.</source>
            <translation>Plain answers about remission, relapse, CAR-T, transplant and support.</translation>
        </message>
        <message>
            <location filename="../ui/views/attract_view.py" line="185" />
            <source>Touch the screen to start</source>
            <translation>Touch the screen to start</translation>
        </message>
        <message>
            <location filename="../ui/views/attract_view.py" line="158" />
            <source>For children</source>
            <translation>For children</translation>
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
            <location filename="../ui/views/home_view.py" line="28" />
            <source>Questions about blood cancer treatment</source>
            <translation>Questions about blood cancer treatment</translation>
        </message>
        <message>
            <location filename="../ui/views/home_view.py" line="26" />
            <source>Tap a question to read the answer.</source>
            <translation>Tap a question to read the answer.</translation>
        </message>
        <message>
            <location filename="../ui/views/home_view.py" line="24" />
            <source>No information is ready to show yet. Please ask a member of staff.</source>
            <translation>No information is ready to show yet. Please ask a member of staff.</translation>
        </message>
        <message>
            <location filename="../ui/views/home_view.py" line="37" />
            <source>More questions</source>
            <translation>More questions</translation>
        </message>
    </context>
    <context>
        <name>IdleWarning</name>
        <message>
            <location filename="../ui/views/idle_warning.py" line="46" />
            <source>Are you still there?</source>
            <translation>Are you still there?</translation>
        </message>
        <message>
            <location filename="../ui/views/idle_warning.py" line="47" />
            <source>Yes, I am still reading</source>
            <translation>Yes, I am still reading</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/views/idle_warning.py" line="58" />
            <source>%n second(s) left</source>
            <translation>
                <numerusform>%n second left</numerusform>
                <numerusform>%n seconds left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/views/idle_warning.py" line="61" />
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
            <location filename="../ui/views/language_picker.py" line="79" />
            <source>Choose your language</source>
            <translation>Choose your language</translation>
        </message>
        <message>
            <location filename="../ui/views/language_picker.py" line="80" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <location filename="../ui/views/pin_pad.py" line="72" />
            <source>Staff PIN</source>
            <translation>Staff PIN</translation>
        </message>
        <message>
            <location filename="../ui/views/pin_pad.py" line="73" />
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <location filename="../ui/views/pin_pad.py" line="74" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../ui/views/pin_pad.py" line="75" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/views/pin_pad.py" line="94" />
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
            <location filename="../ui/session_controller.py" line="341" />
            <source>No staff PIN is set, so this screen cannot be opened. Ask IT to run 'kiosk hash-pin' and put the result in the settings file as admin.pin_hash.</source>
            <translation>No staff PIN is set, so this screen cannot be opened. Ask IT to run 'kiosk hash-pin' and put the result in the settings file as admin.pin_hash.</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/session_controller.py" line="350" />
            <source>Too many wrong PINs. Try again in %n minute(s).</source>
            <translation>
                <numerusform>Too many wrong PINs. Try again in %n minute.</numerusform>
                <numerusform>Too many wrong PINs. Try again in %n minutes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/session_controller.py" line="355" />
            <source>Wrong PIN. %n tries left.</source>
            <translation>
                <numerusform>Wrong PIN. %n try left.</numerusform>
                <numerusform>Wrong PIN. %n tries left.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/session_controller.py" line="359" />
            <source>Enter the staff PIN.</source>
            <translation>Enter the staff PIN.</translation>
        </message>
    </context>
    <context>
        <name>SpeechMode</name>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="20" />
            <source>button</source>
            <translation>button</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="21" />
            <source>link</source>
            <translation>link</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="22" />
            <source>link to a word's meaning</source>
            <translation>link to a word's meaning</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="23" />
            <source>switch</source>
            <translation>switch</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="24" />
            <source>heading</source>
            <translation>heading</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="25" />
            <source>on</source>
            <translation>on</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="26" />
            <source>off</source>
            <translation>off</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="27" />
            <source>selected</source>
            <translation>selected</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="28" />
            <source>unavailable</source>
            <translation>unavailable</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="29" />
            <source>Double tap to activate.</source>
            <translation>Double tap to activate.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="30" />
            <source>Press %1 to activate.</source>
            <translation>Press %1 to activate.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="31" />
            <source>Double tap to hear what it means.</source>
            <translation>Double tap to hear what it means.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="32" />
            <source>Press %1 to hear what it means.</source>
            <translation>Press %1 to hear what it means.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="34" />
            <source>Speech on. Swipe right or left, or press %1 and %2, to move from item to item. Double tap, or press %3, to choose. Press %4 to hear all the keys.</source>
            <translation>Speech on. Swipe right or left, or press %1 and %2, to move from item to item. Double tap, or press %3, to choose. Press %4 to hear all the keys.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="39" />
            <source>Speech off.</source>
            <translation>Speech off.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="40" />
            <source>This screen can talk. To turn on speech, hold one finger anywhere on the screen for %1 seconds, or press any key on the keypad.</source>
            <translation>This screen can talk. To turn on speech, hold one finger anywhere on the screen for %1 seconds, or press any key on the keypad.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="45" />
            <source>Speech is not available at the moment.</source>
            <translation>Speech is not available at the moment.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="46" />
            <source>Speech on</source>
            <translation>Speech on</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="47" />
            <source>Home. Topics to choose from.</source>
            <translation>Home. Topics to choose from.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="48" />
            <source>Page: %1.</source>
            <translation>Page: %1.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="49" />
            <source>Topic: %1. Reading. Press %2 to pause, %3 and %4 for paragraphs, %5 and %6 for headings.</source>
            <translation>Topic: %1. Reading. Press %2 to pause, %3 and %4 for paragraphs, %5 and %6 for headings.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="53" />
            <source>End of the topic. Press %1 for the buttons below it.</source>
            <translation>End of the topic. Press %1 for the buttons below it.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="56" />
            <source>Start of the topic.</source>
            <translation>Start of the topic.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="57" />
            <source>Paused.</source>
            <translation>Paused.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="58" />
            <source>Nothing to repeat yet.</source>
            <translation>Nothing to repeat yet.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="59" />
            <source>Faster.</source>
            <translation>Faster.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="60" />
            <source>Slower.</source>
            <translation>Slower.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="61" />
            <source>Louder.</source>
            <translation>Louder.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="62" />
            <source>Softer.</source>
            <translation>Softer.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="63" />
            <source>Fastest.</source>
            <translation>Fastest.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="64" />
            <source>Slowest.</source>
            <translation>Slowest.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="65" />
            <source>Loudest.</source>
            <translation>Loudest.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="66" />
            <source>Softest.</source>
            <translation>Softest.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="67" />
            <source>Are you still there? To keep reading, press any key or double tap. Otherwise the screen starts over for the next person. Seconds left: %1.</source>
            <translation>Are you still there? To keep reading, press any key or double tap. Otherwise the screen starts over for the next person. Seconds left: %1.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="72" />
            <source>Seconds left: %1.</source>
            <translation>Seconds left: %1.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="73" />
            <source>Starting over for the next person. Speech off.</source>
            <translation>Starting over for the next person. Speech off.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="74" />
            <source>The screen is locked for cleaning. Seconds left: %1.</source>
            <translation>The screen is locked for cleaning. Seconds left: %1.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="75" />
            <source>Staff screen.</source>
            <translation>Staff screen.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="76" />
            <source>The kiosk is closed at the moment. Touch the screen to wake it.</source>
            <translation>The kiosk is closed at the moment. Touch the screen to wake it.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="79" />
            <source>The keys:</source>
            <translation>The keys:</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="80" />
            <source>%1: %2.</source>
            <translation>%1: %2.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="81" />
            <source> or </source>
            <translation> or </translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="84" />
            <source>previous item</source>
            <translation>previous item</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="85" />
            <source>next item</source>
            <translation>next item</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="86" />
            <source>previous paragraph</source>
            <translation>previous paragraph</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="87" />
            <source>next paragraph</source>
            <translation>next paragraph</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="88" />
            <source>previous heading</source>
            <translation>previous heading</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="89" />
            <source>next heading</source>
            <translation>next heading</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="90" />
            <source>choose</source>
            <translation>choose</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="91" />
            <source>back</source>
            <translation>back</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="92" />
            <source>home</source>
            <translation>home</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="93" />
            <source>these keys</source>
            <translation>these keys</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="94" />
            <source>repeat</source>
            <translation>repeat</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="95" />
            <source>pause or go on</source>
            <translation>pause or go on</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="96" />
            <source>louder</source>
            <translation>louder</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="97" />
            <source>softer</source>
            <translation>softer</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="98" />
            <source>faster</source>
            <translation>faster</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="99" />
            <source>slower</source>
            <translation>slower</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="100" />
            <source>speech on or off</source>
            <translation>speech on or off</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="105" />
            <source>plus</source>
            <translation>plus</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="106" />
            <source>minus</source>
            <translation>minus</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="107" />
            <source>star</source>
            <translation>star</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="108" />
            <source>slash</source>
            <translation>slash</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="109" />
            <source>dot</source>
            <translation>dot</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="110" />
            <source>space</source>
            <translation>space</translation>
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
            <translation>Take this page home</translation>
        </message>
        <message>
            <location filename="../ui/views/take_home.py" line="130" />
            <source>Point your phone's camera at the square to open this information.</source>
            <translation>Point your phone's camera at the square to open this information.</translation>
        </message>
        <message>
            <location filename="../ui/views/take_home.py" line="132" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../ui/views/take_home.py" line="142" />
            <source>From %1</source>
            <translation>From %1</translation>
        </message>
        <message>
            <location filename="../ui/views/take_home.py" line="174" />
            <source>QR code for %1</source>
            <translation>QR code for %1</translation>
        </message>
    </context>
    <context>
        <name>TilePage</name>
        <message>
            <location filename="../ui/views/tile_page.py" line="76" />
            <source>In English</source>
            <translation>In English</translation>
        </message>
        <message>
            <location filename="../ui/views/tile_page.py" line="145" />
            <source>More below</source>
            <translation>More below</translation>
        </message>
    </context>
    <context>
        <name>ToolsBar</name>
        <message>
            <location filename="../ui/views/tools_bar.py" line="60" />
            <source>Clean screen</source>
            <translation>Clean screen</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="79" />
            <source>Bigger text</source>
            <translation>Bigger text</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="80" />
            <source>Biggest text</source>
            <translation>Biggest text</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="81" />
            <source>Standard text</source>
            <translation>Standard text</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="87" />
            <source>Standard colours</source>
            <translation>Standard colours</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="87" />
            <source>High contrast</source>
            <translation>High contrast</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="90" />
            <source>Language: %1</source>
            <translation>Language: %1</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="74" />
            <source>Text size: Standard</source>
            <translation>Text size: Standard</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="75" />
            <source>Text size: Large</source>
            <translation>Text size: Large</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="76" />
            <source>Text size: Largest</source>
            <translation>Text size: Largest</translation>
        </message>
    </context>
    <context>
        <name>TopBar</name>
        <message>
            <location filename="../ui/views/top_bar.py" line="73" />
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="74" />
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="75" />
            <source>Blood cancer treatment explained</source>
            <translation>Blood cancer treatment explained</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="76" />
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="88" />
            <source>Listen</source>
            <translation>Listen</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="89" />
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="90" />
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
    </context>
    <context>
        <name>TopicView</name>
        <message>
            <location filename="../ui/views/urgent_line.py" line="26" />
            <source>Call now, day or night</source>
            <translation>Call now, day or night</translation>
        </message>
        <message>
            <location filename="../ui/views/urgent_line.py" line="29" />
            <source>A temperature of 37.5 degrees or above, or below 36, shivering, or suddenly feeling unwell: ring at once. Do not take paracetamol first.</source>
            <translation>A temperature of 37.5 degrees or above, or below 36, shivering, or suddenly feeling unwell: ring at once. Do not take paracetamol first.</translation>
        </message>
        <message>
            <location filename="../ui/views/urgent_line.py" line="38" />
            <source>This hospital's 24-hour line</source>
            <translation>This hospital's 24-hour line</translation>
        </message>
        <message>
            <location filename="../ui/views/urgent_line.py" line="41" />
            <source>Ring the 24-hour number your team gave you.</source>
            <translation>Ring the 24-hour number your team gave you.</translation>
        </message>
        <message>
            <location filename="../ui/views/urgent_line.py" line="44" />
            <source>Very unwell, or hard to wake? Ring</source>
            <translation>Very unwell, or hard to wake? Ring</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="138" />
            <source>Take this home</source>
            <translation>Take this home</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="162" />
            <source>This page is not yet in your language. Here it is in English.</source>
            <translation>This page is not yet in your language. Here it is in English.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="169" />
            <source>This translation is awaiting review by a clinician.</source>
            <translation>This translation is awaiting review by a clinician.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="473" />
            <source>This information is awaiting clinical review.</source>
            <translation>This information is awaiting clinical review.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="176" />
            <source>The English page has changed since this was translated.</source>
            <translation>The English page has changed since this was translated.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="332" />
            <source>Who can I talk to?</source>
            <translation>Who can I talk to?</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="343" />
            <source>At this hospital</source>
            <translation>At this hospital</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="362" />
            <source>Words explained</source>
            <translation>Words explained</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="377" />
            <source>Explain the word %1</source>
            <translation>Explain the word %1</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="394" />
            <source>Thank you for telling us.</source>
            <translation>Thank you for telling us.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="397" />
            <source>Was this page helpful?</source>
            <translation>Was this page helpful?</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="402" />
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="408" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="444" />
            <source>Related questions</source>
            <translation>Related questions</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="461" />
            <source>About this information</source>
            <translation>About this information</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="476" />
            <source>Written from: %1.</source>
            <translation>Written from: %1.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="468" />
            <source>Last checked %1. Next check due %2.</source>
            <translation>Last checked %1. Next check due %2.</translation>
        </message>
    </context>
</TS>