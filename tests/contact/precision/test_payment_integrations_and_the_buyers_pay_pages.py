"""Payment services as the work stay clean (integrations, invoice templates, the buyer's payment
pages, payment said in many languages with the platform as the way), each beside the
seller's twin that stays an error: a written identifier, a route outside, a request to leave."""
from __future__ import annotations

from contact_support import severity_tests

CLEAN = [  # hard negatives an editor approves (language in the comment)
    # payment integrations, invoices and the buyer's payment pages
    "I will integrate Stripe and PayPal checkout into your WooCommerce store, with test orders and refunds.",  # en
    "Integro pasarelas de pago (Stripe, PayPal, Mercado Pago) en tu tienda Shopify.",  # es
    "Je configure le paiement Stripe et PayPal sur votre boutique PrestaShop.",  # fr
    "Ich erstelle Rechnungsvorlagen in Excel mit Feldern für IBAN, BIC und Zahlungsziel.",  # de
    "Configuro o Pix e o Mercado Pago na sua loja virtual, com QR Code gerado automaticamente para seus clientes.",  # pt
    "Creo il modello di fattura per la tua attività con IBAN e dati fiscali da compilare.",  # it
    "Ik koppel iDEAL en Mollie aan je webshop, inclusief testbetalingen.",  # nl
    "Zintegruję płatności BLIK i Przelewy24 z Twoim sklepem na WooCommerce.",  # pl
    "Настрою приём платежей через ЮKassa на вашем сайте: тестовые платежи, возвраты, чеки по 54-ФЗ.",  # ru
    "Налаштую оплату через LiqPay і Monobank на вашому сайті.",  # uk
    "Web sitenize iyzico ve PayTR ödeme altyapısını entegre ederim.",  # tr
    "أدمج بوابات الدفع مثل PayPal وStripe في متجرك الإلكتروني.",  # ar
    "मैं आपकी वेबसाइट में Razorpay और UPI पेमेंट गेटवे जोड़ दूँगा।",  # hi
    "为你的小程序接入微信支付和支付宝，包含退款流程测试。",  # zh
    "ネットショップにPayPayとStripe決済を導入します。テスト決済も対応。",  # ja
    "쇼핑몰에 토스페이먼츠와 카카오페이 결제를 연동해 드립니다.",  # ko
    "Saya integrasikan Midtrans dan QRIS ke toko online Anda.",  # id
    "Tích hợp cổng thanh toán MoMo và VNPay cho website của bạn.",  # vi
    "Invoice design: your logo, bank details fields and payment terms, delivered as an editable template.",  # en
    "Bookkeeping: I reconcile your PayPal and Stripe payouts with your bank statements in Xero.",  # en
    "Diseño tu factura con campos para CBU, alias y forma de pago de tus clientes.",  # es
    "Ich richte für deinen Verein SEPA-Lastschrift und PayPal-Spendenbutton ein.",  # de
    "Je rédige vos conditions générales de vente : modes de paiement, virement, délais.",  # fr
    "Jag kopplar Swish och Klarna till din webbutik.",  # sv
    "I write your refund policy: when customers get their money back, by card or PayPal.",  # en
    "Redacto los textos de tu página de pagos: tarjeta, transferencia, Bizum y efectivo.",  # es
    "Ich übersetze deine AGB inklusive Zahlungsbedingungen (Vorkasse, Rechnung, PayPal).",  # de
    "Traduction de votre page FAQ : livraison, retours, paiement par carte ou virement.",  # fr
    "Напишу тексты для раздела «Оплата и доставка»: карта, СБП, наложенный платёж.",  # ru
    "为你的网店撰写“支付与配送”页面：支持微信支付、支付宝和银行卡。",  # zh
    "ネットショップの「お支払い方法」ページを作成します（クレジットカード・銀行振込・代引き）。",  # ja
    "Crio a página de pagamento da sua loja com Pix, boleto e cartão.",  # pt
    "أكتب صفحة طرق الدفع لمتجرك: بطاقة، تحويل بنكي، الدفع عند الاستلام.",  # ar
    "Crypto payment page for your shop: I connect Coinbase Commerce and show BTC/USDT prices.",  # en
    "आपकी दुकान के लिए UPI QR कोड वाला पोस्टर डिज़ाइन करूँगा।",  # hi
    # payment said in many languages: the platform as the way, refusals
    "Оплата только через сайт, после оплаты заказа начинаю работу.",  # ru
    "所有款项均通过平台支付，验收后平台放款。",  # zh
    "お支払いはすべてプラットフォーム上で完結します。",  # ja
    "결제는 플랫폼에서만 가능하며 주문 후 작업을 시작합니다.",  # ko
    "الدفع يتم فقط من خلال المنصة، وأبدأ العمل بعد تأكيد الطلب.",  # ar
    "भुगतान केवल प्लेटफ़ॉर्म के माध्यम से होगा, ऑर्डर के बाद काम शुरू।",  # hi
    "Ödeme yalnızca platform üzerinden yapılır; sipariş sonrası başlarım.",  # tr
    "ชำระเงินผ่านแพลตฟอร์มเท่านั้น เริ่มงานหลังสั่งซื้อ",  # th
    "Thanh toán chỉ qua nền tảng, mình bắt đầu sau khi bạn đặt hàng.",  # vi
    "Pembayaran hanya lewat platform; saya mulai setelah order masuk.",  # id
    "Płatność wyłącznie przez platformę, zaczynam po złożeniu zamówienia.",  # pl
    "Оплата лише через платформу; починаю після замовлення.",  # uk
    "پرداخت فقط از طریق پلتفرم انجام می‌شود.",  # fa
    "התשלום מתבצע דרך הפלטפורמה בלבד.",  # he
    "El pago se hace por la plataforma al hacer el pedido; el extra también.",  # es
    "Bezahlt wird über Fiverr beim Bestellen; Extras ebenso.",  # de
    "Le paiement passe par la plateforme à la commande, les options aussi.",  # fr
    "O pagamento é feito pela plataforma no pedido; extras também.",  # pt
    "Il pagamento avviene tramite la piattaforma al momento dell'ordine.",  # it
    "Betaling verloopt via het platform bij de bestelling.",  # nl
    "결제 관련 문의는 크몽 메시지로 주세요. 외부 결제는 받지 않습니다.",  # ko
    "お支払いはココナラの決済のみ。銀行振込での直接取引は行いません。",  # ja
    "付款只走平台，不接受私下转账。",  # zh
    "ชำระเงินผ่านระบบของแพลตฟอร์มเท่านั้น ไม่รับโอนตรง",  # th
    "Thanh toán qua sàn, mình không nhận chuyển khoản riêng.",  # vi
    "Pembayaran lewat platform saja; saya tidak menerima transfer langsung.",  # id
    "Оплата проходит через Fiverr; переводы на карту не принимаю.",  # ru
    "الدفع عبر المنصة فقط، ولا أقبل التحويل المباشر.",  # ar
    "El pago va por Fiverr al hacer el pedido; no acepto transferencias aparte.",  # es
    "O pagamento é pela Fiverr; não aceito Pix por fora.",  # pt
    "Ödeme Fiverr üzerinden; ayrıca havale kabul etmiyorum.",  # tr
    "Bezahlung nur über Fiverr, keine Überweisungen nebenbei.",  # de
    "Nitaunganisha M-Pesa kwenye duka lako la mtandaoni, pamoja na majaribio ya malipo.",  # sw
    "আপনার ওয়েবসাইটে বিকাশ ও নগদ পেমেন্ট গেটওয়ে যুক্ত করে দেব।",  # bn
    "آپ کی ویب سائٹ پر JazzCash اور Easypaisa پیمنٹ لگا دوں گا۔",  # ur
    "درگاه زرین‌پال را روی سایت شما نصب می‌کنم.",  # fa
    "Saya pasang FPX dan DuitNow pada kedai online anda.",  # ms
    "Ikokonekta ko ang GCash at Maya sa online shop mo.",  # tl
    "Integrez Netopia și Revolut Pay în magazinul tău online.",  # ro
    "Ενσωματώνω Viva Wallet και PayPal στο e-shop σου.",  # el
    "Beépítem a SimplePay és a Barion fizetést a webshopodba.",  # hu
    "Napojím platby GoPay a Comgate do vašeho e-shopu.",  # cs
    "Jag bygger din webbutik med Swish och Klarna i kassan.",  # sv
    "ติดตั้งระบบชำระเงินพร้อมเพย์ในร้านค้าของคุณ",  # th
    "אני מחבר את Bit ו-PayBox לחנות האונליין שלך.",  # he
    "Підключу оплату через WayForPay до вашого магазину.",  # uk
    "결제는 크몽 안전결제로만 진행되며, 계좌이체 요청은 정중히 거절합니다.",  # ko
    "付款均通过平台担保交易完成，请勿私下转账。",  # zh
    "決済はサイトの仮払い制度を利用します。個人間送金はできません。",  # ja
    "جميع المدفوعات عبر نظام المنصة الآمن، ولا أطلب أي تحويل خارجي.",  # ar
]

