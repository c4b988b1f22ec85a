<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>AdminPanel</name>
        <message>
            <location filename="../ui/views/admin_panel.py" line="141" />
            <source>Staff screen</source>
            <translation>شاشة الموظفين</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="142" />
            <source>Reload content</source>
            <translation>إعادة تحميل المحتوى</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="143" />
            <source>Clean screen</source>
            <translation>تنظيف الشاشة</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="144" />
            <source>Restart kiosk</source>
            <translation>إعادة تشغيل الكشك</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="145" />
            <source>Exit to desktop</source>
            <translation>الخروج إلى سطح المكتب</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="146" />
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="147" />
            <source>Roll back content</source>
            <translation>العودة إلى المحتوى السابق</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="148" />
            <source>Use bundled content</source>
            <translation>استخدام المحتوى المرفق</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="196" />
            <source>Usage</source>
            <translation>الاستخدام</translation>
        </message>
    </context>
    <context>
        <name>AttractView</name>
        <message>
            <location filename="../ui/views/attract_view.py" line="139" />
            <source>Questions about blood cancer treatment?</source>
            <translation>هل لديك أسئلة عن علاج سرطان الدم؟</translation>
        </message>
        <message>
            <location filename="../ui/views/attract_view.py" line="141" />
            <source>Plain answers about remission, relapse, CAR-T, transplant and support.</source>
            <translation>إجابات بسيطة عن الهدأة والانتكاس وعلاج CAR-T وزراعة الخلايا الجذعية والدعم.</translation>
        </message>
        <message>
            <location filename="../ui/views/attract_view.py" line="185" />
            <source>Touch the screen to start</source>
            <translation>المس الشاشة للبدء</translation>
        </message>
        <message>
            <location filename="../ui/views/attract_view.py" line="158" />
            <source>For children</source>
            <translation>للأطفال</translation>
        </message>
    </context>
    <context>
        <name>CleaningView</name>
        <message>
            <location filename="../ui/views/cleaning_view.py" line="40" />
            <source>Cleaning the screen</source>
            <translation>جارٍ تنظيف الشاشة</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/views/cleaning_view.py" line="52" />
            <source>Touch is switched off. It comes back on in %n second(s).</source>
            <translation>
                <numerusform>اللمس متوقف. سيعود بعد %n ثانية.</numerusform>
                <numerusform>اللمس متوقف. سيعود بعد ثانية واحدة.</numerusform>
                <numerusform>اللمس متوقف. سيعود بعد ثانيتين.</numerusform>
                <numerusform>اللمس متوقف. سيعود بعد %n ثوانٍ.</numerusform>
                <numerusform>اللمس متوقف. سيعود بعد %n ثانية.</numerusform>
                <numerusform>اللمس متوقف. سيعود بعد %n ثانية.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GlossaryCard</name>
        <message>
            <location filename="../ui/views/glossary_card.py" line="48" />
            <source>Tap anywhere to go back to your page.</source>
            <translation>اضغط في أي مكان للعودة إلى صفحتك.</translation>
        </message>
        <message>
            <location filename="../ui/views/glossary_card.py" line="49" />
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
    </context>
    <context>
        <name>HomeView</name>
        <message>
            <location filename="../ui/views/home_view.py" line="28" />
            <source>Questions about blood cancer treatment</source>
            <translation>أسئلة عن علاج سرطان الدم</translation>
        </message>
        <message>
            <location filename="../ui/views/home_view.py" line="26" />
            <source>Tap a question to read the answer.</source>
            <translation>اضغط على سؤال لقراءة الإجابة.</translation>
        </message>
        <message>
            <location filename="../ui/views/home_view.py" line="24" />
            <source>No information is ready to show yet. Please ask a member of staff.</source>
            <translation>لا توجد معلومات جاهزة للعرض بعد. يُرجى سؤال أحد الموظفين.</translation>
        </message>
        <message>
            <location filename="../ui/views/home_view.py" line="37" />
            <source>More questions</source>
            <translation>أسئلة أخرى</translation>
        </message>
    </context>
    <context>
        <name>IdleWarning</name>
        <message>
            <location filename="../ui/views/idle_warning.py" line="46" />
            <source>Are you still there?</source>
            <translation>هل ما زلت هنا؟</translation>
        </message>
        <message>
            <location filename="../ui/views/idle_warning.py" line="47" />
            <source>Yes, I am still reading</source>
            <translation>نعم، ما زلت أقرأ</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/views/idle_warning.py" line="58" />
            <source>%n second(s) left</source>
            <translation>
                <numerusform>بقيت %n ثانية</numerusform>
                <numerusform>بقيت ثانية واحدة</numerusform>
                <numerusform>بقيت ثانيتان</numerusform>
                <numerusform>بقيت %n ثوانٍ</numerusform>
                <numerusform>بقيت %n ثانية</numerusform>
                <numerusform>بقيت %n ثانية</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/views/idle_warning.py" line="61" />
            <source>To keep your reading private, the screen will start again for the next person in %n second(s). Tap anywhere to carry on.</source>
            <translation>
                <numerusform>للحفاظ على خصوصية قراءتك، ستبدأ الشاشة من جديد للشخص التالي بعد %n ثانية. اضغط في أي مكان للمتابعة.</numerusform>
                <numerusform>للحفاظ على خصوصية قراءتك، ستبدأ الشاشة من جديد للشخص التالي بعد ثانية واحدة. اضغط في أي مكان للمتابعة.</numerusform>
                <numerusform>للحفاظ على خصوصية قراءتك، ستبدأ الشاشة من جديد للشخص التالي بعد ثانيتين. اضغط في أي مكان للمتابعة.</numerusform>
                <numerusform>للحفاظ على خصوصية قراءتك، ستبدأ الشاشة من جديد للشخص التالي بعد %n ثوانٍ. اضغط في أي مكان للمتابعة.</numerusform>
                <numerusform>للحفاظ على خصوصية قراءتك، ستبدأ الشاشة من جديد للشخص التالي بعد %n ثانية. اضغط في أي مكان للمتابعة.</numerusform>
                <numerusform>للحفاظ على خصوصية قراءتك، ستبدأ الشاشة من جديد للشخص التالي بعد %n ثانية. اضغط في أي مكان للمتابعة.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LanguagePicker</name>
        <message>
            <location filename="../ui/views/language_picker.py" line="79" />
            <source>Choose your language</source>
            <translation>اختر لغتك</translation>
        </message>
        <message>
            <location filename="../ui/views/language_picker.py" line="80" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <location filename="../ui/views/pin_pad.py" line="72" />
            <source>Staff PIN</source>
            <translation>رمز الموظفين</translation>
        </message>
        <message>
            <location filename="../ui/views/pin_pad.py" line="73" />
            <source>Clear</source>
            <translation>مسح</translation>
        </message>
        <message>
            <location filename="../ui/views/pin_pad.py" line="74" />
            <source>OK</source>
            <translation>موافق</translation>
        </message>
        <message>
            <location filename="../ui/views/pin_pad.py" line="75" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/views/pin_pad.py" line="94" />
            <source>%n digit(s) entered</source>
            <translation>
                <numerusform>لم يُدخل أي رقم</numerusform>
                <numerusform>أُدخل رقم واحد</numerusform>
                <numerusform>أُدخل رقمان</numerusform>
                <numerusform>أُدخلت %n أرقام</numerusform>
                <numerusform>أُدخل %n رقمًا</numerusform>
                <numerusform>أُدخل %n رقم</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionController</name>
        <message>
            <location filename="../ui/session_controller.py" line="341" />
            <source>No staff PIN is set, so this screen cannot be opened. Ask IT to run 'kiosk hash-pin' and put the result in the settings file as admin.pin_hash.</source>
            <translation>لم يُضبط رمز للموظفين، لذلك لا يمكن فتح هذه الشاشة. اطلب من قسم تقنية المعلومات تشغيل 'kiosk hash-pin' ووضع النتيجة في ملف الإعدادات باسم admin.pin_hash.</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/session_controller.py" line="350" />
            <source>Too many wrong PINs. Try again in %n minute(s).</source>
            <translation>
                <numerusform>رموز خاطئة كثيرة. حاول مرة أخرى بعد %n دقيقة.</numerusform>
                <numerusform>رموز خاطئة كثيرة. حاول مرة أخرى بعد دقيقة واحدة.</numerusform>
                <numerusform>رموز خاطئة كثيرة. حاول مرة أخرى بعد دقيقتين.</numerusform>
                <numerusform>رموز خاطئة كثيرة. حاول مرة أخرى بعد %n دقائق.</numerusform>
                <numerusform>رموز خاطئة كثيرة. حاول مرة أخرى بعد %n دقيقة.</numerusform>
                <numerusform>رموز خاطئة كثيرة. حاول مرة أخرى بعد %n دقيقة.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/session_controller.py" line="355" />
            <source>Wrong PIN. %n tries left.</source>
            <translation>
                <numerusform>رمز خاطئ. لم تبقَ محاولات.</numerusform>
                <numerusform>رمز خاطئ. بقيت محاولة واحدة.</numerusform>
                <numerusform>رمز خاطئ. بقيت محاولتان.</numerusform>
                <numerusform>رمز خاطئ. بقيت %n محاولات.</numerusform>
                <numerusform>رمز خاطئ. بقيت %n محاولة.</numerusform>
                <numerusform>رمز خاطئ. بقيت %n محاولة.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/session_controller.py" line="359" />
            <source>Enter the staff PIN.</source>
            <translation>أدخل رمز الموظفين.</translation>
        </message>
    </context>
    <context>
        <name>SpeechMode</name>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="20" />
            <source>button</source>
            <translation>زر</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="21" />
            <source>link</source>
            <translation>رابط</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="22" />
            <source>link to a word's meaning</source>
            <translation>رابط إلى معنى كلمة</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="23" />
            <source>switch</source>
            <translation>مفتاح تبديل</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="24" />
            <source>heading</source>
            <translation>عنوان</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="25" />
            <source>on</source>
            <translation>مُفعّل</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="26" />
            <source>off</source>
            <translation>مُعطّل</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="27" />
            <source>selected</source>
            <translation>محدد</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="28" />
            <source>unavailable</source>
            <translation>غير متاح</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="29" />
            <source>Double tap to activate.</source>
            <translation>انقر مرتين للتفعيل.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="30" />
            <source>Press %1 to activate.</source>
            <translation>اضغط %1 للتفعيل.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="31" />
            <source>Double tap to hear what it means.</source>
            <translation>انقر مرتين لسماع معناها.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="32" />
            <source>Press %1 to hear what it means.</source>
            <translation>اضغط %1 لسماع معناها.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="34" />
            <source>Speech on. Swipe right or left, or press %1 and %2, to move from item to item. Double tap, or press %3, to choose. Press %4 to hear all the keys.</source>
            <translation>تم تشغيل الصوت. اسحب إلى اليمين أو اليسار، أو اضغط %1 و%2، للتنقل بين العناصر. انقر مرتين، أو اضغط %3، للاختيار. اضغط %4 لسماع كل المفاتيح.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="39" />
            <source>Speech off.</source>
            <translation>تم إيقاف الصوت.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="40" />
            <source>This screen can talk. To turn on speech, hold one finger anywhere on the screen for %1 seconds, or press any key on the keypad.</source>
            <translation>هذه الشاشة تستطيع التحدث. لتشغيل الصوت، ضع إصبعًا واحدًا في أي مكان على الشاشة لمدة %1 ثوانٍ، أو اضغط أي مفتاح في لوحة المفاتيح.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="45" />
            <source>Speech is not available at the moment.</source>
            <translation>الصوت غير متاح حاليًا.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="46" />
            <source>Speech on</source>
            <translation>الصوت مُفعّل</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="47" />
            <source>Home. Topics to choose from.</source>
            <translation>الرئيسية. مواضيع للاختيار منها.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="48" />
            <source>Page: %1.</source>
            <translation>الصفحة: %1.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="49" />
            <source>Topic: %1. Reading. Press %2 to pause, %3 and %4 for paragraphs, %5 and %6 for headings.</source>
            <translation>الموضوع: %1. جارٍ القراءة. اضغط %2 للإيقاف المؤقت، و%3 و%4 للتنقل بين الفقرات، و%5 و%6 للتنقل بين العناوين.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="53" />
            <source>End of the topic. Press %1 for the buttons below it.</source>
            <translation>نهاية الموضوع. اضغط %1 للوصول إلى الأزرار أسفله.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="56" />
            <source>Start of the topic.</source>
            <translation>بداية الموضوع.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="57" />
            <source>Paused.</source>
            <translation>متوقف مؤقتًا.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="58" />
            <source>Nothing to repeat yet.</source>
            <translation>لا يوجد ما يُعاد بعد.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="59" />
            <source>Faster.</source>
            <translation>أسرع.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="60" />
            <source>Slower.</source>
            <translation>أبطأ.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="61" />
            <source>Louder.</source>
            <translation>أعلى.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="62" />
            <source>Softer.</source>
            <translation>أخفض.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="63" />
            <source>Fastest.</source>
            <translation>أقصى سرعة.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="64" />
            <source>Slowest.</source>
            <translation>أبطأ سرعة.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="65" />
            <source>Loudest.</source>
            <translation>أعلى صوت.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="66" />
            <source>Softest.</source>
            <translation>أخفض صوت.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="67" />
            <source>Are you still there? To keep reading, press any key or double tap. Otherwise the screen starts over for the next person. Seconds left: %1.</source>
            <translation>هل ما زلت هنا؟ لمتابعة القراءة، اضغط أي مفتاح أو انقر مرتين. وإلا ستبدأ الشاشة من جديد للشخص التالي. الثواني المتبقية: %1.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="72" />
            <source>Seconds left: %1.</source>
            <translation>الثواني المتبقية: %1.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="73" />
            <source>Starting over for the next person. Speech off.</source>
            <translation>البدء من جديد للشخص التالي. تم إيقاف الصوت.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="74" />
            <source>The screen is locked for cleaning. Seconds left: %1.</source>
            <translation>الشاشة مقفلة للتنظيف. الثواني المتبقية: %1.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="75" />
            <source>Staff screen.</source>
            <translation>شاشة الموظفين.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="76" />
            <source>The kiosk is closed at the moment. Touch the screen to wake it.</source>
            <translation>الكشك مغلق في الوقت الحالي. المس الشاشة لإيقاظه.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="79" />
            <source>The keys:</source>
            <translation>المفاتيح:</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="80" />
            <source>%1: %2.</source>
            <translation>%1: %2.</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="81" />
            <source> or </source>
            <translation> أو </translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="84" />
            <source>previous item</source>
            <translation>العنصر السابق</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="85" />
            <source>next item</source>
            <translation>العنصر التالي</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="86" />
            <source>previous paragraph</source>
            <translation>الفقرة السابقة</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="87" />
            <source>next paragraph</source>
            <translation>الفقرة التالية</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="88" />
            <source>previous heading</source>
            <translation>العنوان السابق</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="89" />
            <source>next heading</source>
            <translation>العنوان التالي</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="90" />
            <source>choose</source>
            <translation>اختيار</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="91" />
            <source>back</source>
            <translation>رجوع</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="92" />
            <source>home</source>
            <translation>الرئيسية</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="93" />
            <source>these keys</source>
            <translation>هذه المفاتيح</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="94" />
            <source>repeat</source>
            <translation>إعادة</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="95" />
            <source>pause or go on</source>
            <translation>إيقاف مؤقت أو متابعة</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="96" />
            <source>louder</source>
            <translation>أعلى</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="97" />
            <source>softer</source>
            <translation>أخفض</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="98" />
            <source>faster</source>
            <translation>أسرع</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="99" />
            <source>slower</source>
            <translation>أبطأ</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="100" />
            <source>speech on or off</source>
            <translation>تشغيل الصوت أو إيقافه</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="105" />
            <source>plus</source>
            <translation>زائد</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="106" />
            <source>minus</source>
            <translation>ناقص</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="107" />
            <source>star</source>
            <translation>نجمة</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="108" />
            <source>slash</source>
            <translation>شرطة مائلة</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="109" />
            <source>dot</source>
            <translation>نقطة</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="110" />
            <source>space</source>
            <translation>مسافة</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="111" />
            <source>Num Lock</source>
            <translation>Num Lock</translation>
        </message>
        <message>
            <location filename="../ui/speech_mode/phrases.py" line="112" />
            <source>Enter</source>
            <translation>إدخال</translation>
        </message>
    </context>
    <context>
        <name>TakeHomeCard</name>
        <message>
            <location filename="../ui/views/take_home.py" line="128" />
            <source>Take this page home</source>
            <translation>خذ هذه الصفحة معك</translation>
        </message>
        <message>
            <location filename="../ui/views/take_home.py" line="130" />
            <source>Point your phone's camera at the square to open this information.</source>
            <translation>وجّه كاميرا هاتفك نحو المربع لفتح هذه المعلومات.</translation>
        </message>
        <message>
            <location filename="../ui/views/take_home.py" line="132" />
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <location filename="../ui/views/take_home.py" line="142" />
            <source>From %1</source>
            <translation>من %1</translation>
        </message>
        <message>
            <location filename="../ui/views/take_home.py" line="174" />
            <source>QR code for %1</source>
            <translation>رمز QR لـ %1</translation>
        </message>
    </context>
    <context>
        <name>TilePage</name>
        <message>
            <location filename="../ui/views/tile_page.py" line="76" />
            <source>In English</source>
            <translation>بالإنجليزية</translation>
        </message>
        <message>
            <location filename="../ui/views/tile_page.py" line="145" />
            <source>More below</source>
            <translation>المزيد في الأسفل</translation>
        </message>
    </context>
    <context>
        <name>ToolsBar</name>
        <message>
            <location filename="../ui/views/tools_bar.py" line="60" />
            <source>Clean screen</source>
            <translation>تنظيف الشاشة</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="79" />
            <source>Bigger text</source>
            <translation>نص أكبر</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="80" />
            <source>Biggest text</source>
            <translation>أكبر نص</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="81" />
            <source>Standard text</source>
            <translation>نص عادي</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="87" />
            <source>Standard colours</source>
            <translation>ألوان عادية</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="87" />
            <source>High contrast</source>
            <translation>تباين عالٍ</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="90" />
            <source>Language: %1</source>
            <translation>اللغة: %1</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="74" />
            <source>Text size: Standard</source>
            <translation>حجم النص: عادي</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="75" />
            <source>Text size: Large</source>
            <translation>حجم النص: كبير</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="76" />
            <source>Text size: Largest</source>
            <translation>حجم النص: الأكبر</translation>
        </message>
    </context>
    <context>
        <name>TopBar</name>
        <message>
            <location filename="../ui/views/top_bar.py" line="73" />
            <source>Home</source>
            <translation>الرئيسية</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="74" />
            <source>Back</source>
            <translation>رجوع</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="75" />
            <source>Blood cancer treatment explained</source>
            <translation>شرح علاج سرطان الدم</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="76" />
            <source>Stop</source>
            <translation>إيقاف</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="88" />
            <source>Listen</source>
            <translation>استمع</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="89" />
            <source>Pause</source>
            <translation>إيقاف مؤقت</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="90" />
            <source>Continue</source>
            <translation>متابعة</translation>
        </message>
    </context>
    <context>
        <name>TopicView</name>
        <message>
            <location filename="../ui/views/urgent_line.py" line="26" />
            <source>Call now, day or night</source>
            <translation>اتصل الآن، ليلًا أو نهارًا</translation>
        </message>
        <message>
            <location filename="../ui/views/urgent_line.py" line="29" />
            <source>A temperature of 37.5 degrees or above, or below 36, shivering, or suddenly feeling unwell: ring at once. Do not take paracetamol first.</source>
            <translation>حرارة 37.5 درجة أو أكثر، أو أقل من 36، أو رعشة، أو الشعور فجأة بالتوعك: اتصل فورًا. لا تتناول الباراسيتامول قبل الاتصال.</translation>
        </message>
        <message>
            <location filename="../ui/views/urgent_line.py" line="38" />
            <source>This hospital's 24-hour line</source>
            <translation>خط هذا المستشفى المتاح على مدار 24 ساعة</translation>
        </message>
        <message>
            <location filename="../ui/views/urgent_line.py" line="41" />
            <source>Ring the 24-hour number your team gave you.</source>
            <translation>اتصل بالرقم المتاح على مدار 24 ساعة الذي أعطاك إياه فريقك.</translation>
        </message>
        <message>
            <location filename="../ui/views/urgent_line.py" line="44" />
            <source>Very unwell, or hard to wake? Ring</source>
            <translation>توعك شديد، أو صعوبة في الاستيقاظ؟ اتصل بالرقم</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="138" />
            <source>Take this home</source>
            <translation>خذ هذا معك</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="162" />
            <source>This page is not yet in your language. Here it is in English.</source>
            <translation>هذه الصفحة غير متوفرة بالعربية بعد. إليك النسخة الإنجليزية.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="169" />
            <source>This translation is awaiting review by a clinician.</source>
            <translation>هذه الترجمة بانتظار مراجعة طبيب مختص.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="473" />
            <source>This information is awaiting clinical review.</source>
            <translation>هذه المعلومات في انتظار المراجعة السريرية.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="176" />
            <source>The English page has changed since this was translated.</source>
            <translation>تغيّرت الصفحة الإنجليزية منذ ترجمة هذه الصفحة.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="332" />
            <source>Who can I talk to?</source>
            <translation>مع من يمكنني التحدث؟</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="343" />
            <source>At this hospital</source>
            <translation>في هذا المستشفى</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="362" />
            <source>Words explained</source>
            <translation>شرح الكلمات</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="377" />
            <source>Explain the word %1</source>
            <translation>اشرح كلمة %1</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="394" />
            <source>Thank you for telling us.</source>
            <translation>شكرًا لإخبارنا.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="397" />
            <source>Was this page helpful?</source>
            <translation>هل كانت هذه الصفحة مفيدة؟</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="402" />
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="408" />
            <source>No</source>
            <translation>لا</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="444" />
            <source>Related questions</source>
            <translation>أسئلة ذات صلة</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="461" />
            <source>About this information</source>
            <translation>عن هذه المعلومات</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="476" />
            <source>Written from: %1.</source>
            <translation>كُتبت استنادًا إلى: %1.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_page.py" line="468" />
            <source>Last checked %1. Next check due %2.</source>
            <translation>آخر مراجعة %1. المراجعة القادمة %2.</translation>
        </message>
    </context>
</TS>