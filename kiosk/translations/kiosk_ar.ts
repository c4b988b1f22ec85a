<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>AdminPanel</name>
        <message>
            <location filename="../ui/views/admin_panel.py" line="97" />
            <source>Staff screen</source>
            <translation>شاشة الموظفين</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="98" />
            <source>Reload content</source>
            <translation>إعادة تحميل المحتوى</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="99" />
            <source>Clean screen</source>
            <translation>تنظيف الشاشة</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="100" />
            <source>Restart kiosk</source>
            <translation>إعادة تشغيل الكشك</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="101" />
            <source>Exit to desktop</source>
            <translation>الخروج إلى سطح المكتب</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="102" />
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="124" />
            <source>Roll back content</source>
            <translation>العودة إلى المحتوى السابق</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="125" />
            <source>Use bundled content</source>
            <translation>استخدام المحتوى المرفق</translation>
        </message>
        <message>
            <location filename="../ui/views/admin_panel.py" line="145" />
            <source>Usage</source>
            <translation>الاستخدام</translation>
        </message>
    </context>
    <context>
        <name>AttractView</name>
        <message>
            <location filename="../ui/views/attract_view.py" line="74" />
            <source>Questions about blood cancer treatment?</source>
            <translation>هل لديك أسئلة عن علاج سرطان الدم؟</translation>
        </message>
        <message>
            <location filename="../ui/views/attract_view.py" line="76" />
            <source>Plain answers about remission, relapse, CAR-T, transplant and support.</source>
            <translation>إجابات بسيطة عن الهدأة والانتكاس وعلاج CAR-T وزراعة الخلايا الجذعية والدعم.</translation>
        </message>
        <message>
            <location filename="../ui/views/attract_view.py" line="106" />
            <source>Touch the screen to start</source>
            <translation>المس الشاشة للبدء</translation>
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
            <location filename="../ui/views/home_view.py" line="21" />
            <source>Questions about blood cancer treatment</source>
            <translation>أسئلة عن علاج سرطان الدم</translation>
        </message>
        <message>
            <location filename="../ui/views/home_view.py" line="22" />
            <source>Tap a question to read the answer.</source>
            <translation>اضغط على سؤال لقراءة الإجابة.</translation>
        </message>
        <message>
            <location filename="../ui/views/home_view.py" line="22" />
            <source>No information is ready to show yet. Please ask a member of staff.</source>
            <translation>لا توجد معلومات جاهزة للعرض بعد. يُرجى سؤال أحد الموظفين.</translation>
        </message>
        <message>
            <location filename="../ui/views/home_view.py" line="27" />
            <source>More questions</source>
            <translation>أسئلة أخرى</translation>
        </message>
    </context>
    <context>
        <name>IdleWarning</name>
        <message>
            <location filename="../ui/views/idle_warning.py" line="44" />
            <source>Are you still there?</source>
            <translation>هل ما زلت هنا؟</translation>
        </message>
        <message>
            <location filename="../ui/views/idle_warning.py" line="45" />
            <source>Yes, I am still reading</source>
            <translation>نعم، ما زلت أقرأ</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/views/idle_warning.py" line="56" />
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
            <location filename="../ui/views/idle_warning.py" line="59" />
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
            <location filename="../ui/views/language_picker.py" line="54" />
            <source>Choose your language</source>
            <translation>اختر لغتك</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <location filename="../ui/views/pin_pad.py" line="71" />
            <source>Staff PIN</source>
            <translation>رمز الموظفين</translation>
        </message>
        <message>
            <location filename="../ui/views/pin_pad.py" line="72" />
            <source>Clear</source>
            <translation>مسح</translation>
        </message>
        <message>
            <location filename="../ui/views/pin_pad.py" line="73" />
            <source>OK</source>
            <translation>موافق</translation>
        </message>
        <message>
            <location filename="../ui/views/pin_pad.py" line="74" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/views/pin_pad.py" line="93" />
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
            <location filename="../ui/session_controller.py" line="339" />
            <source>No staff PIN is set, so this screen cannot be opened. Ask IT to run 'kiosk hash-pin' and put the result in the settings file as admin.pin_hash.</source>
            <translation>لم يُضبط رمز للموظفين، لذلك لا يمكن فتح هذه الشاشة. اطلب من قسم تقنية المعلومات تشغيل 'kiosk hash-pin' ووضع النتيجة في ملف الإعدادات باسم admin.pin_hash.</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/session_controller.py" line="348" />
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
            <location filename="../ui/session_controller.py" line="353" />
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
            <location filename="../ui/session_controller.py" line="356" />
            <source>Enter the staff PIN.</source>
            <translation>أدخل رمز الموظفين.</translation>
        </message>
    </context>
    <context>
        <name>TakeHomeCard</name>
        <message>
            <location filename="../ui/views/take_home.py" line="77" />
            <source>Take this page home</source>
            <translation>خذ هذه الصفحة معك</translation>
        </message>
        <message>
            <location filename="../ui/views/take_home.py" line="79" />
            <source>Point your phone's camera at the square to open this information.</source>
            <translation>وجّه كاميرا هاتفك نحو المربع لفتح هذه المعلومات.</translation>
        </message>
        <message>
            <location filename="../ui/views/take_home.py" line="81" />
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <location filename="../ui/views/take_home.py" line="91" />
            <source>From %1</source>
            <translation>من %1</translation>
        </message>
        <message>
            <location filename="../ui/views/take_home.py" line="97" />
            <source>QR code for %1</source>
            <translation>رمز QR لـ %1</translation>
        </message>
    </context>
    <context>
        <name>ToolsBar</name>
        <message>
            <location filename="../ui/views/tools_bar.py" line="48" />
            <source>Clean screen</source>
            <translation>تنظيف الشاشة</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="57" />
            <location filename="../ui/views/tools_bar.py" line="61" />
            <source>Bigger text</source>
            <translation>نص أكبر</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="58" />
            <source>Biggest text</source>
            <translation>أكبر نص</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="59" />
            <source>Standard text</source>
            <translation>نص عادي</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="63" />
            <source>Standard colours</source>
            <translation>ألوان عادية</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="63" />
            <source>High contrast</source>
            <translation>تباين عالٍ</translation>
        </message>
        <message>
            <location filename="../ui/views/tools_bar.py" line="66" />
            <source>Language: %1</source>
            <translation>اللغة: %1</translation>
        </message>
    </context>
    <context>
        <name>TopBar</name>
        <message>
            <location filename="../ui/views/top_bar.py" line="60" />
            <source>Home</source>
            <translation>الرئيسية</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="61" />
            <source>Back</source>
            <translation>رجوع</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="62" />
            <source>Blood cancer treatment explained</source>
            <translation>شرح علاج سرطان الدم</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="63" />
            <source>Stop</source>
            <translation>إيقاف</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="75" />
            <source>Listen</source>
            <translation>استمع</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="76" />
            <source>Pause</source>
            <translation>إيقاف مؤقت</translation>
        </message>
        <message>
            <location filename="../ui/views/top_bar.py" line="77" />
            <source>Continue</source>
            <translation>متابعة</translation>
        </message>
    </context>
    <context>
        <name>TopicView</name>
        <message>
            <location filename="../ui/views/topic_view.py" line="103" />
            <source>Take this home</source>
            <translation>خذ هذا معك</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="126" />
            <source>This page is not yet in your language. Here it is in English.</source>
            <translation>هذه الصفحة غير متوفرة بالعربية بعد. إليك النسخة الإنجليزية.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="128" />
            <source>This translation is awaiting review by a clinician.</source>
            <translation>هذه الترجمة بانتظار مراجعة طبيب مختص.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="128" />
            <source>This information is awaiting clinical review.</source>
            <translation>هذه المعلومات في انتظار المراجعة السريرية.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="128" />
            <source>The English page has changed since this was translated.</source>
            <translation>تغيّرت الصفحة الإنجليزية منذ ترجمة هذه الصفحة.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="252" />
            <source>Who can I talk to?</source>
            <translation>مع من يمكنني التحدث؟</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="261" />
            <source>At this hospital</source>
            <translation>في هذا المستشفى</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="277" />
            <source>Words explained</source>
            <translation>شرح الكلمات</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="291" />
            <source>Explain the word %1</source>
            <translation>اشرح كلمة %1</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="305" />
            <source>Thank you for telling us.</source>
            <translation>شكرًا لإخبارنا.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="306" />
            <source>Was this page helpful?</source>
            <translation>هل كانت هذه الصفحة مفيدة؟</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="310" />
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="313" />
            <source>No</source>
            <translation>لا</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="349" />
            <source>Related questions</source>
            <translation>أسئلة ذات صلة</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="365" />
            <source>About this information</source>
            <translation>عن هذه المعلومات</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="368" />
            <source>Written from: %1.</source>
            <translation>كُتبت استنادًا إلى: %1.</translation>
        </message>
        <message>
            <location filename="../ui/views/topic_view.py" line="370" />
            <source>Last checked %1. Next check due %2.</source>
            <translation>آخر مراجعة %1. المراجعة القادمة %2.</translation>
        </message>
    </context>
</TS>