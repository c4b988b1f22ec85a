<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
    <context>
        <name>AdminPanel</name>
        <message>
            <location filename="../ui/views/admin_panel.py" line="141" />
            <source>Staff screen</source>
            <translation>Ekran personelu</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="142" />
            <source>Reload content</source>
            <translation>Wczytaj treści ponownie</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="143" />
            <source>Clean screen</source>
            <translation>Czyszczenie ekranu</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="144" />
            <source>Restart kiosk</source>
            <translation>Uruchom kiosk ponownie</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="145" />
            <source>Exit to desktop</source>
            <translation>Wyjdź na pulpit</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="146" />
            <source>Close</source>
            <translation>Zamknij</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="147" />
            <source>Roll back content</source>
            <translation>Przywróć poprzednie treści</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="148" />
            <source>Use bundled content</source>
            <translation>Użyj treści wbudowanych</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="196" />
            <source>Usage</source>
            <translation>Korzystanie</translation>
        </message>
    </context>
    <context>
        <name>AttractView</name>
        <message>
            <location filename="../ui/views/attract_view.py" line="139" />
            <source>Questions about blood cancer treatment?</source>
            <translation>Pytania o leczenie nowotworów krwi?</translation>
        </message>
        <message>
            <location filename="../ui/views/attract_view.py" line="141" />
            <source>Plain answers about remission, relapse, CAR-T, transplant and support.</source>
            <translation>Proste odpowiedzi o remisji, nawrocie, CAR-T, przeszczepie i wsparciu.</translation>
        </message>
        <message>
            <location filename="../ui/views/attract_view.py" line="185" />
            <source>Touch the screen to start</source>
            <translation>Dotknij ekranu, aby zacząć</translation>
        </message>
        <message>
            <location filename="../ui/views/attract_view.py" line="158" />
            <source>For children</source>
            <translation>Dla dzieci</translation>
        </message>
    </context>
    <context>
        <name>CleaningView</name>
        <message>
            <location filename="../ui/views/cleaning_view.py" line="40" />
            <source>Cleaning the screen</source>
            <translation>Czyszczenie ekranu</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/views/cleaning_view.py" line="52" />
            <source>Touch is switched off. It comes back on in %n second(s).</source>
            <translation>
                <numerusform>Dotyk jest wyłączony. Wróci za %n sekundę.</numerusform>
                <numerusform>Dotyk jest wyłączony. Wróci za %n sekundy.</numerusform>
                <numerusform>Dotyk jest wyłączony. Wróci za %n sekund.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GlossaryCard</name>
        <message>
            <location filename="../ui/views/glossary_card.py" line="48" />
            <source>Tap anywhere to go back to your page.</source>
            <translation>Dotknij w dowolnym miejscu, aby wrócić do strony.</translation>
        </message>
        <message>
            <location filename="../ui/views/glossary_card.py" line="49" />
            <source>Close</source>
            <translation>Zamknij</translation>
        </message>
    </context>
    <context>
        <name>HomeView</name>
        <message>
            <location filename="../ui/views/home_view.py" line="28" />
            <source>Questions about blood cancer treatment</source>
            <translation>Pytania o leczenie nowotworów krwi</translation>
        </message>
        <message>
            <location filename="../ui/views/home_view.py" line="26" />
            <source>Tap a question to read the answer.</source>
            <translation>Dotknij pytania, aby przeczytać odpowiedź.</translation>
        </message>
        <message>
            <location filename="../ui/views/home_view.py" line="24" />
            <source>No information is ready to show yet. Please ask a member of staff.</source>
            <translation>Nie ma jeszcze informacji gotowych do wyświetlenia. Prosimy zapytać kogoś z personelu.</translation>
        </message>
        <message>
            <location filename="../ui/views/home_view.py" line="37" />
            <source>More questions</source>
            <translation>Więcej pytań</translation>
        </message>
    </context>
    <context>
        <name>IdleWarning</name>
        <message>
            <location filename="../ui/views/idle_warning.py" line="46" />
            <source>Are you still there?</source>
            <translation>Czy nadal tu jesteś?</translation>
        </message>
        <message>
            <location filename="../ui/views/idle_warning.py" line="47" />
            <source>Yes, I am still reading</source>
            <translation>Tak, nadal czytam</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/views/idle_warning.py" line="58" />
            <source>%n second(s) left</source>
            <translation>
                <numerusform>Została %n sekunda</numerusform>
                <numerusform>Zostały %n sekundy</numerusform>
                <numerusform>Zostało %n sekund</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/views/idle_warning.py" line="61" />
            <source>To keep your reading private, the screen will start again for the next person in %n second(s). Tap anywhere to carry on.</source>
            <translation>
                <numerusform>Aby Twoje czytanie pozostało prywatne, ekran zacznie od nowa dla następnej osoby za %n sekundę. Dotknij w dowolnym miejscu, aby kontynuować.</numerusform>
                <numerusform>Aby Twoje czytanie pozostało prywatne, ekran zacznie od nowa dla następnej osoby za %n sekundy. Dotknij w dowolnym miejscu, aby kontynuować.</numerusform>
                <numerusform>Aby Twoje czytanie pozostało prywatne, ekran zacznie od nowa dla następnej osoby za %n sekund. Dotknij w dowolnym miejscu, aby kontynuować.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LanguagePicker</name>
        <message>
            <location filename="../ui/views/language_picker.py" line="79" />
            <source>Choose your language</source>
            <translation>Wybierz język</translation>
        </message>
        <message>
            <location filename="../ui/views/language_picker.py" line="80" />
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <location filename="../ui/views/pin_pad.py" line="72" />
            <source>Staff PIN</source>
            <translation>PIN personelu</translation>
        </message>
        <message>
            <location filename="../ui/views/pin_pad.py" line="73" />
            <source>Clear</source>
            <translation>Wyczyść</translation>
        </message>
        <message>
            <location filename="../ui/views/pin_pad.py" line="74" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../ui/views/pin_pad.py" line="75" />
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/views/pin_pad.py" line="94" />
            <source>%n digit(s) entered</source>
            <translation>
                <numerusform>Wpisano %n cyfrę</numerusform>
                <numerusform>Wpisano %n cyfry</numerusform>
                <numerusform>Wpisano %n cyfr</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionController</name>
        <message>
            <location filename="../ui/session_controller.py" line="341" />
            <source>No staff PIN is set, so this screen cannot be opened. Ask IT to run 'kiosk hash-pin' and put the result in the settings file as admin.pin_hash.</source>
            <translation>Nie ustawiono PIN-u personelu, więc tego ekranu nie można otworzyć. Poproś dział IT o uruchomienie 'kiosk hash-pin' i wpisanie wyniku w pliku ustawień jako admin.pin_hash.</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/session_controller.py" line="350" />
            <source>Too many wrong PINs. Try again in %n minute(s).</source>
            <translation>
                <numerusform>Zbyt wiele błędnych PIN-ów. Spróbuj ponownie za %n minutę.</numerusform>
                <numerusform>Zbyt wiele błędnych PIN-ów. Spróbuj ponownie za %n minuty.</numerusform>
                <numerusform>Zbyt wiele błędnych PIN-ów. Spróbuj ponownie za %n minut.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/session_controller.py" line="355" />
            <source>Wrong PIN. %n tries left.</source>
            <translation>
                <numerusform>Błędny PIN. Została %n próba.</numerusform>
                <numerusform>Błędny PIN. Zostały %n próby.</numerusform>
                <numerusform>Błędny PIN. Zostało %n prób.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/session_controller.py" line="359" />
            <source>Enter the staff PIN.</source>
            <translation>Wpisz PIN personelu.</translation>
        </message>
    </context>
    <context>
        <name>SpeechMode</name>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="20" />
            <source>button</source>
            <translation>przycisk</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="21" />
            <source>link</source>
            <translation>łącze</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="22" />
            <source>link to a word's meaning</source>
            <translation>łącze do znaczenia słowa</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="23" />
            <source>switch</source>
            <translation>przełącznik</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="24" />
            <source>heading</source>
            <translation>nagłówek</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="25" />
            <source>on</source>
            <translation>włączony</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="26" />
            <source>off</source>
            <translation>wyłączony</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="27" />
            <source>selected</source>
            <translation>wybrany</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="28" />
            <source>unavailable</source>
            <translation>niedostępny</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="29" />
            <source>Double tap to activate.</source>
            <translation>Stuknij dwukrotnie, aby wybrać.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="30" />
            <source>Press %1 to activate.</source>
            <translation>Naciśnij %1, aby wybrać.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="31" />
            <source>Double tap to hear what it means.</source>
            <translation>Stuknij dwukrotnie, aby usłyszeć, co to znaczy.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="32" />
            <source>Press %1 to hear what it means.</source>
            <translation>Naciśnij %1, aby usłyszeć, co to znaczy.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="34" />
            <source>Speech on. Swipe right or left, or press %1 and %2, to move from item to item. Double tap, or press %3, to choose. Press %4 to hear all the keys.</source>
            <translation>Mowa włączona. Przesuń palcem w prawo lub w lewo albo naciśnij %1 i %2, aby przechodzić między elementami. Stuknij dwukrotnie lub naciśnij %3, aby wybrać. Naciśnij %4, aby usłyszeć wszystkie klawisze.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="39" />
            <source>Speech off.</source>
            <translation>Mowa wyłączona.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="40" />
            <source>This screen can talk. To turn on speech, hold one finger anywhere on the screen for %1 seconds, or press any key on the keypad.</source>
            <translation>Ten ekran może mówić. Aby włączyć mowę, przytrzymaj jeden palec w dowolnym miejscu ekranu przez %1 sekundy albo naciśnij dowolny klawisz na klawiaturze numerycznej.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="45" />
            <source>Speech is not available at the moment.</source>
            <translation>Mowa jest w tej chwili niedostępna.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="46" />
            <source>Speech on</source>
            <translation>Mowa włączona</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="47" />
            <source>Home. Topics to choose from.</source>
            <translation>Start. Tematy do wyboru.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="48" />
            <source>Page: %1.</source>
            <translation>Strona: %1.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="49" />
            <source>Topic: %1. Reading. Press %2 to pause, %3 and %4 for paragraphs, %5 and %6 for headings.</source>
            <translation>Temat: %1. Czytam. Naciśnij %2, aby wstrzymać, %3 i %4, aby przechodzić między akapitami, %5 i %6, aby przechodzić między nagłówkami.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="53" />
            <source>End of the topic. Press %1 for the buttons below it.</source>
            <translation>Koniec tematu. Naciśnij %1, aby przejść do przycisków pod nim.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="56" />
            <source>Start of the topic.</source>
            <translation>Początek tematu.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="57" />
            <source>Paused.</source>
            <translation>Wstrzymano.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="58" />
            <source>Nothing to repeat yet.</source>
            <translation>Na razie nie ma czego powtórzyć.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="59" />
            <source>Faster.</source>
            <translation>Szybciej.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="60" />
            <source>Slower.</source>
            <translation>Wolniej.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="61" />
            <source>Louder.</source>
            <translation>Głośniej.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="62" />
            <source>Softer.</source>
            <translation>Ciszej.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="63" />
            <source>Fastest.</source>
            <translation>Najszybciej.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="64" />
            <source>Slowest.</source>
            <translation>Najwolniej.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="65" />
            <source>Loudest.</source>
            <translation>Najgłośniej.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="66" />
            <source>Softest.</source>
            <translation>Najciszej.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="67" />
            <source>Are you still there? To keep reading, press any key or double tap. Otherwise the screen starts over for the next person. Seconds left: %1.</source>
            <translation>Czy nadal tu jesteś? Aby czytać dalej, naciśnij dowolny klawisz lub stuknij dwukrotnie. W przeciwnym razie ekran zacznie od nowa dla następnej osoby. Pozostało sekund: %1.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="72" />
            <source>Seconds left: %1.</source>
            <translation>Pozostało sekund: %1.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="73" />
            <source>Starting over for the next person. Speech off.</source>
            <translation>Zaczynam od nowa dla następnej osoby. Mowa wyłączona.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="74" />
            <source>The screen is locked for cleaning. Seconds left: %1.</source>
            <translation>Ekran jest zablokowany na czas czyszczenia. Pozostało sekund: %1.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="75" />
            <source>Staff screen.</source>
            <translation>Ekran personelu.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="76" />
            <source>The kiosk is closed at the moment. Touch the screen to wake it.</source>
            <translation>Kiosk jest teraz zamknięty. Dotknij ekranu, aby go wybudzić.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="79" />
            <source>The keys:</source>
            <translation>Klawisze:</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="80" />
            <source>%1: %2.</source>
            <translation>%1: %2.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="81" />
            <source> or </source>
            <translation> lub </translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="84" />
            <source>previous item</source>
            <translation>poprzedni element</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="85" />
            <source>next item</source>
            <translation>następny element</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="86" />
            <source>previous paragraph</source>
            <translation>poprzedni akapit</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="87" />
            <source>next paragraph</source>
            <translation>następny akapit</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="88" />
            <source>previous heading</source>
            <translation>poprzedni nagłówek</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="89" />
            <source>next heading</source>
            <translation>następny nagłówek</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="90" />
            <source>choose</source>
            <translation>wybierz</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="91" />
            <source>back</source>
            <translation>wstecz</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="92" />
            <source>home</source>
            <translation>start</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="93" />
            <source>these keys</source>
            <translation>te klawisze</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="94" />
            <source>repeat</source>
            <translation>powtórz</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="95" />
            <source>pause or go on</source>
            <translation>wstrzymaj lub kontynuuj</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="96" />
            <source>louder</source>
            <translation>głośniej</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="97" />
            <source>softer</source>
            <translation>ciszej</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="98" />
            <source>faster</source>
            <translation>szybciej</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="99" />
            <source>slower</source>
            <translation>wolniej</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="100" />
            <source>speech on or off</source>
            <translation>włącz lub wyłącz mowę</translation>
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
            <translation>gwiazdka</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="108" />
            <source>slash</source>
            <translation>ukośnik</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="109" />
            <source>dot</source>
            <translation>kropka</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="110" />
            <source>space</source>
            <translation>spacja</translation>
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
            <translation>Zabierz tę stronę do domu</translation>
        </message>
        <message>
            <location filename="../ui/views/take_home.py" line="130" />
            <source>Point your phone's camera at the square to open this information.</source>
            <translation>Skieruj aparat telefonu na kwadrat, aby otworzyć te informacje.</translation>
        </message>
        <message>
            <location filename="../ui/views/take_home.py" line="132" />
            <source>Close</source>
            <translation>Zamknij</translation>
        </message>
        <message>
            <location filename="../ui/views/take_home.py" line="142" />
            <source>From %1</source>
            <translation>Źródło: %1</translation>
        </message>
        <message>
            <location filename="../ui/views/take_home.py" line="174" />
            <source>QR code for %1</source>
            <translation>Kod QR do %1</translation>
        </message>
    </context>
    <context>
        <name>TilePage</name>
        <message>
            <location filename="../ui/views/tile_page.py" line="76" />
            <source>In English</source>
            <translation>Po angielsku</translation>
        </message>
        <message>
            <location filename="../ui/views/tile_page.py" line="145" />
            <source>More below</source>
            <translation>Więcej niżej</translation>
        </message>
    </context>
    <context>
        <name>ToolsBar</name>
        <message>
            <location filename="../ui/views/tools_bar.py" line="60" />
            <source>Clean screen</source>
            <translation>Czyszczenie ekranu</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="79" />
            <source>Bigger text</source>
            <translation>Większy tekst</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="80" />
            <source>Biggest text</source>
            <translation>Największy tekst</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="81" />
            <source>Standard text</source>
            <translation>Zwykły tekst</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="87" />
            <source>Standard colours</source>
            <translation>Zwykłe kolory</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="87" />
            <source>High contrast</source>
            <translation>Wysoki kontrast</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="90" />
            <source>Language: %1</source>
            <translation>Język: %1</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="74" />
            <source>Text size: Standard</source>
            <translation>Rozmiar tekstu: standardowy</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="75" />
            <source>Text size: Large</source>
            <translation>Rozmiar tekstu: duży</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="76" />
            <source>Text size: Largest</source>
            <translation>Rozmiar tekstu: największy</translation>
        </message>
    </context>
    <context>
        <name>TopBar</name>
        <message>
            <location filename="../ui/views/top_bar.py" line="73" />
            <source>Home</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="74" />
            <source>Back</source>
            <translation>Wstecz</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="75" />
            <source>Blood cancer treatment explained</source>
            <translation>Leczenie nowotworów krwi – wyjaśnienia</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="76" />
            <source>Stop</source>
            <translation>Zatrzymaj</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="88" />
            <source>Listen</source>
            <translation>Słuchaj</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="89" />
            <source>Pause</source>
            <translation>Pauza</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="90" />
            <source>Continue</source>
            <translation>Dalej</translation>
        </message>
    </context>
    <context>
        <name>TopicView</name>
        <message>
            <location filename="../ui/views/urgent_line.py" line="26" />
            <source>Call now, day or night</source>
            <translation>Zadzwoń teraz, w dzień lub w nocy</translation>
        </message>
        <message>
            <location filename="../ui/views/urgent_line.py" line="29" />
            <source>A temperature of 37.5 degrees or above, or below 36, shivering, or suddenly feeling unwell: ring at once. Do not take paracetamol first.</source>
            <translation>Temperatura 37,5 stopnia lub wyższa albo poniżej 36, dreszcze lub nagłe złe samopoczucie: zadzwoń od razu. Nie bierz wcześniej paracetamolu.</translation>
        </message>
        <message>
            <location filename="../ui/views/urgent_line.py" line="38" />
            <source>This hospital's 24-hour line</source>
            <translation>Całodobowy numer tego szpitala</translation>
        </message>
        <message>
            <location filename="../ui/views/urgent_line.py" line="41" />
            <source>Ring the 24-hour number your team gave you.</source>
            <translation>Zadzwoń pod całodobowy numer, który dostałeś od swojego zespołu.</translation>
        </message>
        <message>
            <location filename="../ui/views/urgent_line.py" line="44" />
            <source>Very unwell, or hard to wake? Ring</source>
            <translation>Bardzo zły stan lub trudno się dobudzić? Zadzwoń</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="138" />
            <source>Take this home</source>
            <translation>Zabierz to do domu</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="162" />
            <source>This page is not yet in your language. Here it is in English.</source>
            <translation>Ta strona nie jest jeszcze dostępna po polsku. Oto wersja angielska.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="169" />
            <source>This translation is awaiting review by a clinician.</source>
            <translation>To tłumaczenie czeka na sprawdzenie przez lekarza.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="473" />
            <source>This information is awaiting clinical review.</source>
            <translation>Te informacje czekają na sprawdzenie przez lekarza lub pielęgniarkę.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="176" />
            <source>The English page has changed since this was translated.</source>
            <translation>Strona w języku angielskim zmieniła się od czasu tego tłumaczenia.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="332" />
            <source>Who can I talk to?</source>
            <translation>Z kim mogę porozmawiać?</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="343" />
            <source>At this hospital</source>
            <translation>W tym szpitalu</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="362" />
            <source>Words explained</source>
            <translation>Wyjaśnione słowa</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="377" />
            <source>Explain the word %1</source>
            <translation>Wyjaśnij słowo %1</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="394" />
            <source>Thank you for telling us.</source>
            <translation>Dziękujemy za odpowiedź.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="397" />
            <source>Was this page helpful?</source>
            <translation>Czy ta strona była pomocna?</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="402" />
            <source>Yes</source>
            <translation>Tak</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="408" />
            <source>No</source>
            <translation>Nie</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="444" />
            <source>Related questions</source>
            <translation>Powiązane pytania</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="461" />
            <source>About this information</source>
            <translation>O tych informacjach</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="476" />
            <source>Written from: %1.</source>
            <translation>Na podstawie: %1.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="468" />
            <source>Last checked %1. Next check due %2.</source>
            <translation>Ostatnio sprawdzono %1. Następne sprawdzenie %2.</translation>
        </message>
    </context>
</TS>