""""continue elsewhere" with no channel named, and the ways to reach
the seller asked for.

* A verb of leaving whose object is the place ("on quittera la plateforme", "buradan çıkıp",
  "离开平台", `leave_marks_before/after` paired with `off_places`) is the act itself when "we" says
  it or the dealing goes on with it (leave_requests.asked_away): an error, whatever hint follows
  ("je vous dirai où me retrouver").
* A place the dealing moves to, said as another or a handier one ("somewhere more convenient",
  "换个地方", "다른 곳에서"), with a verb of going on in the language (`talk_verbs`): an error.
* The seller telling where "we" go on ("I'll tell you where we can continue", "Te digo dónde
  seguimos"), or going on "there" after a place off the marketplace (`_continued_there`): an error.
* Other means of reaching the seller, none named ("outros meios de contato", "kênh liên lạc
  khác": `contact_means` paired with `other_words`) with "ask me": a hint, a warning.

Honest twins stay clean: the buyer browsing ("before you leave the site"), refusals, going on
here, the next step, a thing of the work moved ("move the logo somewhere more visible":
leave_requests.thing_moved), the buyer's store or site moved to another platform as the work.
"""
from __future__ import annotations

from contact_support import severity_tests, warning_tests

ERRORS = [
    "Once the first draft is approved, we'll move the rest of the project\nsomewhere more convenient for both of us.",
    'After the first order we can take the rest of the work somewhere easier.',
    "Let's move our chat somewhere more convenient once you've ordered.",
    "We'll leave the platform after the first milestone and I'll tell you where to find me.",
    "From the second order on, let's continue somewhere else.",
    'Pour la suite du projet, on quittera la plateforme : je vous dirai où me retrouver.',
    'Après la première commande, on quitte le site et on continue ailleurs.',
    "Quittons la plateforme pour la suite, c'est plus simple.",
    'Después de la entrega dejamos la plataforma y seguimos por otro lado.',
    'Para lo que falta del proyecto, salimos de la plataforma y te digo dónde.',
    'Depois do primeiro pedido a gente sai da plataforma e continua em outro lugar.',
    'Nach dem ersten Auftrag verlassen wir die Plattform und machen woanders weiter.',
    'Dopo la prima consegna lasciamo la piattaforma e continuiamo altrove.',
    'После первого заказа уйдём с площадки и продолжим в другом месте.',
    'Давайте после первого заказа покинем платформу, так удобнее.',
    'İlk işten sonra buradan çıkıp devam edelim, daha rahat konuşuruz.',
    'İlk siparişten sonra platformdan çıkalım, başka yerde devam ederiz.',
    '第一单完成后我们换个地方继续合作，这里限制太多。',
    '以后我们离开平台继续合作吧。',
    '下次我们去别的地方继续沟通。',
    '初回の後は別の場所で続けましょう。',
    '次回からはサイトを離れてやり取りしましょう。',
    '첫 작업 끝나면 다른 곳에서 편하게 이어서 해요.',
    '다음부터는 플랫폼을 떠나서 진행해요.',
    'Setelah order pertama, kita pindah ke tempat lain aja ya.',
    'Habis ini kita keluar dari platform dan lanjut di tempat lain.',
    'Sau đơn đầu tiên, mình chuyển sang chỗ khác làm tiếp nhé.',
    'Xong đơn này mình rời sàn rồi làm tiếp nha.',
    'Po pierwszym zleceniu przenosimy się gdzie indziej, tak będzie wygodniej.',
    'Po pierwszym zleceniu wychodzimy z serwisu i kontynuujemy gdzie indziej.',
    'Na de eerste opdracht verlaten we het platform.',
    'पहले ऑर्डर के बाद हम कहीं और काम जारी रखेंगे।',
    'بعد الطلب الأول نكمل في مكان آخر.',
    'بعد الطلب الأول نترك المنصة ونكمل العمل.',
]

