<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
    <context>
        <name>AdminPanel</name>
        <message>
            <location filename="../ui/views/admin_panel.py" line="97" />
            <source>Staff screen</source>
            <translation>Ekran personelu</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="98" />
            <source>Reload content</source>
            <translation>Wczytaj treści ponownie</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="99" />
            <source>Clean screen</source>
            <translation>Czyszczenie ekranu</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="100" />
            <source>Restart kiosk</source>
            <translation>Uruchom kiosk ponownie</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="101" />
            <source>Exit to desktop</source>
            <translation>Wyjdź na pulpit</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="102" />
            <source>Close</source>
            <translation>Zamknij</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="124" />
            <source>Roll back content</source>
            <translation>Przywróć poprzednie treści</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="125" />
            <source>Use bundled content</source>
            <translation>Użyj treści wbudowanych</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="145" />
            <source>Usage</source>
            <translation>Korzystanie</translation>
        </message>
    </context>
    <context>
        <name>AttractView</name>
        <message>
            <location filename="../ui/views/attract_view.py" line="74" />
            <source>Questions about blood cancer treatment?</source>
            <translation>Pytania o leczenie nowotworów krwi?</translation>
        </message>
        <message>
            <location filename="../ui/views/attract_view.py" line="76" />
            <source>Plain answers about remission, relapse, CAR-T, transplant and support.</source>
            <translation>Proste odpowiedzi o remisji, nawrocie, CAR-T, przeszczepie i wsparciu.</translation>
        </message>
        <message>
            <location filename="../ui/views/attract_view.py" line="106" />
            <source>Touch the screen to start</source>
            <translation>Dotknij ekranu, aby zacząć</translation>
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
            <location filename="../ui/views/home_view.py" line="21" />
            <source>Questions about blood cancer treatment</source>
            <translation>Pytania o leczenie nowotworów krwi</translation>
        </message>
        <message>
            <location filename="../ui/views/home_view.py" line="22" />
            <source>Tap a question to read the answer.</source>
            <translation>Dotknij pytania, aby przeczytać odpowiedź.</translation>
        </message>
        <message>
            <location filename="../ui/views/home_view.py" line="22" />
            <source>No information is ready to show yet. Please ask a member of staff.</source>
            <translation>Nie ma jeszcze informacji gotowych do wyświetlenia. Prosimy zapytać kogoś z personelu.</translation>
        </message>
        <message>
            <location filename="../ui/views/home_view.py" line="27" />
            <source>More questions</source>
            <translation>Więcej pytań</translation>
        </message>
    </context>
    <context>
        <name>IdleWarning</name>
        <message>
            <location filename="../ui/views/idle_warning.py" line="44" />
            <source>Are you still there?</source>
            <translation>Czy nadal tu jesteś?</translation>
        </message>
        <message>
            <location filename="../ui/views/idle_warning.py" line="45" />
            <source>Yes, I am still reading</source>
            <translation>Tak, nadal czytam</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/views/idle_warning.py" line="56" />
            <source>%n second(s) left</source>
            <translation>
                <numerusform>Została %n sekunda</numerusform>
                <numerusform>Zostały %n sekundy</numerusform>
                <numerusform>Zostało %n sekund</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/views/idle_warning.py" line="59" />
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
            <location filename="../ui/views/language_picker.py" line="54" />
            <source>Choose your language</source>
            <translation>Wybierz język</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <location filename="../ui/views/pin_pad.py" line="71" />
            <source>Staff PIN</source>
            <translation>PIN personelu</translation>
        </message>
        <message>
            <location filename="../ui/views/pin_pad.py" line="72" />
            <source>Clear</source>
            <translation>Wyczyść</translation>
        </message>
        <message>
            <location filename="../ui/views/pin_pad.py" line="73" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../ui/views/pin_pad.py" line="74" />
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/views/pin_pad.py" line="93" />
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
            <location filename="../ui/session_controller.py" line="339" />
            <source>No staff PIN is set, so this screen cannot be opened. Ask IT to run 'kiosk hash-pin' and put the result in the settings file as admin.pin_hash.</source>
            <translation>Nie ustawiono PIN-u personelu, więc tego ekranu nie można otworzyć. Poproś dział IT o uruchomienie 'kiosk hash-pin' i wpisanie wyniku w pliku ustawień jako admin.pin_hash.</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/session_controller.py" line="348" />
            <source>Too many wrong PINs. Try again in %n minute(s).</source>
            <translation>
                <numerusform>Zbyt wiele błędnych PIN-ów. Spróbuj ponownie za %n minutę.</numerusform>
                <numerusform>Zbyt wiele błędnych PIN-ów. Spróbuj ponownie za %n minuty.</numerusform>
                <numerusform>Zbyt wiele błędnych PIN-ów. Spróbuj ponownie za %n minut.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/session_controller.py" line="353" />
            <source>Wrong PIN. %n tries left.</source>
            <translation>
                <numerusform>Błędny PIN. Została %n próba.</numerusform>
                <numerusform>Błędny PIN. Zostały %n próby.</numerusform>
                <numerusform>Błędny PIN. Zostało %n prób.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/session_controller.py" line="356" />
            <source>Enter the staff PIN.</source>
            <translation>Wpisz PIN personelu.</translation>
        </message>
    </context>
    <context>
        <name>TakeHomeCard</name>
        <message>
            <location filename="../ui/views/take_home.py" line="77" />
            <source>Take this page home</source>
            <translation>Zabierz tę stronę do domu</translation>
        </message>
        <message>
            <location filename="../ui/views/take_home.py" line="79" />
            <source>Point your phone's camera at the square to open this information.</source>
            <translation>Skieruj aparat telefonu na kwadrat, aby otworzyć te informacje.</translation>
        </message>
        <message>
            <location filename="../ui/views/take_home.py" line="81" />
            <source>Close</source>
            <translation>Zamknij</translation>
        </message>
        <message>
            <location filename="../ui/views/take_home.py" line="91" />
            <source>From %1</source>
            <translation>Źródło: %1</translation>
        </message>
        <message>
            <location filename="../ui/views/take_home.py" line="97" />
            <source>QR code for %1</source>
            <translation>Kod QR do %1</translation>
        </message>
    </context>
    <context>
        <name>ToolsBar</name>
        <message>
            <location filename="../ui/views/tools_bar.py" line="48" />
            <source>Clean screen</source>
            <translation>Czyszczenie ekranu</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="57" />
            <location filename="../ui/views/tools_bar.py" line="61" />
            <source>Bigger text</source>
            <translation>Większy tekst</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="58" />
            <source>Biggest text</source>
            <translation>Największy tekst</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="59" />
            <source>Standard text</source>
            <translation>Zwykły tekst</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="63" />
            <source>Standard colours</source>
            <translation>Zwykłe kolory</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="63" />
            <source>High contrast</source>
            <translation>Wysoki kontrast</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="66" />
            <source>Language: %1</source>
            <translation>Język: %1</translation>
        </message>
    </context>
    <context>
        <name>TopBar</name>
        <message>
            <location filename="../ui/views/top_bar.py" line="60" />
            <source>Home</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="61" />
            <source>Back</source>
            <translation>Wstecz</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="62" />
            <source>Blood cancer treatment explained</source>
            <translation>Leczenie nowotworów krwi – wyjaśnienia</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="63" />
            <source>Stop</source>
            <translation>Zatrzymaj</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="75" />
            <source>Listen</source>
            <translation>Słuchaj</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="76" />
            <source>Pause</source>
            <translation>Pauza</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="77" />
            <source>Continue</source>
            <translation>Dalej</translation>
        </message>
    </context>
    <context>
        <name>TopicView</name>
        <message>
            <location filename="../ui/views/topic_view.py" line="103" />
            <source>Take this home</source>
            <translation>Zabierz to do domu</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="126" />
            <source>This page is not yet in your language. Here it is in English.</source>
            <translation>Ta strona nie jest jeszcze dostępna po polsku. Oto wersja angielska.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="128" />
            <source>This translation is awaiting review by a clinician.</source>
            <translation>To tłumaczenie czeka na sprawdzenie przez lekarza.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="128" />
            <source>This information is awaiting clinical review.</source>
            <translation>Te informacje czekają na sprawdzenie przez lekarza lub pielęgniarkę.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="128" />
            <source>The English page has changed since this was translated.</source>
            <translation>Strona w języku angielskim zmieniła się od czasu tego tłumaczenia.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="252" />
            <source>Who can I talk to?</source>
            <translation>Z kim mogę porozmawiać?</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="261" />
            <source>At this hospital</source>
            <translation>W tym szpitalu</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="277" />
            <source>Words explained</source>
            <translation>Wyjaśnione słowa</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="291" />
            <source>Explain the word %1</source>
            <translation>Wyjaśnij słowo %1</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="305" />
            <source>Thank you for telling us.</source>
            <translation>Dziękujemy za odpowiedź.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="306" />
            <source>Was this page helpful?</source>
            <translation>Czy ta strona była pomocna?</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="310" />
            <source>Yes</source>
            <translation>Tak</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="313" />
            <source>No</source>
            <translation>Nie</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="349" />
            <source>Related questions</source>
            <translation>Powiązane pytania</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="365" />
            <source>About this information</source>
            <translation>O tych informacjach</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="368" />
            <source>Written from: %1.</source>
            <translation>Na podstawie: %1.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="370" />
            <source>Last checked %1. Next check due %2.</source>
            <translation>Ostatnio sprawdzono %1. Następne sprawdzenie %2.</translation>
        </message>
    </context>
</TS>