ERRORS = [  # the seller's twin of each: a written identifier, a route outside, a request to leave
    # payment integrations, invoices and the buyer's payment pages
    "Pay me directly via PayPal to skip the fees and you get 10% off.",  # en
    "Págame por Mercado Pago directamente y te hago descuento.",  # es
    "Payez-moi directement par PayPal, hors plateforme, c'est moins cher.",  # fr
    "Überweise den Betrag direkt auf mein Konto, dann sparen wir die Gebühr.",  # de
    "Pode me pagar pelo Pix direto, sem a taxa da plataforma.",  # pt
    "Pagami con bonifico diretto sul mio conto, così evitiamo le commissioni.",  # it
    "Betaal me liever direct via Tikkie buiten het platform, dan scheelt het kosten.",  # nl
    "Zapłać mi BLIKiem bezpośrednio, taniej niż przez platformę.",  # pl
    "Оплату переводите мне напрямую на карту Сбербанка, без комиссии площадки.",  # ru
    "Оплата напряму мені на картку Monobank, без комісії сайту.",  # uk
    "Ödemeyi doğrudan IBAN'ıma yaparsanız komisyon ödemeyiz.",  # tr
    "ادفع لي مباشرة عبر PayPal خارج المنصة لتوفير العمولة.",  # ar
    "直接微信转账给我，不走平台，可以便宜一点。",  # zh
    "手数料節約のため、PayPayで直接私に支払ってください。",  # ja
    "수수료 아끼려면 카카오페이로 저에게 직접 송금해 주세요.",  # ko
    "Transfer langsung ke rekening BCA saya saja biar tanpa potongan.",  # id
    "Chuyển khoản trực tiếp cho mình qua MoMo để khỏi mất phí sàn.",  # vi
    "Send the payment to my bank account instead and I'll send the files.",  # en
    "For repeat orders, just PayPal me outside Fiverr.",  # en
    "Pasame la plata a mi alias de Mercado Pago y arrancamos.",  # es
    "Réglez-moi par virement direct, je vous donne mon RIB.",  # fr
    "Refunds? I refund you by PayPal directly, not through Fiverr.",  # en
    "Puedes pagarme por Bizum al 612 345 678.",  # es
    "Paiement par virement direct sur mon compte, merci.",  # fr
    "Оплата мне по СБП на номер 8 916 123-45-67.",  # ru
    "付款请用支付宝直接转我，账号 138 0013 8000。",  # zh
    "お支払いは私の口座へ銀行振込でお願いします。",  # ja
    "Me paga no Pix: minha chave é o CPF 123.456.789-09.",  # pt
    "Ödemeyi havale/EFT ile bana yapın, daha ucuz.",  # tr
    "حوّل المبلغ إلى حسابي البنكي مباشرة.",  # ar
    "Pay me in USDT to my wallet TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE.",  # en
    # payment said in many languages: the platform as the way, refusals
    "Оплата только на карту, после перевода начинаю работу.",  # ru
    "所有款项请直接转到我的支付宝，验收后再补尾款。",  # zh
    "お支払いは銀行振込で私の口座へ直接お願いします。",  # ja
    "الدفع يتم بتحويل بنكي إلى حسابي مباشرة قبل البدء.",  # ar
    "Ödemeyi banka hesabıma havale edin, sonra başlarım.",  # tr
    "Chuyển khoản thẳng vào tài khoản của mình là mình làm liền.",  # vi
    "Bayarnya transfer langsung ke rekening saya, nanti saya mulai.",  # id
    "Płatność przelewem na moje konto, zaczynam po wpłacie.",  # pl
    "Оплата переказом на мою картку; починаю після оплати.",  # uk
    "Le paiement se fait par virement sur mon compte à la commande.",  # fr
    "O pagamento é feito por Pix na minha conta antes do pedido.",  # pt
    "Il pagamento avviene con bonifico sul mio conto prima dell'ordine.",  # it
    "Betaling verloopt via overschrijving naar mijn rekening.",  # nl
    "銀行振込での直接取引も可能です。",  # ja
    "付款可以私下转账，更便宜。",  # zh
    "รับโอนตรงเข้าบัญชีได้ ถูกกว่า",  # th
    "Saya terima transfer langsung, lebih murah dari platform.",  # id
    "Можно перевести на карту, так дешевле.",  # ru
    "Aceito Pix por fora, sai mais barato.",  # pt
    "Ayrıca havale de kabul ediyorum, Fiverr dışında.",  # tr
    "Überweisung nebenbei geht auch, ohne Fiverr.",  # de
    "Nilipe moja kwa moja kwa M-Pesa, bila ada ya Fiverr.",  # sw
    "সরাসরি আমার বিকাশে টাকা পাঠান, ফাইভারের বাইরে।",  # bn
    "Bayar terus ke akaun bank saya, tak payah guna Fiverr.",  # ms
    "Magbayad ka na lang direkta sa GCash ko, walang fee.",  # tl
    "Plătește-mi direct pe Revolut, în afara platformei.",  # ro
    "Πλήρωσέ με απευθείας στο PayPal, εκτός πλατφόρμας.",  # el
    "โอนพร้อมเพย์มาที่ผมโดยตรง ไม่ต้องผ่านแพลตฟอร์ม",  # th
    "Платіть мені напряму на картку, поза платформою.",  # uk
    "크몽 말고 계좌이체로 직접 주시면 할인해 드려요.",  # ko
]

test_errors, test_honest_sentences_stay_clean = severity_tests(ERRORS, CLEAN)