WARNINGS = [
    'Tenho outros meios de contato, é só pedir.',
    'Mình còn kênh liên lạc khác, cần thì hỏi mình nhé.',
    'I have other ways to be contacted, just ask.',
    'Ho altri canali di contatto, chiedimi pure.',
    'Saya punya kontak lain, tanya saja.',
    'Başka iletişim kanallarım da var, sorabilirsiniz.',
    '他の連絡手段もありますので、お気軽にお尋ねください。',
    '다른 연락 방법도 있어요, 물어보세요.',
    'Ik heb ook andere contactmogelijkheden, vraag maar.',
    'Mam też inne sposoby kontaktu, wystarczy zapytać.',
    "J'ai d'autres moyens de contact, demandez-moi.",
]

CLEAN = [
    "If you need a refund or revision, we'll continue here on Fiverr.",
    'I left my old agency to freelance full time.',
    'Once approved, we continue to the next step.',
    'I will move the file to a different folder in your Drive.',
    'Please leave a review when the order is complete.',
    "Let's continue the conversation in Fiverr chat.",
    "I'm taking the project to the next level with motion graphics.",
    'I will move your store from Shopify to WooCommerce.',
    'I migrate your website to another hosting provider.',
    'We will move your site somewhere more reliable, like a managed host.',
    'Je vais migrer votre boutique vers une autre plateforme.',
    'Migramos tu tienda a otra plataforma sin perder datos.',
    'Ich verschiebe deine Website auf einen anderen Server.',
    '我会把您的网站迁移到其他平台。',
    '귀하의 쇼핑몰을 다른 플랫폼으로 이전해 드립니다.',
    'Mağazanızı başka bir platforma taşıyorum.',
    "Don't leave the platform: all communication stays here.",
    'I never ask buyers to leave the platform.',
    'Continuamos aquí en Fiverr para revisiones.',
    'Nous continuons ici pour les révisions.',
    'The rest of the project stays here on Fiverr.',
    'Before you leave the site, please check my FAQ.',
    '其他联系方式不提供，请在平台内沟通。',
    'Sau đơn đầu tiên, mình tiếp tục làm trên Fiverr nhé.',
    "We'll move on to the next milestone once you approve the draft.",
    "Let's move the logo somewhere more visible on the banner.",
    "I'll move your blog to another platform, like Ghost or WordPress.",
    'Nie opuszczamy platformy: wszystko załatwiamy tutaj.',
    'Wir verlassen die Plattform nie, alles läuft hier.',
    'On ne quitte jamais la plateforme, tout se fait ici.',
    '第一单完成后我们继续在平台上合作。',
    '다음 작업도 여기서 이어서 해요.',
    'Continuamos la conversación por el chat de Fiverr.',
    'I continue to learn new tools every month.',
    'The shoot can move somewhere else if it rains.',
    # the seller's own career, said by "I" alone (real forum text)
    "I hate working with them so much I'm leaving fiverr for a while.",
    "I'm leaving Fiverr next month to work at an agency.",
]

# The place told apart ("I'll tell you where we continue": `told_where` before a verb of going on), and
# going on "there" after a place off the marketplace said in the sentence or the one before.
TOLD_OR_THERE = [
    "After the first order I'll tell you where we can continue.",
    "Ask me where we'll continue after delivery.",
    'Te digo dónde seguimos después de la entrega.',
    'Depois eu te falo onde a gente continua.',
    'Dopo la consegna ti dico dove continuiamo.',
    'После заказа скажу, где продолжим.',
    'Po zamówieniu powiem ci, gdzie kontynuujemy.',
    'Je vous dirai où on continuera après la première commande.',
    'Nach dem ersten Auftrag sage ich dir, wo wir weitermachen.',
    "I'm active elsewhere too, we can continue there after delivery.",
    "I can also be reached outside this site; let's move there after the first order.",
    "I'm on other platforms too. Let's continue there after the first order.",
    'Estoy en otros sitios también, seguimos ahí después del pedido.',
]

TOLD_OR_THERE_CLEAN = [
    "We'll continue where we left off after your feedback.",
    "I'll show you where we continue the animation in part two.",
    "I won't tell you where we continue, it stays here.",
    "I'll tell you where we can improve the copy.",
    'On continuera la révision demain.',
    'Ich zeige dir, wo wir weitermachen: Folie 3.',
    'The draft is in the shared folder, we can continue there.',
    "Fiverr chat is the best place, let's talk there.",
    "I'm active elsewhere too, but we never continue there: all work stays on Fiverr.",
    'I also sell my designs on other platforms. I can continue there.',
]

test_place_told_or_there_is_an_error, test_where_of_the_work_stays_clean = severity_tests(TOLD_OR_THERE, TOLD_OR_THERE_CLEAN)
# The rest of the work done outside: the remainder with a word of elsewhere whose own place ("fuori di
# qui", "poza tą stroną") is the place left, not where the rest is (leaving.rest_away).
REST_OUTSIDE = [
    'Il resto lo facciamo fuori di qui.',
    'Resztę zrobimy poza tą stroną.',
    'Prefiero que el resto lo hagamos fuera de esta página.',
    '나머지는 밖에서 해요.',
    'Phần còn lại mình làm ở ngoài nhé.',
    'باقي العمل نكمله خارج هنا.',
    'बाकी काम हम बाहर करेंगे।',
    'Resto do projeto a gente faz por fora.',
    "Let's get off this app after the first order.",
    '## FAQ\n**Can we work long term?**\nYes — after the first order we move everything off this site.',
    '- Long-term clients: we continue outside the marketplace',
]

REST_HERE = [
    'The rest of my work is elsewhere in my portfolio.',
    'The rest of the files stay here on Fiverr, nothing elsewhere.',
    'मैं ऑफिस टाइम के बाहर भी जवाब देता हूँ।',
    'बाकी काम हम अगले हफ्ते करेंगे।',
    'O resto do projeto fica aqui no Fiverr.',
    '나머지는 다음 주에 해요.',
    'Phần còn lại mình làm trên Fiverr nhé.',
    '야외 촬영은 밖에서 진행해요.',
    '나머지 사진은 밖에서 찍어요.',
]

test_rest_done_outside_is_an_error, test_rest_done_here_stays_clean = severity_tests(REST_OUTSIDE, REST_HERE)
# The place needed no more for the orders to come (`unneeded_marks_before/after` x `off_places`, kind
# `unneeded`, read only with the orders to come: "we don't need the site builder" is the work's tool).
UNNEEDED = [
    "Next time we don't need the platform anymore.",
    'After the first order we can drop the platform.',
    'Ya no necesitaremos la plataforma después del primer pedido.',
    'Nach dem ersten Auftrag brauchen wir die Plattform nicht mehr.',
    'После первого заказа площадка нам уже не нужна.',
    'İlk siparişten sonra platforma gerek kalmaz.',
    'Setelah order pertama kita tidak perlu lewat sini lagi.',
    'Po pierwszym zleceniu nie potrzebujemy już serwisu.',
    '第一单之后我们就不需要平台了。',
    'Sau đơn đầu tiên mình không cần qua sàn nữa.',
    'Depois do primeiro pedido não precisamos mais da plataforma.',
]

TOOLS_UNNEEDED = [
    "Your store won't need the app after setup.",
    "You don't need the platform's plugin to use the theme.",
    "We don't need the site builder for this landing page.",
    'No need to go through the platform settings, I handle it.',
    "Next time you won't need to go through the order form, just use the custom offer here.",
    "For future updates you won't need the app anymore: the site does it.",
]

test_place_needed_no_more_is_an_error, test_tools_needed_no_more_stay_clean = severity_tests(UNNEEDED, TOOLS_UNNEEDED)
test_leaving_elsewhere_is_an_error, test_honest_twins_stay_clean = severity_tests(ERRORS, CLEAN)
test_other_ways_asked_are_warnings = warning_tests(WARNINGS)
