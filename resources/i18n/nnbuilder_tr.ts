<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR" sourcelanguage="en">
<context>
    <name>Argparse</name>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>şu argümanlar gerekli: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>%(argument_name)s argümanı: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>geçersiz seçim: %(value)r (şunlardan birini seçin: %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>geçersiz %(type)s değeri: %(value)r</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>tanınmayan argümanlar: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>bir argüman bekleniyordu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>en az bir argüman bekleniyordu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>en çok bir argüman bekleniyordu</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>belirsiz seçenek: %(option)s şunlardan biri olabilir: %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>%s argümanıyla birlikte kullanılamaz</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>şu argümanlardan biri gerekli: %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>verilen argüman yok sayıldı: %r</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>&apos;%(filename)s&apos; açılamıyor: %(error)s</translation>
    </message>
</context>
<context>
    <name>Assignment</name>
    <message>
        <source>all data settings</source>
        <translation>tüm veri ayarları</translation>
    </message>
    <message>
        <source>the table</source>
        <translation>veri tablosu</translation>
    </message>
    <message>
        <source>the target column</source>
        <translation>hedef sütun</translation>
    </message>
    <message>
        <source>the input columns</source>
        <translation>girdi sütunları</translation>
    </message>
    <message>
        <source>the validation share</source>
        <translation>doğrulama payı</translation>
    </message>
    <message>
        <source>the split&apos;s seed</source>
        <translation>ayırma tohumu</translation>
    </message>
    <message>
        <source>the scaling</source>
        <translation>ölçekleme</translation>
    </message>
    <message>
        <source>the layers</source>
        <translation>katmanlar</translation>
    </message>
    <message>
        <source>all training settings</source>
        <translation>tüm eğitim ayarları</translation>
    </message>
    <message>
        <source>the loss</source>
        <translation>kayıp (loss)</translation>
    </message>
    <message>
        <source>the optimizer</source>
        <translation>optimize edici (optimizer)</translation>
    </message>
    <message>
        <source>the metrics</source>
        <translation>metrikler</translation>
    </message>
    <message>
        <source>the batch size</source>
        <translation>yığın boyutu</translation>
    </message>
    <message>
        <source>the epochs</source>
        <translation>epok sayısı</translation>
    </message>
    <message>
        <source>the seed</source>
        <translation>tohum (seed)</translation>
    </message>
    <message>
        <source>early stopping</source>
        <translation>erken durdurma</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Amaç</translation>
    </message>
    <message>
        <source>{goal} on the validation rows</source>
        <translation>doğrulama satırlarında {goal}</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Sınır</translation>
    </message>
    <message>
        <source>at most {count:,} weights</source>
        <translation>en fazla {count:,} ağırlık</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Kilitli</translation>
    </message>
    <message>
        <source>assignment must be an object {{...}} or null; got {value!r}</source>
        <translation>assignment bir nesne {{...}} ya da null olmalı; verilen: {value!r}</translation>
    </message>
    <message>
        <source>assignment: unknown key &apos;{key}&apos;</source>
        <translation>assignment: bilinmeyen anahtar &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>assignment.goal must be an object such as {{&quot;metric&quot;: &quot;val_mae&quot;, &quot;at_most&quot;: 0.65}}; got {value!r}</source>
        <translation>assignment.goal, {{&quot;metric&quot;: &quot;val_mae&quot;, &quot;at_most&quot;: 0.65}} gibi bir nesne olmalı; verilen: {value!r}</translation>
    </message>
    <message>
        <source>assignment.goal: unknown key &apos;{key}&apos;</source>
        <translation>assignment.goal: bilinmeyen anahtar &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>assignment.instructions must be text (Markdown); got {value!r}</source>
        <translation>assignment.instructions metin (Markdown) olmalı; verilen: {value!r}</translation>
    </message>
    <message>
        <source>assignment.max_parameters must be a whole number of at least 1, or null for no limit; got {value!r}</source>
        <translation>assignment.max_parameters en az 1 olan bir tam sayı ya da sınır konmayacaksa null olmalı; verilen: {value!r}</translation>
    </message>
    <message>
        <source>assignment.locked must be a list of sections such as [&quot;data&quot;, &quot;training.loss&quot;]; got {value!r}</source>
        <translation>assignment.locked, [&quot;data&quot;, &quot;training.loss&quot;] gibi bir bölüm listesi olmalı; verilen: {value!r}</translation>
    </message>
    <message>
        <source>assignment.locked: &apos;{item}&apos; is not a section that can be locked</source>
        <translation>assignment.locked: &apos;{item}&apos; kilitlenebilecek bir bölüm değil</translation>
    </message>
    <message>
        <source>assignment.goal needs exactly one of &quot;at_most&quot; (for a loss or an error) or &quot;at_least&quot; (for accuracy)</source>
        <translation>assignment.goal tam olarak birini içermeli: &quot;at_most&quot; (bir kayıp ya da hata için) veya &quot;at_least&quot; (doğruluk için)</translation>
    </message>
    <message>
        <source>assignment.goal.{direction} must be a number; got {value!r}</source>
        <translation>assignment.goal.{direction} bir sayı olmalı; verilen: {value!r}</translation>
    </message>
    <message>
        <source>; add &apos;{metric}&apos; to training.metrics to measure it, or choose one of: {choices}</source>
        <translation>; ölçmek için &apos;{metric}&apos; metriğini training.metrics listesine ekleyin ya da şunlardan birini seçin: {choices}</translation>
    </message>
    <message>
        <source>assignment.goal.metric &apos;{metric}&apos; is not measured by this project</source>
        <translation>assignment.goal.metric &apos;{metric}&apos; bu projede ölçülmüyor</translation>
    </message>
    <message>
        <source>assignment.goal is measured on the validation rows, but data.validation_split is 0; set it above 0</source>
        <translation>assignment.goal doğrulama satırlarında ölçülür ama data.validation_split 0; onu 0&apos;ın üzerine çıkarın</translation>
    </message>
    <message>
        <source>assignment.goal must be measured on the same validation rows for every student: lock &quot;data&quot; (or {sections})</source>
        <translation>assignment.goal her öğrenci için aynı doğrulama satırlarında ölçülmeli: &quot;data&quot; bölümünü kilitleyin (ya da {sections})</translation>
    </message>
    <message>
        <source>assignment.goal on val_loss compares losses, so every student needs the same one: lock &quot;training.loss&quot;</source>
        <translation>val_loss üzerindeki assignment.goal kayıpları karşılaştırır, bu yüzden her öğrencinin aynı kaybı kullanması gerekir: &quot;training.loss&quot; bölümünü kilitleyin</translation>
    </message>
    <message>
        <source>the locked &apos;{section}&apos; was changed: {changes} and {count} more</source>
        <translation>kilitli &apos;{section}&apos; değiştirilmiş: {changes} ve {count} değişiklik daha</translation>
    </message>
    <message>
        <source>the locked &apos;{section}&apos; was changed: {changes}</source>
        <translation>kilitli &apos;{section}&apos; değiştirilmiş: {changes}</translation>
    </message>
</context>
<context>
    <name>AssignmentPanel</name>
    <message>
        <source>Instructions</source>
        <translation>Yönergeler</translation>
    </message>
    <message>
        <source>Goal and limits</source>
        <translation>Amaç ve sınırlar</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Öğrenci</translation>
    </message>
    <message>
        <source>Change &amp;Name…</source>
        <translation>&amp;Adı Değiştir…</translation>
    </message>
    <message>
        <source>Goal verdict</source>
        <translation>Amaç değerlendirmesi</translation>
    </message>
    <message>
        <source>&amp;Hand In…</source>
        <translation>&amp;Teslim Et…</translation>
    </message>
    <message>
        <source>Write the trained run (model, curves, result and report) into a folder for the teacher</source>
        <translation>Eğitilmiş çalıştırmayı (model, eğriler, sonuç ve rapor) öğretmen için bir klasöre yazın</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Sorular</translation>
    </message>
    <message>
        <source>No instructions.</source>
        <translation>Yönerge yok.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Student&lt;/b&gt;: {name}</source>
        <translation>&lt;b&gt;Öğrenci&lt;/b&gt;: {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Student&lt;/b&gt;: (no name yet)</source>
        <translation>&lt;b&gt;Öğrenci&lt;/b&gt;: (henüz ad yok)</translation>
    </message>
    <message>
        <source>Train the network to see whether it meets the goal.</source>
        <translation>Amaca ulaşıp ulaşmadığını görmek için ağı eğitin.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Questions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sorular&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Answer to question {number}</source>
        <translation>{number}. sorunun cevabı</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Cevabınız</translation>
    </message>
    <message>
        <source>Locked by the assignment ({what}): your teacher set this</source>
        <translation>Ödev gereği kilitli ({what}): bunu öğretmeniniz belirledi</translation>
    </message>
</context>
<context>
    <name>Boundary</name>
    <message>
        <source>Train the network to see where it draws the line between the two classes.</source>
        <translation>Ağın iki sınıf arasındaki çizgiyi nereye çektiğini görmek için ağı eğitin.</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>Karar sınırı</translation>
    </message>
    <message>
        <source>The data points, coloured by class, over the network&apos;s answer at each point of the plane.</source>
        <translation>Sınıflarına göre renklendirilmiş veri noktaları; arkada, ağın düzlemin her noktasındaki cevabı.</translation>
    </message>
    <message>
        <source>class {name}</source>
        <translation>sınıf {name}</translation>
    </message>
    <message>
        <source>class</source>
        <translation>sınıf</translation>
    </message>
    <message>
        <source>; the table lists the first {shown:,}</source>
        <translation>; tablo ilk {shown:,} satırı listeler</translation>
    </message>
    <message>
        <source>{rows:,} training rows, {zeros:,} of {first} and {ones:,} of {second}; train the network to see where it draws the line between them{capped}.</source>
        <translation>{rows:,} eğitim satırı: {zeros:,} tanesi {first}, {ones:,} tanesi {second}; ağın aralarındaki çizgiyi nereye çektiğini görmek için ağı eğitin{capped}.</translation>
    </message>
    <message>
        <source>probability of {name}</source>
        <translation>{name} olasılığı</translation>
    </message>
    <message>
        <source>on its side</source>
        <translation>kendi tarafında</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>The network puts {right:,} of {rows:,} training rows on their own class&apos;s side of the line{capped}.</source>
        <translation>Ağ, {rows:,} eğitim satırının {right:,} tanesini çizginin kendi sınıflarının tarafına yerleştiriyor{capped}.</translation>
    </message>
    <message>
        <source>Shading: the network&apos;s answer at each point; the line is where it is 50:50 between the classes.</source>
        <translation>Gölgelendirme: ağın her noktadaki cevabı; çizgi, ağın iki sınıf arasında 50:50 kaldığı yerdir.</translation>
    </message>
</context>
<context>
    <name>Build</name>
    <message>
        <source>training.metrics: Keras has no metric &apos;{name}&apos;; use a name such as &apos;accuracy&apos;, &apos;mae&apos; or &apos;mse&apos;</source>
        <translation>training.metrics: Keras&apos;ta &apos;{name}&apos; adında bir metrik yok; &apos;accuracy&apos;, &apos;mae&apos; ya da &apos;mse&apos; gibi bir ad kullanın</translation>
    </message>
</context>
<context>
    <name>BuilderColumn</name>
    <message>
        <source>Fix it</source>
        <translation>Düzelt</translation>
    </message>
    <message>
        <source>Fix the network&apos;s output</source>
        <translation>Ağın çıktısını düzelt</translation>
    </message>
    <message>
        <source>Input width</source>
        <translation>Girdi genişliği</translation>
    </message>
    <message>
        <source>How many numbers go into the network (set by the data once it loads)</source>
        <translation>Ağa giren sayı adedi (veri yüklenince veriden belirlenir)</translation>
    </message>
    <message>
        <source>Total parameters</source>
        <translation>Toplam parametre</translation>
    </message>
    <message>
        <source>Weight limit</source>
        <translation>Ağırlık sınırı</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>How big each step is: too large and the loss jumps around or becomes NaN; too small and training crawls.</source>
        <translation>Her adımın ne kadar büyük olduğu, yani öğrenme oranı (learning rate): çok büyükse kayıp (loss) oradan oraya sıçrar ya da NaN olur; çok küçükse eğitim ağır ağır ilerler.</translation>
    </message>
    <message>
        <source>Dense: a row of neurons; each one computes a weighted sum of all its inputs plus a bias, then applies its activation.</source>
        <translation>Dense: bir sıra nöron; her nöron tüm girdilerinin ağırlıklı toplamını hesaplar, buna bir sapma (bias) ekler, sonra aktivasyonunu (activation) uygular.</translation>
    </message>
    <message>
        <source>How many neurons (outputs) the layer has.</source>
        <translation>Katmanda kaç nöron (çıktı) olduğu: birim (units) sayısı.</translation>
    </message>
    <message>
        <source>The function applied to each neuron&apos;s output; relu lets a network bend lines.</source>
        <translation>Her nöronun çıktısına uygulanan fonksiyon, yani aktivasyon (activation); relu, ağın doğruları bükebilmesini sağlar.</translation>
    </message>
    <message>
        <source>Add a learned bias b to each neuron (y = w·x + b).</source>
        <translation>Her nörona öğrenilen bir sapma (bias) b ekler (y = w·x + b).</translation>
    </message>
    <message>
        <source>Activation: applies a function such as relu to every value passing through.</source>
        <translation>Activation: içinden geçen her değere relu gibi bir fonksiyon uygular.</translation>
    </message>
    <message>
        <source>The function applied to every input value.</source>
        <translation>Her girdi değerine uygulanan fonksiyon (activation).</translation>
    </message>
    <message>
        <source>Dropout: randomly drops a fraction of inputs while training, to break up chance patterns the network would otherwise memorise.</source>
        <translation>Dropout (seyreltme): eğitim sırasında girdilerin bir kısmını rastgele devre dışı bırakır; böylece ağın aksi hâlde ezberleyeceği tesadüfi örüntüleri bozar.</translation>
    </message>
    <message>
        <source>The fraction of inputs dropped at each training step.</source>
        <translation>Her eğitim adımında devre dışı bırakılan girdilerin oranı (rate).</translation>
    </message>
    <message>
        <source>Fixes which inputs are dropped (empty: follow the run&apos;s seed).</source>
        <translation>Hangi girdilerin devre dışı bırakılacağını sabitler; boş bırakılırsa çalıştırmanın tohumu (seed) kullanılır.</translation>
    </message>
    <message>
        <source>BatchNormalization: rescales values to a steady mean and spread, which helps slow or unstable training.</source>
        <translation>BatchNormalization (yığın normalleştirme): değerleri sabit bir ortalama ve yayılıma getirecek biçimde yeniden ölçekler; bu, yavaş ya da kararsız ilerleyen eğitimi düzeltmeye yardımcı olur.</translation>
    </message>
    <message>
        <source>How slowly the running mean and variance follow each batch.</source>
        <translation>Hareketli ortalama ve varyansın her mini yığını (batch) ne kadar yavaş izlediği (momentum).</translation>
    </message>
    <message>
        <source>A small number added to the variance to avoid dividing by zero.</source>
        <translation>Sıfıra bölmeyi önlemek için varyansa eklenen küçük bir sayı (epsilon).</translation>
    </message>
    <message>
        <source>Learn an offset beta added after normalizing.</source>
        <translation>Normalleştirmeden sonra eklenen bir kaydırma değeri (beta) öğrenir.</translation>
    </message>
    <message>
        <source>Learn a factor gamma multiplied after normalizing.</source>
        <translation>Normalleştirmeden sonra çarpılan bir katsayı (gamma) öğrenir.</translation>
    </message>
    <message>
        <source>How much of the previous gradients&apos; direction is kept.</source>
        <translation>Önceki gradyanların yönünün ne kadarının korunduğu.</translation>
    </message>
    <message>
        <source>How much of the previous gradients&apos; size is kept.</source>
        <translation>Önceki gradyanların büyüklüğünün ne kadarının korunduğu.</translation>
    </message>
    <message>
        <source>A small number that keeps steps finite.</source>
        <translation>Adımları sonlu tutan küçük bir sayı.</translation>
    </message>
    <message>
        <source>How much of the previous step carries into the next.</source>
        <translation>Önceki adımın ne kadarının bir sonrakine taşındığı (momentum).</translation>
    </message>
    <message>
        <source>Look ahead along the momentum before computing the gradient.</source>
        <translation>Gradyanı hesaplamadan önce momentum yönünde ileriye bakar (Nesterov).</translation>
    </message>
    <message>
        <source>How slowly the average of squared gradients forgets.</source>
        <translation>Gradyan karelerinin ortalamasının ne kadar yavaş unuttuğu.</translation>
    </message>
</context>
<context>
    <name>ChartTable</name>
    <message>
        <source>&amp;Copy All</source>
        <translation>Tümünü &amp;Kopyala</translation>
    </message>
    <message>
        <source>Table…</source>
        <translation>Tablo…</translation>
    </message>
    <message>
        <source>The numbers this chart draws, as a table</source>
        <translation>Bu grafiğin çizdiği sayılar, tablo olarak</translation>
    </message>
    <message>
        <source>Table of {chart}</source>
        <translation>{chart} tablosu</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>the loss &apos;{loss}&apos; is for classes, but the target &apos;{target}&apos; is a number to predict; use &apos;mae&apos; or &apos;mse&apos;</source>
        <translation>&apos;{loss}&apos; kaybı (loss) sınıflar içindir, ama &apos;{target}&apos; hedefi tahmin edilecek bir sayıdır; &apos;mae&apos; ya da &apos;mse&apos; kullanın</translation>
    </message>
    <message>
        <source>the network ends with {width} outputs but the target &apos;{target}&apos; is one number; set the last Dense layer&apos;s units to 1</source>
        <translation>ağ {width} çıktıyla bitiyor, ama &apos;{target}&apos; hedefi tek bir sayıdır; son Dense katmanının birim (units) sayısını 1 yapın</translation>
    </message>
    <message>
        <source>the output activation &apos;{activation}&apos; only gives values from {low:g} to {high:g}, but the target &apos;{target}&apos; goes from {minimum:g} to {maximum:g}; use &apos;linear&apos; on the last layer</source>
        <translation>&apos;{activation}&apos; çıktı aktivasyonu yalnızca {low:g} ile {high:g} arasında değerler verir, ama &apos;{target}&apos; hedefi {minimum:g} ile {maximum:g} arasında değişiyor; son katmanda &apos;linear&apos; kullanın</translation>
    </message>
    <message>
        <source>use loss &apos;binary_crossentropy&apos; with 1 output unit and &apos;sigmoid&apos;</source>
        <translation>1 çıktı birimi ve &apos;sigmoid&apos; ile &apos;binary_crossentropy&apos; kaybını kullanın</translation>
    </message>
    <message>
        <source>use loss &apos;sparse_categorical_crossentropy&apos; with {classes} output units and &apos;softmax&apos;</source>
        <translation>{classes} çıktı birimi ve &apos;softmax&apos; ile &apos;sparse_categorical_crossentropy&apos; kaybını kullanın</translation>
    </message>
    <message>
        <source>the loss &apos;{loss}&apos; does not fit the target &apos;{target}&apos;, which is {task} ({classes}); {advice}</source>
        <translation>&apos;{loss}&apos; kaybı &apos;{target}&apos; hedefine uymuyor; bu hedefin değeri {task} ({classes}); {advice}</translation>
    </message>
    <message>
        <source>the target &apos;{target}&apos; is {task}, so with loss &apos;{loss}&apos; the last Dense layer needs {units}; it has {width}</source>
        <translation>&apos;{target}&apos; hedefinin değeri {task}; bu yüzden &apos;{loss}&apos; kaybıyla son Dense katmanında {units} olmalı; şu an {width} birim var</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>birim</translation>
    </message>
    <message>
        <source>units</source>
        <translation>birim</translation>
    </message>
    <message>
        <source>with loss &apos;{loss}&apos; the output must be probabilities: give the last layer the activation &apos;{wanted}&apos; (it is &apos;{activation}&apos;)</source>
        <translation>&apos;{loss}&apos; kaybıyla çıktılar olasılık olmalıdır: son katmana &apos;{wanted}&apos; aktivasyonunu verin (şu an &apos;{activation}&apos;)</translation>
    </message>
    <message>
        <source>the landscape is drawn for a single neuron: one Dense layer of 1 unit (lesson 1&apos;s linear unit)</source>
        <translation>kayıp yüzeyi tek bir nöron için çizilir: 1 birimli tek bir Dense katmanı (1. dersin doğrusal birimi)</translation>
    </message>
    <message>
        <source>the landscape is drawn for a linear unit: set the Dense layer&apos;s activation to linear</source>
        <translation>kayıp yüzeyi doğrusal bir birim için çizilir: Dense katmanının aktivasyonunu linear yapın</translation>
    </message>
    <message>
        <source>the landscape&apos;s axes are the weight and the bias: turn the Dense layer&apos;s use bias on</source>
        <translation>kayıp yüzeyinin eksenleri ağırlık ve sapmadır (bias): Dense katmanının sapma kullanımı (use_bias) ayarını açın</translation>
    </message>
    <message>
        <source>the landscape has two axes, w and b, so it needs one input feature, not {width}</source>
        <translation>kayıp yüzeyinin w ve b olmak üzere iki ekseni vardır, bu yüzden {width} değil, tek bir girdi sütunu gerekir</translation>
    </message>
</context>
<context>
    <name>ClassTable</name>
    <message>
        <source>student</source>
        <translation>öğrenci</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>klasör</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>metrik</translation>
    </message>
    <message>
        <source>value</source>
        <translation>değer</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>amaca ulaşıldı</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>doğrulandı</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>parametre</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>epok</translation>
    </message>
    <message>
        <source>trained at</source>
        <translation>eğitim zamanı</translation>
    </message>
    <message>
        <source>retrained</source>
        <translation>yeniden eğitimde</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>sorunlar</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>okunamadı</translation>
    </message>
    <message>
        <source>Class table</source>
        <translation>Sınıf tablosu</translation>
    </message>
    <message>
        <source>hand-in</source>
        <translation>teslim</translation>
    </message>
    <message>
        <source>hand-ins</source>
        <translation>teslim</translation>
    </message>
    <message>
        <source>&lt;b&gt;{hand_ins}&lt;/b&gt;: {verified} verified, {met} verified with the goal met. Every value was recomputed from the handed-in model.&lt;br&gt;Saved as {csv} and {page}.</source>
        <translation>&lt;b&gt;{hand_ins}&lt;/b&gt;: {verified} doğrulandı, {met} doğrulandı ve amaca ulaştı. Her değer teslim edilen modelden yeniden hesaplandı.&lt;br&gt;{csv} ve {page} olarak kaydedildi.</translation>
    </message>
    <message>
        <source>Open the Class Page (with Curves)</source>
        <translation>Sınıf Sayfasını Aç (Eğrilerle)</translation>
    </message>
</context>
<context>
    <name>Classroom</name>
    <message>
        <source>without --assignment TASK.nnb the locked sections and the limit are the run&apos;s own, not the teacher&apos;s</source>
        <translation>--assignment TASK.nnb olmadan kilitli bölümler ve sınır öğretmenin değil, çalıştırmanın kendisinindir</translation>
    </message>
    <message>
        <source>{folder} does not exist; name the folders the hand-ins were copied into</source>
        <translation>{folder} yok; teslimlerin kopyalandığı klasörleri belirtin</translation>
    </message>
    <message>
        <source>{out} is a folder; give the table a file name, such as {example}</source>
        <translation>{out} bir klasör; tabloya {example} gibi bir dosya adı verin</translation>
    </message>
    <message>
        <source>without --assignment TASK.nnb each hand-in is held to its own goal, limit and locks, which a student could have loosened</source>
        <translation>--assignment TASK.nnb olmadan her teslim kendi amacına, sınırına ve kilitlerine göre değerlendirilir; bunları bir öğrenci gevşetmiş olabilir</translation>
    </message>
    <message>
        <source>checking {number}/{count}: {folder}</source>
        <translation>{number}/{count} denetleniyor: {folder}</translation>
    </message>
    <message>
        <source>cannot write {out} ({reason}); choose another file with -o</source>
        <translation>{out} yazılamıyor ({reason}); -o ile başka bir dosya seçin</translation>
    </message>
    <message>
        <source>hand-in</source>
        <translation>teslim</translation>
    </message>
    <message>
        <source>hand-ins</source>
        <translation>teslim</translation>
    </message>
    <message>
        <source>wrote {csv} and {html}: {hand_ins}, {verified} verified, {goal_met} verified with the goal met</source>
        <translation>{csv} ve {html} yazıldı: {hand_ins}, {verified} doğrulandı, {goal_met} doğrulandı ve amaca ulaştı</translation>
    </message>
    <message>
        <source>also train each run&apos;s project again here from its seed and show the value it reaches: a model trained otherwise (longer than the locked epochs, on the validation rows) reaches another; so does a run stopped or continued by hand. Takes as long as the training did</source>
        <translation>ayrıca her çalıştırmanın projesini burada kendi tohumundan (seed) yeniden eğitir ve ulaştığı değeri gösterir: başka türlü eğitilmiş bir model (kilitli epok sayısından uzun ya da doğrulama satırları üzerinde) başka bir değere ulaşır; elle durdurulmuş ya da sürdürülmüş bir çalıştırma da öyle. Eğitim ne kadar sürdüyse o kadar sürer</translation>
    </message>
    <message>
        <source>Verify a handed-in run: load its model.keras, rebuild the validation split from its project.nnb, and recompute the value result.json claims. Also checks that the model&apos;s layers match the project, the weight limit, and (with --assignment) that the locked sections are the teacher&apos;s.</source>
        <translation>Teslim edilmiş bir çalıştırmayı doğrular: model.keras dosyasını yükler, doğrulama ayırmasını project.nnb dosyasından yeniden kurar ve result.json dosyasında bildirilen değeri yeniden hesaplar. Ayrıca modelin katmanlarının projeyle eşleştiğini, ağırlık sınırını ve (--assignment ile) kilitli bölümlerin öğretmeninkiler olduğunu denetler.</translation>
    </message>
    <message>
        <source>the folder &apos;nnbuilder train --student&apos; or Hand in… wrote</source>
        <translation>&apos;nnbuilder train --student&apos; komutunun ya da Teslim Et… menü komutunun yazdığı klasör</translation>
    </message>
    <message>
        <source>the teacher&apos;s assignment: its goal, limit and locked sections are the ones checked, on its own table (beside it)</source>
        <translation>öğretmenin ödevi: denetimde onun amacı, sınırı ve kilitli bölümleri, onun kendi veri tablosu (ödevin yanındaki) üzerinde kullanılır</translation>
    </message>
    <message>
        <source>Check every hand-in under the folders (as &apos;nnbuilder check&apos; does) and write the class table: CSV, and beside it a self-contained HTML page with a sortable table and every validation curve.</source>
        <translation>Klasörlerin altındaki her teslimi (&apos;nnbuilder check&apos; gibi) denetler ve sınıf tablosunu yazar: CSV ve yanında, sıralanabilir bir tablo ile her doğrulama eğrisini içeren, kendi başına yeterli bir HTML sayfası.</translation>
    </message>
    <message>
        <source>folders holding the hand-ins (searched through, subfolders too)</source>
        <translation>teslimleri içeren klasörler (alt klasörleriyle birlikte taranır)</translation>
    </message>
    <message>
        <source>the class table to write, such as class.csv (class.html is written beside it)</source>
        <translation>yazılacak sınıf tablosu, örneğin class.csv (class.html yanına yazılır)</translation>
    </message>
    <message>
        <source>the teacher&apos;s assignment (see &apos;check&apos;)</source>
        <translation>öğretmenin ödevi (bkz. &apos;check&apos;)</translation>
    </message>
    <message>
        <source>{metric} is measured on the validation rows, but this project holds none back; set data.validation_split above 0</source>
        <translation>{metric} doğrulama satırları üzerinde ölçülür, ama bu proje hiç satır ayırmıyor; data.validation_split değerini 0&apos;ın üzerine ayarlayın</translation>
    </message>
    <message>
        <source>Keras cannot measure {metric}; use a metric such as val_mae or val_accuracy</source>
        <translation>Keras {metric} değerini ölçemiyor; val_mae ya da val_accuracy gibi bir metrik kullanın</translation>
    </message>
    <message>
        <source>Keras did not report {metric}; use a metric such as val_mae or val_accuracy</source>
        <translation>Keras {metric} değerini bildirmedi; val_mae ya da val_accuracy gibi bir metrik kullanın</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>ağırlık</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>ağırlık</translation>
    </message>
    <message>
        <source>{count:,} of {limit:,} weights</source>
        <translation>{count:,} / {limit:,} ağırlık</translation>
    </message>
    <message>
        <source>Goal met: {measured}</source>
        <translation>Amaca ulaşıldı: {measured}</translation>
    </message>
    <message>
        <source>Done: {measured}</source>
        <translation>Tamam: {measured}</translation>
    </message>
    <message>
        <source>Not yet: {missing}</source>
        <translation>Henüz değil: {missing}</translation>
    </message>
    <message>
        <source>the network has {count:,} weights, over the limit of {limit:,}</source>
        <translation>ağın {count:,} ağırlığı var, {limit:,} sınırının üzerinde</translation>
    </message>
    <message>
        <source>the student&apos;s name is empty; give it with --student &quot;First Last&quot;</source>
        <translation>öğrencinin adı boş; --student &quot;Ad Soyad&quot; ile verin</translation>
    </message>
    <message>
        <source>; trained again here: {metric} {value:.4g}</source>
        <translation>; burada yeniden eğitildi: {metric} {value:.4g}</translation>
    </message>
    <message>
        <source>it has no {file}; hand in the whole folder nnbuilder wrote</source>
        <translation>içinde {file} yok; nnbuilder&apos;ın yazdığı klasörün tamamını teslim edin</translation>
    </message>
    <message>
        <source>{file} is damaged ({error}); hand in again</source>
        <translation>{file} bozuk ({error}); yeniden teslim edin</translation>
    </message>
    <message>
        <source>{file} is not an nnbuilder result; hand in again</source>
        <translation>{file} bir nnbuilder sonucu değil; yeniden teslim edin</translation>
    </message>
    <message>
        <source>the assignment&apos;s table {table} was not found beside {assignment}; put it in {folder}</source>
        <translation>ödevin veri tablosu {table}, {assignment} dosyasının yanında bulunamadı; onu {folder} klasörüne koyun</translation>
    </message>
    <message>
        <source>its data {name} was not found; put {name} in {folder}, or name the assignment with --assignment TASK.nnb and put the table beside it</source>
        <translation>veri dosyası {name} bulunamadı; {name} dosyasını {folder} klasörüne koyun ya da ödevi --assignment TASK.nnb ile belirtip veri tablosunu onun yanına koyun</translation>
    </message>
    <message>
        <source>{file} has no value for {metric}</source>
        <translation>{file} içinde {metric} için bir değer yok</translation>
    </message>
    <message>
        <source>{file} claims {metric} {claimed:.6g}, but the model gives {value:.6g}</source>
        <translation>{file} dosyası {metric} için {claimed:.6g} bildiriyor, ama model {value:.6g} veriyor</translation>
    </message>
    <message>
        <source>{file} reports {claimed}, but the goal is {metric}</source>
        <translation>{file} dosyasındaki metrik {claimed}, ama amacın metriği {metric}</translation>
    </message>
    <message>
        <source>{file} gives goal_met as {claimed}, not true or false</source>
        <translation>{file} dosyasında goal_met değeri {claimed}; true ya da false olmalı</translation>
    </message>
    <message>
        <source>{file} says the goal was met, but it was not met</source>
        <translation>{file} dosyası amaca ulaşıldığını söylüyor, ama amaca ulaşılmadı</translation>
    </message>
    <message>
        <source>{file} says the goal was not met, but it was met</source>
        <translation>{file} dosyası amaca ulaşılmadığını söylüyor, ama amaca ulaşıldı</translation>
    </message>
    <message>
        <source>{file} claims {claimed} weights, but the model has {count:,}</source>
        <translation>{file} dosyası {claimed} ağırlık olduğunu söylüyor, ama modelde {count:,} ağırlık var</translation>
    </message>
    <message>
        <source>{file} is not the file {result} was written for</source>
        <translation>{file}, {result} dosyasının yazıldığı dosya değil</translation>
    </message>
    <message>
        <source>the run&apos;s project has no assignment section: it was not made from this assignment</source>
        <translation>çalıştırmanın projesinde ödev bölümü yok: bu ödevden yapılmamış</translation>
    </message>
    <message>
        <source>the run&apos;s goal differs from the assignment&apos;s</source>
        <translation>çalıştırmanın amacı ödevinkinden farklı</translation>
    </message>
    <message>
        <source>the run&apos;s weight limit ({mine}) differs from the assignment&apos;s ({theirs})</source>
        <translation>çalıştırmanın ağırlık sınırı ({mine}) ödevinkinden ({theirs}) farklı</translation>
    </message>
    <message>
        <source>the run&apos;s locked sections differ from the assignment&apos;s</source>
        <translation>çalıştırmanın kilitli bölümleri ödevinkilerden farklı</translation>
    </message>
    <message>
        <source>{path} is a project but not an assignment (it has no &quot;assignment&quot; section); make one with File → Make Assignment…</source>
        <translation>{path} bir proje ama ödev değil (&quot;assignment&quot; bölümü yok); Dosya → Ödev Hazırla… ile bir ödev hazırlayın</translation>
    </message>
    <message>
        <source>it is not a folder</source>
        <translation>bu bir klasör değil</translation>
    </message>
    <message>
        <source>{file} is missing; hand in the whole folder nnbuilder wrote</source>
        <translation>{file} eksik; nnbuilder&apos;ın yazdığı klasörün tamamını teslim edin</translation>
    </message>
    <message>
        <source>{file} cannot be read ({error})</source>
        <translation>{file} okunamıyor ({error})</translation>
    </message>
    <message>
        <source>its data cannot be prepared ({error})</source>
        <translation>verisi hazırlanamıyor ({error})</translation>
    </message>
    <message>
        <source>{file} cannot be loaded ({error})</source>
        <translation>{file} yüklenemiyor ({error})</translation>
    </message>
    <message>
        <source>the layers in {model} do not match {project}: {why}</source>
        <translation>{model} içindeki katmanlar {project} ile uyuşmuyor: {why}</translation>
    </message>
    <message>
        <source>its goal cannot be measured: {error}</source>
        <translation>amacı ölçülemiyor: {error}</translation>
    </message>
    <message>
        <source>{file} names no student</source>
        <translation>{file} içinde öğrenci adı yok</translation>
    </message>
    <message>
        <source>a file cannot be read ({reason})</source>
        <translation>bir dosya okunamıyor ({reason})</translation>
    </message>
</context>
<context>
    <name>ClassroomControl</name>
    <message>
        <source>nnbuilder projects (*.nnb)</source>
        <translation>nnbuilder projeleri (*.nnb)</translation>
    </message>
    <message>
        <source>Class table (*.csv)</source>
        <translation>Sınıf tablosu (*.csv)</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Ödev</translation>
    </message>
    <message>
        <source>Make &amp;Assignment…</source>
        <translation>&amp;Ödev Hazırla…</translation>
    </message>
    <message>
        <source>Turn this project into an assignment: instructions, a goal, limits and locked settings</source>
        <translation>Bu projeyi bir ödeve dönüştürün: yönergeler, bir amaç, sınırlar ve kilitli ayarlar</translation>
    </message>
    <message>
        <source>&amp;Collect Hand-ins…</source>
        <translation>Teslimleri &amp;Topla…</translation>
    </message>
    <message>
        <source>Check every hand-in in a folder and show the class table</source>
        <translation>Bir klasördeki her teslimi denetleyin ve sınıf tablosunu gösterin</translation>
    </message>
    <message>
        <source>&amp;Hand In…</source>
        <translation>T&amp;eslim Et…</translation>
    </message>
    <message>
        <source>Write the trained run into a folder for the teacher</source>
        <translation>Eğitilmiş çalıştırmayı öğretmen için bir klasöre yazın</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Sorular</translation>
    </message>
    <message>
        <source>{total:,} of {limit:,} weights: over the assignment&apos;s limit</source>
        <translation>{total:,} / {limit:,} ağırlık: ödevin sınırının üzerinde</translation>
    </message>
    <message>
        <source>{total:,} of {limit:,} weights</source>
        <translation>{total:,} / {limit:,} ağırlık</translation>
    </message>
    <message>
        <source>Locked by the assignment</source>
        <translation>Ödev gereği kilitli</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Adınız</translation>
    </message>
    <message>
        <source>Your name, as your teacher should see it on your hand-in:</source>
        <translation>Adınız (öğretmeninizin teslimde göreceği biçimde):</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Eğitiliyor…</translation>
    </message>
    <message>
        <source>Measuring the goal on the validation rows…</source>
        <translation>Amaç, doğrulama satırlarında ölçülüyor…</translation>
    </message>
    <message>
        <source>{verdict} ({weights})</source>
        <translation>{verdict} ({weights})</translation>
    </message>
    <message>
        <source>The goal could not be measured: {message}</source>
        <translation>Amaç ölçülemedi: {message}</translation>
    </message>
    <message>
        <source>Not an assignment</source>
        <translation>Ödev değil</translation>
    </message>
    <message>
        <source>Only an assignment is handed in; open the assignment file your teacher gave you.</source>
        <translation>Yalnızca bir ödev teslim edilir; öğretmeninizin verdiği ödev dosyasını açın.</translation>
    </message>
    <message>
        <source>Hand in: choose the class folder (a share or a USB stick)</source>
        <translation>Teslim: sınıf klasörünü seçin (bir ağ paylaşımı ya da USB bellek)</translation>
    </message>
    <message>
        <source>Handed in to {folder}: {verdict}</source>
        <translation>Teslim edildi ({folder}): {verdict}</translation>
    </message>
    <message>
        <source>Handed in</source>
        <translation>Teslim edildi</translation>
    </message>
    <message>
        <source>Your run is in &lt;b&gt;{folder}&lt;/b&gt;.&lt;br&gt;{verdict}</source>
        <translation>Çalıştırmanız şurada: &lt;b&gt;{folder}&lt;/b&gt;.&lt;br&gt;{verdict}</translation>
    </message>
    <message>
        <source>{title} assignment</source>
        <translation>{title} ödevi</translation>
    </message>
    <message>
        <source>Save assignment</source>
        <translation>Ödevi kaydet</translation>
    </message>
    <message>
        <source>Cannot save assignment</source>
        <translation>Ödev kaydedilemiyor</translation>
    </message>
    <message>
        <source>{path} could not be written ({reason}); choose another folder</source>
        <translation>{path} yazılamadı ({reason}); başka bir klasör seçin</translation>
    </message>
    <message>
        <source>Saved the assignment {path}; give this file (and its data) to the class</source>
        <translation>Ödev kaydedildi: {path}; bu dosyayı (ve verisini) sınıfa verin</translation>
    </message>
    <message>
        <source>Collect hand-ins: the folder they were handed in to</source>
        <translation>Teslimleri topla: teslim edildikleri klasör</translation>
    </message>
    <message>
        <source>The assignment to check against</source>
        <translation>Teslimlerin karşılaştırılacağı ödev</translation>
    </message>
    <message>
        <source>Save the class table</source>
        <translation>Sınıf tablosunu kaydet</translation>
    </message>
    <message>
        <source>Checking the hand-ins in {folder}…</source>
        <translation>Teslimler denetleniyor: {folder}…</translation>
    </message>
    <message>
        <source>Wrote {csv} and {page}</source>
        <translation>{csv} ve {page} yazıldı</translation>
    </message>
</context>
<context>
    <name>ClassroomJobs</name>
    <message>
        <source>Wrote the report {path}</source>
        <translation>Rapor yazıldı: {path}</translation>
    </message>
    <message>
        <source>{folder} already holds the hand-in of {student}; hand in under your full name, or ask your teacher</source>
        <translation>{folder} zaten {student} adlı öğrencinin teslimini içeriyor; tam adınızla teslim edin ya da öğretmeninize sorun</translation>
    </message>
    <message>
        <source>{folder} already holds other files; hand in under your full name, or ask your teacher</source>
        <translation>{folder} zaten başka dosyalar içeriyor; tam adınızla teslim edin ya da öğretmeninize sorun</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>stopping after the current step (press Ctrl+C again to abort)</source>
        <translation>geçerli adımdan sonra durduruluyor (iptal etmek için Ctrl+C&apos;ye yeniden basın)</translation>
    </message>
    <message>
        <source>training on {rows:,} rows, {validation:,} validation rows; {epochs} epochs of {steps} steps</source>
        <translation>{rows:,} satır üzerinde eğitim, {validation:,} doğrulama satırı; her biri {steps} adımlık {epochs} epok</translation>
    </message>
    <message>
        <source>training on {rows:,} rows, no validation rows; {epochs} epochs of {steps} steps</source>
        <translation>{rows:,} satır üzerinde eğitim, doğrulama satırı yok; her biri {steps} adımlık {epochs} epok</translation>
    </message>
    <message>
        <source>epoch {epoch}/{epochs} [{bar}] {step}/{steps}</source>
        <translation>epok {epoch}/{epochs} [{bar}] {step}/{steps}</translation>
    </message>
    <message>
        <source>epoch {epoch}/{epochs}  {logs}  ({seconds:.1f} s)</source>
        <translation>epok {epoch}/{epochs}  {logs}  ({seconds:.1f} sn)</translation>
    </message>
    <message>
        <source>{project} is not an assignment (it has no &quot;assignment&quot; section), so there is no goal to hand in against; leave out --student</source>
        <translation>{project} bir ödev değil (&quot;assignment&quot; bölümü yok), bu yüzden teslimin karşılaştırılacağı bir amaç yok; --student seçeneğini kaldırın</translation>
    </message>
    <message>
        <source>cannot write the results to {folder} ({reason}); choose another folder with --out</source>
        <translation>sonuçlar {folder} klasörüne yazılamıyor ({reason}); --out ile başka bir klasör seçin</translation>
    </message>
    <message>
        <source>wrote {files}</source>
        <translation>yazıldı: {files}</translation>
    </message>
    <message>
        <source>{model}: this model has no weights</source>
        <translation>{model}: bu modelin hiç ağırlığı yok</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>katman</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>ağırlık</translation>
    </message>
    <message>
        <source>shape</source>
        <translation>şekil</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>ortalama</translation>
    </message>
    <message>
        <source>std</source>
        <translation>std</translation>
    </message>
    <message>
        <source>min</source>
        <translation>en küçük</translation>
    </message>
    <message>
        <source>max</source>
        <translation>en büyük</translation>
    </message>
    <message>
        <source>{out} is a folder; give the script a file name, such as {example}</source>
        <translation>{out} bir klasör; betiğe {example} gibi bir dosya adı verin</translation>
    </message>
    <message>
        <source>{out} is one of the project&apos;s own files; write the script to another file with -o</source>
        <translation>{out} projenin kendi dosyalarından biri; betiği -o ile başka bir dosyaya yazın</translation>
    </message>
    <message>
        <source>{out} already exists; name the script with -o (the same name replaces it)</source>
        <translation>{out} zaten var; betiğin adını -o ile verin (aynı ad verilirse dosyanın üzerine yazılır)</translation>
    </message>
    <message>
        <source>cannot write {out} ({reason}); choose another file with -o</source>
        <translation>{out} yazılamıyor ({reason}); -o ile başka bir dosya seçin</translation>
    </message>
    <message>
        <source>wrote {out}</source>
        <translation>yazıldı: {out}</translation>
    </message>
    <message>
        <source>{out} is one of the files this command reads; write to another file with {option}</source>
        <translation>{out} bu komutun okuduğu dosyalardan biri; {option} ile başka bir dosyaya yazın</translation>
    </message>
    <message>
        <source>{out} is a folder; give the predictions a file name, such as {example}</source>
        <translation>{out} bir klasör; tahminlere {example} gibi bir dosya adı verin</translation>
    </message>
    <message>
        <source>wrote {out}: {rows:,} rows predicted by {model}</source>
        <translation>{out} yazıldı: {model} ile tahmin edilen {rows:,} satır</translation>
    </message>
    <message>
        <source>a report needs the project as well: pass a saved project (.nnb) or the folder &apos;nnbuilder train --out&apos; wrote</source>
        <translation>bir rapor için proje de gerekir: kaydedilmiş bir proje (.nnb) ya da &apos;nnbuilder train --out&apos; komutunun yazdığı klasörü verin</translation>
    </message>
    <message>
        <source>{name} has no kept runs to report on; train it in the window and save, or run &apos;nnbuilder train PROJECT --out DIR&apos; and report on DIR</source>
        <translation>{name} için raporlanacak saklanmış çalıştırma yok; projeyi pencerede eğitip kaydedin ya da &apos;nnbuilder train PROJECT --out DIR&apos; komutunu çalıştırıp DIR için rapor alın</translation>
    </message>
    <message>
        <source>Open one with: nnbuilder builtin:lesson/ID   (or train it: nnbuilder train builtin:lesson/ID)</source>
        <translation>Birini açmak için: nnbuilder builtin:lesson/ID   (ya da eğitmek için: nnbuilder train builtin:lesson/ID)</translation>
    </message>
    <message>
        <source>--quit-when-done only makes sense with --train</source>
        <translation>--quit-when-done yalnızca --train ile anlamlıdır</translation>
    </message>
    <message>
        <source>expected a number between 0 and 1, got {text!r}</source>
        <translation>0 ile 1 arasında bir sayı bekleniyordu, verilen: {text!r}</translation>
    </message>
    <message>
        <source>must be between 0 and 1, got {value:g}</source>
        <translation>0 ile 1 arasında olmalı, verilen: {value:g}</translation>
    </message>
    <message>
        <source>show the full traceback of an error</source>
        <translation>bir hatanın tam geri izlemesini (traceback) gösterir</translation>
    </message>
    <message>
        <source>the language to speak: en or tr (default: the system&apos;s, or the window&apos;s last choice)</source>
        <translation>kullanılacak dil: en ya da tr (varsayılan: sistemin dili ya da pencerenin son seçimi)</translation>
    </message>
    <message>
        <source>Train a project without the window.</source>
        <translation>Bir projeyi pencereyi açmadan eğitir.</translation>
    </message>
    <message>
        <source>the project file (.nnb)</source>
        <translation>proje dosyası (.nnb)</translation>
    </message>
    <message>
        <source>folder for model.keras, history.csv, project.nnb (default: ./PROJECT-trained)</source>
        <translation>model.keras, history.csv ve project.nnb için klasör (varsayılan: ./PROJECT-trained)</translation>
    </message>
    <message>
        <source>train N epochs instead of the project&apos;s</source>
        <translation>projedeki epok sayısı yerine N epok eğitir</translation>
    </message>
    <message>
        <source>an assignment: also write result.json (the goal&apos;s verdict, measured on the saved model) and report.html, ready to hand in</source>
        <translation>bir ödev için: ayrıca result.json (amacın kaydedilen model üzerinde ölçülen değerlendirmesi) ve report.html dosyalarını teslime hazır olarak yazar</translation>
    </message>
    <message>
        <source>mirrored: train on every GPU of this machine at once (tf.distribute.MirroredStrategy; one replica without a GPU)</source>
        <translation>mirrored: bu makinenin tüm GPU&apos;larında aynı anda eğitir (tf.distribute.MirroredStrategy; GPU yoksa tek kopya)</translation>
    </message>
    <message>
        <source>Add a trained network&apos;s predictions to a table. With a project (or a &apos;nnbuilder train --out&apos; folder) the table needs the columns the network was trained on, which are prepared exactly as in training; with a bare .keras model it must hold exactly the model&apos;s inputs, already preprocessed.</source>
        <translation>Eğitilmiş bir ağın tahminlerini bir veri tablosuna ekler. Bir projeyle (ya da bir &apos;nnbuilder train --out&apos; klasörüyle) tabloda ağın eğitildiği sütunlar bulunmalıdır; bunlar tam eğitimdeki gibi hazırlanır. Yalnız bir .keras modeliyle tablo, tam olarak modelin girdilerini önceden işlenmiş olarak içermelidir.</translation>
    </message>
    <message>
        <source>a project (.nnb or builtin:lesson/ID), a &apos;nnbuilder train --out&apos; folder, or a .keras model</source>
        <translation>bir proje (.nnb ya da builtin:lesson/ID), bir &apos;nnbuilder train --out&apos; klasörü ya da bir .keras modeli</translation>
    </message>
    <message>
        <source>the table to predict (.csv)</source>
        <translation>tahmin yapılacak veri tablosu (.csv)</translation>
    </message>
    <message>
        <source>the table with predictions to write (default: ./DATA-predictions.csv)</source>
        <translation>yazılacak, tahminleri içeren tablo (varsayılan: ./DATA-predictions.csv)</translation>
    </message>
    <message>
        <source>the trained .keras model to use (default: PROJECT.weights.keras saved by the window, or the folder&apos;s model.keras)</source>
        <translation>kullanılacak eğitilmiş .keras modeli (varsayılan: pencerenin kaydettiği PROJECT.weights.keras ya da klasördeki model.keras)</translation>
    </message>
    <message>
        <source>two classes: predict the second class above this probability (default 0.5)</source>
        <translation>iki sınıf: olasılık bu eşiğin üstündeyse ikinci sınıfı tahmin eder (varsayılan 0.5)</translation>
    </message>
    <message>
        <source>Write a lab report (one HTML file: the assignment and its verdict, questions and answers, data, network, settings, learning curves, results, the decision boundary, every kept run and the weights) of a saved project or of a run of &apos;nnbuilder train --out DIR&apos;.</source>
        <translation>Kaydedilmiş bir projenin ya da bir &apos;nnbuilder train --out DIR&apos; çalıştırmasının laboratuvar raporunu yazar (tek bir HTML dosyası: ödev ve değerlendirmesi, sorular ve yanıtlar, veri, ağ, ayarlar, öğrenme eğrileri, sonuçlar, karar sınırı, saklanan her çalıştırma ve ağırlıklar).</translation>
    </message>
    <message>
        <source>a saved project (.nnb, with the runs the window kept beside it) or the folder &apos;nnbuilder train --out&apos; wrote</source>
        <translation>kaydedilmiş bir proje (.nnb; pencerenin yanında sakladığı çalıştırmalarla birlikte) ya da &apos;nnbuilder train --out&apos; komutunun yazdığı klasör</translation>
    </message>
    <message>
        <source>the report to write (default: ./RUN-report.html)</source>
        <translation>yazılacak rapor (varsayılan: ./RUN-report.html)</translation>
    </message>
    <message>
        <source>another .keras model of the same network</source>
        <translation>aynı ağın başka bir .keras modeli</translation>
    </message>
    <message>
        <source>the student&apos;s name, shown at the top</source>
        <translation>öğrencinin adı, en üstte gösterilir</translation>
    </message>
    <message>
        <source>List every weight tensor of a .keras model.</source>
        <translation>Bir .keras modelinin tüm ağırlık tensörlerini listeler.</translation>
    </message>
    <message>
        <source>a .keras file</source>
        <translation>bir .keras dosyası</translation>
    </message>
    <message>
        <source>List the built-in lessons.</source>
        <translation>Yerleşik dersleri listeler.</translation>
    </message>
    <message>
        <source>Write the project as a Python script that trains it with pandas, scikit-learn and Keras alone.</source>
        <translation>Projeyi, onu yalnızca pandas, scikit-learn ve Keras ile eğiten bir Python betiği olarak yazar.</translation>
    </message>
    <message>
        <source>the script to write (default: ./PROJECT.py)</source>
        <translation>yazılacak betik (varsayılan: ./PROJECT.py)</translation>
    </message>
    <message>
        <source>Build, train and look inside Keras networks. Commands: {commands}.</source>
        <translation>Keras ağları kurun, eğitin ve içlerine bakın. Komutlar: {commands}.</translation>
    </message>
    <message>
        <source>a project file to open in the window</source>
        <translation>pencerede açılacak proje dosyası</translation>
    </message>
    <message>
        <source>render the window into PNG after loading (after training, with --train), then exit</source>
        <translation>yüklemeden sonra (--train ile eğitimden sonra) pencereyi PNG dosyasına çizer, sonra çıkar</translation>
    </message>
    <message>
        <source>start training as soon as the window opens</source>
        <translation>pencere açılır açılmaz eğitimi başlatır</translation>
    </message>
    <message>
        <source>with --train: exit when training ends (non-zero if it failed)</source>
        <translation>--train ile: eğitim bitince çıkar (başarısız olduysa sıfır olmayan bir kodla)</translation>
    </message>
    <message>
        <source>check that this machine can train, save and show the window (in a temporary folder), then exit</source>
        <translation>bu makinenin eğitebildiğini, kaydedebildiğini ve pencereyi gösterebildiğini (geçici bir klasörde) denetler, sonra çıkar</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>programın sürüm numarasını gösterir ve çıkar</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>kesildi</translation>
    </message>
    <message>
        <source>unexpected {kind}: {error}; run again with --debug and report it</source>
        <translation>beklenmeyen {kind}: {error}; --debug ile yeniden çalıştırın ve bildirin</translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message>
        <source>The same training in plain pandas, scikit-learn and Keras. Run it with python: it writes history.csv and model.keras where it runs. The data path is written for where you save it.</source>
        <translation>Aynı eğitim, yalın pandas, scikit-learn ve Keras ile. python ile çalıştırın: çalıştığı yere history.csv ve model.keras yazar. Veri yolu, betiği kaydettiğiniz yere göre yazılır.</translation>
    </message>
    <message>
        <source>Python scripts (*.py);;All files (*)</source>
        <translation>Python betikleri (*.py);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <source>Put the whole script on the clipboard</source>
        <translation>Betiğin tamamını panoya kopyalar</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Farklı Kaydet…</translation>
    </message>
    <message>
        <source>Save the script as a .py file; its data path is written for that folder</source>
        <translation>Betiği .py dosyası olarak kaydeder; veri yolu o klasöre göre yazılır</translation>
    </message>
    <message>
        <source>Python script</source>
        <translation>Python betiği</translation>
    </message>
    <message>
        <source>Open or build a project to see its code.</source>
        <translation>Kodunu görmek için bir proje açın ya da oluşturun.</translation>
    </message>
    <message>
        <source>The code appears when this is fixed: {error}</source>
        <translation>Bu düzeltildiğinde kod görünür: {error}</translation>
    </message>
    <message>
        <source>Copied the whole script to the clipboard.</source>
        <translation>Betiğin tamamı panoya kopyalandı.</translation>
    </message>
    <message>
        <source>Saved {path}. Run it with: python {name}</source>
        <translation>{path} kaydedildi. Şu komutla çalıştırın: python {name}</translation>
    </message>
    <message>
        <source>Save the script</source>
        <translation>Betiği kaydet</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}.</source>
        <translation>{path} yazılamadı: {reason}.</translation>
    </message>
</context>
<context>
    <name>Collect</name>
    <message>
        <source>student</source>
        <translation>öğrenci</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>klasör</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>metrik</translation>
    </message>
    <message>
        <source>value</source>
        <translation>değer</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>amaca ulaşıldı</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>doğrulandı</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>parametre</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>epok</translation>
    </message>
    <message>
        <source>trained at</source>
        <translation>eğitim zamanı</translation>
    </message>
    <message>
        <source>retrained</source>
        <translation>yeniden eğitimde</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>sorunlar</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>okunamadı</translation>
    </message>
    <message>
        <source>{file}: name the class table with .csv, such as class.csv (class.html is written beside it)</source>
        <translation>{file}: sınıf tablosuna class.csv gibi .csv uzantılı bir ad verin (class.html onun yanına yazılır)</translation>
    </message>
    <message>
        <source>{file} would overwrite the assignment or its table; write the class table elsewhere with -o</source>
        <translation>{file}, ödevin ya da veri tablosunun üzerine yazardı; sınıf tablosunu -o ile başka bir yere yazın</translation>
    </message>
    <message>
        <source>{file} would be written into the hand-in {folder}; write the class table outside the hand-in folders with -o</source>
        <translation>{file}, {folder} teslim klasörünün içine yazılırdı; sınıf tablosunu -o ile teslim klasörlerinin dışına yazın</translation>
    </message>
    <message>
        <source>{model} is byte for byte the one in the hand-in of {others} (a copy, unless both saved the same untouched project in the same second)</source>
        <translation>{model}, şu teslimdeki dosyayla bayt bayt aynı: {others} (ikisi de dokunulmamış aynı projeyi aynı saniyede kaydetmediyse bu bir kopyadır)</translation>
    </message>
    <message>
        <source>it could not be checked ({kind}: {error})</source>
        <translation>denetlenemedi ({kind}: {error})</translation>
    </message>
    <message>
        <source>Hand-ins</source>
        <translation>Teslimler</translation>
    </message>
    <message>
        <source>{hand_ins}: {verified} verified, {met} verified with the goal met</source>
        <translation>{hand_ins}: {verified} doğrulandı, {met} doğrulandı ve amaca ulaştı</translation>
    </message>
    <message>
        <source>hand-in</source>
        <translation>teslim</translation>
    </message>
    <message>
        <source>hand-ins</source>
        <translation>teslim</translation>
    </message>
    <message>
        <source> (goal: {goal})</source>
        <translation> (amaç: {goal})</translation>
    </message>
    <message>
        <source>No hand-ins were found in these folders.</source>
        <translation>Bu klasörlerde hiç teslim bulunamadı.</translation>
    </message>
    <message>
        <source>{title} — class</source>
        <translation>{title} — sınıf</translation>
    </message>
    <message>
        <source>{summary}. Collected by nnbuilder {version} on {date} at {time}; every value was recomputed from the handed-in model.</source>
        <translation>{summary}. {date} {time} tarihinde nnbuilder {version} ile toplandı; her değer teslim edilen modelden yeniden hesaplandı.</translation>
    </message>
    <message>
        <source>Validation curves</source>
        <translation>Doğrulama eğrileri</translation>
    </message>
    <message>
        <source>No curves to show.</source>
        <translation>Gösterilecek eğri yok.</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>usage: </source>
        <translation>kullanım: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>konumsal argümanlar</translation>
    </message>
    <message>
        <source>options</source>
        <translation>seçenekler</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>bu yardım iletisini gösterir ve çıkar</translation>
    </message>
    <message>
        <source>{message} (see &apos;{prog} --help&apos;)</source>
        <translation>{message} (bkz. &apos;{prog} --help&apos;)</translation>
    </message>
    <message>
        <source>expected a whole number, got {text!r}</source>
        <translation>bir tam sayı bekleniyordu, verilen: {text!r}</translation>
    </message>
    <message>
        <source>must be at least 1, got {value}</source>
        <translation>en az 1 olmalı, verilen: {value}</translation>
    </message>
</context>
<context>
    <name>Curves</name>
    <message>
        <source>(earlier runs: ━━ validation, ╍╍ training)</source>
        <translation>(önceki çalıştırmalar: ━━ doğrulama, ╍╍ eğitim)</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Logaritmik ölçek</translation>
    </message>
    <message>
        <source>Show the y axis in powers of ten, so small late improvements stay visible.</source>
        <translation>y eksenini 10&apos;un kuvvetleriyle gösterir; böylece sonlarda gelen küçük iyileşmeler de görünür kalır.</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>epok</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>kayıp</translation>
    </message>
    <message>
        <source>Loss curves</source>
        <translation>Kayıp eğrileri</translation>
    </message>
    <message>
        <source>Metric curves</source>
        <translation>Metrik eğrileri</translation>
    </message>
    <message>
        <source>The metrics chosen on the Training tab, by epoch, for the training and validation rows</source>
        <translation>Eğitim sekmesinde seçilen metrikler, epok epok, eğitim ve doğrulama satırları için</translation>
    </message>
    <message>
        <source>loss ({name})</source>
        <translation>kayıp ({name})</translation>
    </message>
    <message>
        <source>loss while each epoch runs</source>
        <translation>her epok sürerken kayıp</translation>
    </message>
    <message>
        <source>best {monitor}</source>
        <translation>en iyi {monitor}</translation>
    </message>
    <message>
        <source>best: epoch {epoch}</source>
        <translation>en iyi: epok {epoch}</translation>
    </message>
    <message>
        <source>stopped: epoch {epoch}</source>
        <translation>durdu: epok {epoch}</translation>
    </message>
    <message>
        <source>run {number}</source>
        <translation>çalıştırma {number}</translation>
    </message>
    <message>
        <source>Learning curves</source>
        <translation>Öğrenme eğrileri</translation>
    </message>
    <message>
        <source>No epoch has been trained yet.</source>
        <translation>Henüz hiçbir epok eğitilmedi.</translation>
    </message>
    <message>
        <source>{curve} lowest at epoch {epoch}: {value}, after {epochs} epochs.</source>
        <translation>{curve} en düşük değerine {epoch}. epokta ulaştı: {value} ({epochs} epok sonunda).</translation>
    </message>
    <message>
        <source>The learning curves grow here while the network trains.</source>
        <translation>Ağ eğitilirken öğrenme eğrileri burada büyür.</translation>
    </message>
    <message>
        <source>Early stopping watches {monitor}: best {value} in epoch {epoch}.</source>
        <translation>Erken durdurma {monitor} değerini izliyor: en iyisi {epoch}. epokta {value}.</translation>
    </message>
    <message>
        <source>{best} Its patience lasts past the last planned epoch ({epochs}).</source>
        <translation>{best} Sabır (patience) süresi planlanan son epoku ({epochs}) aşıyor.</translation>
    </message>
    <message>
        <source>{best} Training stops after epoch {stop} unless {monitor} rises above {threshold}.</source>
        <translation>{best} {monitor}, {threshold} değerinin üstüne çıkmazsa eğitim {stop}. epoktan sonra durur.</translation>
    </message>
    <message>
        <source>{best} Training stops after epoch {stop} unless {monitor} falls below {threshold}.</source>
        <translation>{best} {monitor}, {threshold} değerinin altına inmezse eğitim {stop}. epoktan sonra durur.</translation>
    </message>
    <message>
        <source>Stopped at epoch {epoch}: the loss became NaN or infinite</source>
        <translation>{epoch}. epokta durdu: kayıp NaN ya da sonsuz oldu</translation>
    </message>
    <message>
        <source>Stopped at epoch {epoch} by you</source>
        <translation>{epoch}. epokta sizin tarafınızdan durduruldu</translation>
    </message>
    <message>
        <source>Early stopping: stopped at epoch {epoch}</source>
        <translation>Erken durdurma: {epoch}. epokta durdu</translation>
    </message>
    <message>
        <source>Trained all {epochs} epochs</source>
        <translation>{epochs} epokun tümü eğitildi</translation>
    </message>
    <message>
        <source> — weights of epoch {epoch} restored</source>
        <translation> — {epoch}. epokun ağırlıkları geri yüklendi</translation>
    </message>
    <message>
        <source> — epoch {epoch} was the best</source>
        <translation> — en iyisi {epoch}. epoktu</translation>
    </message>
    <message>
        <source> — the weights of epoch {epoch} are kept (restore_best_weights is off)</source>
        <translation> — {epoch}. epokun ağırlıkları tutuluyor (restore_best_weights kapalı)</translation>
    </message>
    <message>
        <source> ({monitor} did not improve for {patience} epochs after epoch {epoch})</source>
        <translation> ({monitor}, {epoch}. epoktan sonra {patience} epok boyunca iyileşmedi)</translation>
    </message>
    <message>
        <source>run {number} {name} {value}</source>
        <translation>çalıştırma {number} {name} {value}</translation>
    </message>
    <message>
        <source>no values</source>
        <translation>değer yok</translation>
    </message>
    <message>
        <source>epoch {epoch}: {values}</source>
        <translation>epok {epoch}: {values}</translation>
    </message>
</context>
<context>
    <name>Data</name>
    <message>
        <source>a tab</source>
        <translation>sekme</translation>
    </message>
    <message>
        <source>{name} is empty; export the table again with a header row and rows of data</source>
        <translation>{name} boş; tabloyu bir başlık satırı ve veri satırlarıyla yeniden dışa aktarın</translation>
    </message>
    <message>
        <source>{name} has a header row but no rows of data; add data rows below the header</source>
        <translation>{name} dosyasında başlık satırı var ama veri satırı yok; başlığın altına veri satırları ekleyin</translation>
    </message>
    <message>
        <source>data file &apos;{path}&apos; does not exist; check data.source (a relative path starts at the project file&apos;s folder)</source>
        <translation>&apos;{path}&apos; veri dosyası yok; data.source ayarını denetleyin (göreli bir yol proje dosyasının klasöründen başlar)</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is a folder, not a data file; set data.source to a .csv file inside it</source>
        <translation>&apos;{path}&apos; bir veri dosyası değil, bir klasör; data.source ayarını içindeki bir .csv dosyası yapın</translation>
    </message>
    <message>
        <source>cannot read {name}: permission denied; allow reading it or copy it somewhere you own</source>
        <translation>{name} okunamıyor: izin verilmedi; okunmasına izin verin ya da dosyayı size ait bir yere kopyalayın</translation>
    </message>
    <message>
        <source>cannot read {name}: {reason}; check the file and try again</source>
        <translation>{name} okunamıyor: {reason}; dosyayı denetleyip yeniden deneyin</translation>
    </message>
    <message>
        <source>{name} is not a text table (it holds binary data, e.g. a spreadsheet workbook); save it from the spreadsheet as &apos;CSV UTF-8&apos; and use that file</source>
        <translation>{name} bir metin tablosu değil (ikili veri içeriyor, örneğin bir hesap tablosu çalışma kitabı); hesap tablosu programında &apos;CSV UTF-8&apos; olarak kaydedip o dosyayı kullanın</translation>
    </message>
    <message>
        <source>{name} is not UTF-8, so it was read as Western European (Windows-1252); if letters look wrong, save it as &apos;CSV UTF-8&apos;</source>
        <translation>{name} UTF-8 değil, bu yüzden Batı Avrupa (Windows-1252) kodlamasıyla okundu; harfler yanlış görünüyorsa dosyayı &apos;CSV UTF-8&apos; olarak kaydedin</translation>
    </message>
    <message>
        <source>{name}: line {line} has {fields} fields but the header has {columns}</source>
        <translation>{name}: {line}. satırda {fields} alan var ama başlıkta {columns} alan var</translation>
    </message>
    <message>
        <source>{name} could not be read as a table: {reason}; check the row it names</source>
        <translation>{name} tablo olarak okunamadı: {reason}; adı geçen satırı denetleyin</translation>
    </message>
    <message>
        <source>remove the extra {delimiter} at its end</source>
        <translation>satırın sonundaki fazladan {delimiter} ayırıcısını silin</translation>
    </message>
    <message>
        <source>remove the extra {delimiter} or put quotes around values that contain one (numbers with a decimal comma such as 7,4 need quotes, or &apos;;&apos; between fields)</source>
        <translation>fazladan {delimiter} ayırıcısını silin ya da bu ayırıcıyı içeren değerleri tırnak içine alın (7,4 gibi ondalık virgüllü sayılar tırnak ister ya da alanlar arasında &apos;;&apos; kullanılmalıdır)</translation>
    </message>
    <message>
        <source>remove the extra {delimiter} or put quotes around values that contain one</source>
        <translation>fazladan {delimiter} ayırıcısını silin ya da bu ayırıcıyı içeren değerleri tırnak içine alın</translation>
    </message>
    <message>
        <source>fill in the missing values (an empty value still needs its {delimiter})</source>
        <translation>eksik değerleri doldurun (boş bir değer de kendi {delimiter} ayırıcısını ister)</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>iki kez</translation>
    </message>
    <message>
        <source>{count} times</source>
        <translation>{count} kez</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} ve {last}</translation>
    </message>
    <message>
        <source>{name}: column &apos;{column}&apos; appears {times} (columns {places}); rename one</source>
        <translation>{name}: &apos;{column}&apos; sütunu {times} geçiyor ({places}. sütunlar); birini yeniden adlandırın</translation>
    </message>
    <message>
        <source>column {number} of {name} has no name, so it is called &apos;{column}&apos;; name it in the header row</source>
        <translation>{name} dosyasının {number}. sütununun adı yok, bu yüzden adı &apos;{column}&apos; oldu; başlık satırında ona bir ad verin</translation>
    </message>
    <message>
        <source>skipped {rows} of {name} that hold no values</source>
        <translation>{name} içinde hiç değer içermeyen {rows} atlandı</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; has numbers with a decimal comma (e.g. &apos;{example}&apos;); they were read as numbers</source>
        <translation>&apos;{column}&apos; sütununda ondalık virgüllü sayılar var (örneğin &apos;{example}&apos;); bunlar sayı olarak okundu</translation>
    </message>
    <message>
        <source>row</source>
        <translation>satır</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>satır</translation>
    </message>
    <message>
        <source>data.source is empty; name a CSV file or a built-in data set such as &apos;builtin:circles&apos;</source>
        <translation>data.source boş; bir CSV dosyası ya da &apos;builtin:circles&apos; gibi yerleşik bir veri kümesi belirtin</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>doğru/yanlış</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>tam sayı</translation>
    </message>
    <message>
        <source>number</source>
        <translation>sayı</translation>
    </message>
    <message>
        <source>text</source>
        <translation>metin</translation>
    </message>
    <message>
        <source>predicting a number</source>
        <translation>bir sayı tahmini</translation>
    </message>
    <message>
        <source>one of two classes</source>
        <translation>iki sınıftan biri</translation>
    </message>
    <message>
        <source>one of {count} classes</source>
        <translation>{count} sınıftan biri</translation>
    </message>
    <message>
        <source>target column &apos;{target}&apos; has no values; choose a column that has them</source>
        <translation>&apos;{target}&apos; hedef sütununda hiç değer yok; değer içeren bir sütun seçin</translation>
    </message>
    <message>
        <source>target column &apos;{target}&apos; has only one value (&apos;{value}&apos;); a network cannot learn a target that never changes: choose another target column</source>
        <translation>&apos;{target}&apos; hedef sütununda yalnızca bir değer var (&apos;{value}&apos;); bir ağ hiç değişmeyen bir hedefi öğrenemez: başka bir hedef sütun seçin</translation>
    </message>
    <message>
        <source>target column &apos;{target}&apos; has {count} different text values, so it looks like ids or names; choose a column with numbers or at most {most} classes</source>
        <translation>&apos;{target}&apos; hedef sütununda {count} farklı metin değeri var, bu yüzden kimlik ya da ad gibi görünüyor; sayı içeren ya da en çok {most} sınıfı olan bir sütun seçin</translation>
    </message>
    <message>
        <source>last layer Dense({units}, {activation}), loss {loss}, metric {metrics}</source>
        <translation>son katman Dense({units}, {activation}), kayıp {loss}, metrik {metrics}</translation>
    </message>
    <message>
        <source>last layer Dense({units}, {activation}), loss {loss}</source>
        <translation>son katman Dense({units}, {activation}), kayıp {loss}</translation>
    </message>
    <message>
        <source>did you mean {columns}?</source>
        <translation>şunu mu demek istediniz: {columns}?</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ya da </translation>
    </message>
    <message>
        <source>the columns are: {columns}</source>
        <translation>sütunlar şunlar: {columns}</translation>
    </message>
    <message>
        <source>target column &apos;{column}&apos; is not in {table}; {hint}</source>
        <translation>&apos;{column}&apos; hedef sütunu {table} içinde yok; {hint}</translation>
    </message>
    <message>
        <source>feature column &apos;{column}&apos; is not in {table}; {hint}</source>
        <translation>&apos;{column}&apos; girdi sütunu {table} içinde yok; {hint}</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; is empty, so it was left out</source>
        <translation>&apos;{column}&apos; sütunu boş, bu yüzden dışarıda bırakıldı</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; is mostly numbers but has cells like &apos;{example}&apos; (a spreadsheet may have turned numbers into dates or text), so it was left out; re-export the sheet with the column formatted as numbers</source>
        <translation>&apos;{column}&apos; sütunu çoğunlukla sayı ama &apos;{example}&apos; gibi hücreleri var (bir hesap tablosu sayıları tarihe ya da metne çevirmiş olabilir), bu yüzden dışarıda bırakıldı; sayfayı bu sütun sayı biçiminde olacak şekilde yeniden dışa aktarın</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; has {count} different text values, so it looks like ids or names and was left out (one-hot encoding takes at most {most})</source>
        <translation>&apos;{column}&apos; sütununda {count} farklı metin değeri var; kimlik ya da ad gibi göründüğü için dışarıda bırakıldı (one-hot kodlama en çok {most} değer alır)</translation>
    </message>
    <message>
        <source>only {rows} row of data is left; training needs at least 2: add rows</source>
        <translation>yalnızca {rows} veri satırı kaldı; eğitim için en az 2 satır gerekir: satır ekleyin</translation>
    </message>
    <message>
        <source>{rows} rows with validation_split {share:g} leave {train} for training and {val} for validation; each needs at least 2: add rows or change data.validation_split</source>
        <translation>{rows} satır, {share:g} validation_split ile eğitime {train}, doğrulamaya {val} satır bırakıyor; her birine en az 2 satır gerekir: satır ekleyin ya da data.validation_split ayarını değiştirin</translation>
    </message>
    <message>
        <source>class &apos;{label}&apos; of target &apos;{target}&apos; has only {count} row, but a split that keeps class proportions needs at least 2 per class: add rows of that class, turn off data.stratify or set data.validation_split to 0</source>
        <translation>&apos;{target}&apos; hedefinin &apos;{label}&apos; sınıfında yalnızca {count} satır var, ama sınıf oranlarını koruyan bir ayırma her sınıf için en az 2 satır ister: o sınıftan satır ekleyin, data.stratify ayarını kapatın ya da data.validation_split ayarını 0 yapın</translation>
    </message>
    <message>
        <source>validation_split {share:g} of {rows} rows leaves {train} for training and {val} for validation, fewer than the {classes} classes (each split needs one of each): add rows or change data.validation_split</source>
        <translation>{rows} satırda {share:g} validation_split eğitime {train}, doğrulamaya {val} satır bırakıyor; bu, {classes} sınıftan az (her bölümde her sınıftan bir satır gerekir): satır ekleyin ya da data.validation_split ayarını değiştirin</translation>
    </message>
    <message>
        <source>data.scaling &apos;{value}&apos; is not known; choose one of: {choices}</source>
        <translation>data.scaling için &apos;{value}&apos; bilinmiyor; şunlardan birini seçin: {choices}</translation>
    </message>
    <message>
        <source>data.missing &apos;{value}&apos; is not known; choose one of: {choices}</source>
        <translation>data.missing için &apos;{value}&apos; bilinmiyor; şunlardan birini seçin: {choices}</translation>
    </message>
    <message>
        <source>data.validation_split must be at least 0 and less than 1; got {value}</source>
        <translation>data.validation_split en az 0 ve 1&apos;den küçük olmalıdır; verilen: {value}</translation>
    </message>
    <message>
        <source>no target column chosen; set data.target to one of: {columns}</source>
        <translation>hedef sütun seçilmedi; data.target ayarını şunlardan biri yapın: {columns}</translation>
    </message>
    <message>
        <source>data.features includes the target &apos;{target}&apos;; remove it: a network may not see the answer</source>
        <translation>data.features &apos;{target}&apos; hedefini içeriyor; onu çıkarın: ağın cevabı görmesine izin verilmez</translation>
    </message>
    <message>
        <source>dropped {rows} with no value in the target &apos;{target}&apos;</source>
        <translation>&apos;{target}&apos; hedefinde değeri olmayan {rows} atıldı</translation>
    </message>
    <message>
        <source>target column &apos;{column}&apos; is mostly numbers but has cells like &apos;{example}&apos; (a spreadsheet may have turned numbers into dates or text); re-export the sheet with the column formatted as numbers</source>
        <translation>&apos;{column}&apos; hedef sütunu çoğunlukla sayı ama &apos;{example}&apos; gibi hücreleri var (bir hesap tablosu sayıları tarihe ya da metne çevirmiş olabilir); sayfayı bu sütun sayı biçiminde olacak şekilde yeniden dışa aktarın</translation>
    </message>
    <message>
        <source>no usable feature columns in {table} (see the warnings); set data.features to columns holding numbers or a few text categories</source>
        <translation>{table} içinde kullanılabilir girdi sütunu yok (uyarılara bakın); data.features ayarını sayı ya da birkaç metin kategorisi içeren sütunlar yapın</translation>
    </message>
    <message>
        <source>dropped {rows} with missing feature values; set data.missing to &apos;impute&apos; to fill them in</source>
        <translation>girdi değerleri eksik olan {rows} atıldı; bunları doldurmak için data.missing ayarını &apos;impute&apos; yapın</translation>
    </message>
    <message>
        <source>filled in missing feature values in {rows} from the training rows (median for numbers, most frequent value for text)</source>
        <translation>{rows} içindeki eksik girdi değerleri eğitim satırlarından dolduruldu (sayılar için medyan, metin için en sık değer)</translation>
    </message>
    <message>
        <source>no rows of {table} are left after dropping rows with missing values; set data.missing to &apos;impute&apos; or fill in the gaps</source>
        <translation>eksik değerli satırlar atıldıktan sonra {table} içinde hiç satır kalmadı; data.missing ayarını &apos;impute&apos; yapın ya da boşlukları doldurun</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>How numbers are rescaled for the network: standard = mean 0 and spread 1, minmax = from 0 to 1, none = as in the table.</source>
        <translation>Sayıların ağ için nasıl yeniden ölçeklendiği (scaling): standard = ortalama 0 ve yayılım 1, minmax = 0 ile 1 arası, none = tablodaki gibi.</translation>
    </message>
    <message>
        <source>Rows with an empty feature cell: drop them, or impute (fill in the median, or the most frequent text).</source>
        <translation>Girdi sütununda boş hücresi olan satırlar: drop = satırı at, impute = doldur (medyanla ya da en sık görülen metinle).</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tablolar</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tüm dosyalar</translation>
    </message>
    <message>
        <source>Open a table (CSV or TSV); you can also drop a file here</source>
        <translation>Bir tablo açın (CSV ya da TSV); dosyayı buraya sürükleyip bırakabilirsiniz de</translation>
    </message>
    <message>
        <source>Open &amp;Data…</source>
        <translation>&amp;Veri Aç…</translation>
    </message>
    <message>
        <source>Open a table (CSV or TSV) to train on</source>
        <translation>Eğitimde kullanılacak bir tablo açın (CSV ya da TSV)</translation>
    </message>
    <message>
        <source>Open data…</source>
        <translation>Veri aç…</translation>
    </message>
    <message>
        <source>&amp;Built-in Data Set</source>
        <translation>Ye&amp;rleşik Veri Kümesi</translation>
    </message>
    <message>
        <source>Built-in data set</source>
        <translation>Yerleşik veri kümesi</translation>
    </message>
    <message>
        <source>Choose a built-in data set</source>
        <translation>Yerleşik bir veri kümesi seçin</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Okuma ilerlemesi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Stop reading; the data shown stays as it is</source>
        <translation>Okumayı durdur; gösterilen veri olduğu gibi kalır</translation>
    </message>
    <message>
        <source>Data problem</source>
        <translation>Veri sorunu</translation>
    </message>
    <message>
        <source>Data warnings</source>
        <translation>Veri uyarıları</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Görev</translation>
    </message>
    <message>
        <source>Network inputs</source>
        <translation>Ağın girdileri</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Sütunlar</translation>
    </message>
    <message>
        <source>Data preview</source>
        <translation>Veri önizlemesi</translation>
    </message>
    <message>
        <source>Double-click a row (or press Enter) to trace it through the network</source>
        <translation>Bir satırı ağ boyunca izlemek için satıra çift tıklayın (ya da Enter&apos;a basın)</translation>
    </message>
    <message>
        <source>Trace This Row Through the Network</source>
        <translation>Bu Satırı Ağ Boyunca İzle</translation>
    </message>
    <message>
        <source>Histogram of the selected column</source>
        <translation>Seçili sütunun histogramı</translation>
    </message>
    <message>
        <source>How many rows hold each value of the column selected in the list of columns.</source>
        <translation>Sütun listesinde seçili sütunun her değerinin kaç satırda bulunduğu.</translation>
    </message>
    <message>
        <source>Scatter plot: horizontal axis</source>
        <translation>Saçılım grafiği: yatay eksen</translation>
    </message>
    <message>
        <source>Scatter plot: vertical axis</source>
        <translation>Saçılım grafiği: dikey eksen</translation>
    </message>
    <message>
        <source>Scatter plot</source>
        <translation>Saçılım grafiği</translation>
    </message>
    <message>
        <source>One point per row: the two chosen columns, coloured by the target.</source>
        <translation>Her satır için bir nokta: seçilen iki sütun, hedefe göre renklendirilmiş.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tablo</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histogram</translation>
    </message>
    <message>
        <source>Scatter</source>
        <translation>Saçılım</translation>
    </message>
    <message>
        <source>Open data</source>
        <translation>Veri aç</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; stays the target until you make another column the target.</source>
        <translation>Başka bir sütunu hedef yapana kadar &apos;{column}&apos; hedef sütun olarak kalır.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} okunuyor…</translation>
    </message>
    <message>
        <source>Preparing the network inputs…</source>
        <translation>Ağın girdileri hazırlanıyor…</translation>
    </message>
    <message>
        <source>The data shown is still {name}.</source>
        <translation>Gösterilen veri hâlâ {name}.</translation>
    </message>
    <message>
        <source>Opening {name} was cancelled.</source>
        <translation>{name} dosyasının açılması iptal edildi.</translation>
    </message>
    <message>
        <source>No data loaded</source>
        <translation>Veri yüklenmedi</translation>
    </message>
    <message>
        <source>{name} · {rows:,} rows × {columns:,} columns</source>
        <translation>{name} · {rows:,} satır × {columns:,} sütun</translation>
    </message>
    <message>
        <source>Left out by preprocessing.</source>
        <translation>Ön işleme sırasında dışarıda bırakıldı.</translation>
    </message>
    <message>
        <source>Preprocessing</source>
        <translation>Ön işleme</translation>
    </message>
    <message>
        <source>How rows are split into training and validation, and how columns become inputs.</source>
        <translation>Satırların eğitim ve doğrulama için nasıl ayrıldığı, sütunların nasıl girdiye dönüştüğü.</translation>
    </message>
    <message>
        <source>the set&apos;s own</source>
        <translation>kümenin kendi değeri</translation>
    </message>
    <message>
        <source>No data yet: open a table (CSV or TSV), drop one here, or choose a built-in data set.</source>
        <translation>Henüz veri yok: bir tablo açın (CSV ya da TSV), buraya bir dosya bırakın ya da yerleşik bir veri kümesi seçin.</translation>
    </message>
    <message>
        <source>Reading this data was cancelled; open it again to see it.</source>
        <translation>Bu verinin okunması iptal edildi; görmek için yeniden açın.</translation>
    </message>
    <message>
        <source>… and {count} more (point here to read them all)</source>
        <translation>… ve {count} uyarı daha (hepsini okumak için fareyi buraya getirin)</translation>
    </message>
    <message>
        <source>&apos;{target}&apos; goes from {low:g} to {high:g}</source>
        <translation>&apos;{target}&apos; {low:g} ile {high:g} arasında</translation>
    </message>
    <message>
        <source>&apos;{target}&apos; is {classes}</source>
        <translation>&apos;{target}&apos; değerleri: {classes}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Task&lt;/b&gt;: {task} ({detail})</source>
        <translation>&lt;b&gt;Görev&lt;/b&gt;: {task} ({detail})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested&lt;/b&gt;: {output}</source>
        <translation>&lt;b&gt;Önerilen&lt;/b&gt;: {output}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inputs&lt;/b&gt;: {columns} become {inputs}</source>
        <translation>&lt;b&gt;Girdiler&lt;/b&gt;: {columns} → {inputs}</translation>
    </message>
    <message>
        <source>column</source>
        <translation>sütun</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>sütun</translation>
    </message>
    <message>
        <source>network input</source>
        <translation>ağ girdisi</translation>
    </message>
    <message>
        <source>network inputs</source>
        <translation>ağ girdisi</translation>
    </message>
    <message>
        <source>(one-hot encoded: {columns})</source>
        <translation>(one-hot kodlanan: {columns})</translation>
    </message>
    <message>
        <source>{train:,} rows to train on, {validate:,} to validate</source>
        <translation>eğitim için {train:,} satır, doğrulama için {validate:,} satır</translation>
    </message>
    <message>
        <source>{count:,} dropped</source>
        <translation>{count:,} satır atıldı</translation>
    </message>
    <message>
        <source>Select a column in the list to see how its values spread.</source>
        <translation>Değerlerinin nasıl dağıldığını görmek için listeden bir sütun seçin.</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>satır</translation>
    </message>
    <message>
        <source>({count:,} others)</source>
        <translation>(diğer {count:,})</translation>
    </message>
    <message>
        <source>{count:,} missing</source>
        <translation>{count:,} eksik</translation>
    </message>
    <message>
        <source>{name} ({kind}): {count:,} values</source>
        <translation>{name} ({kind}): {count:,} değer</translation>
    </message>
    <message>
        <source>Histogram of {name}</source>
        <translation>{name} histogramı</translation>
    </message>
    <message>
        <source> ({count:,} missing)</source>
        <translation> ({count:,} eksik)</translation>
    </message>
    <message>
        <source>from</source>
        <translation>başlangıç</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bitiş</translation>
    </message>
    <message>
        <source>{name} has no values to count.</source>
        <translation>{name} sütununda sayılacak değer yok.</translation>
    </message>
    <message>
        <source>{name}: {count:,} values{missing} from {low} to {high}; the tallest bar, {start} to {end}, holds {most:,} of them.</source>
        <translation>{name}: {low} ile {high} arasında {count:,} değer{missing}; en yüksek çubuk ({start} – {end}) bunların {most:,} tanesini içeriyor.</translation>
    </message>
    <message>
        <source>{name}: {count:,} values{missing} from {low} to {high}; the most common, {value}, is in {most:,} rows.</source>
        <translation>{name}: {low} ile {high} arasında {count:,} değer{missing}; en sık görülen değer {value}, {most:,} satırda var.</translation>
    </message>
    <message>
        <source>{name}: {count:,} values{missing} in {kinds:,} categories; the most common, &apos;{value}&apos;, is in {most:,} rows.</source>
        <translation>{name}: {kinds:,} kategoride {count:,} değer{missing}; en sık görülen &apos;{value}&apos;, {most:,} satırda var.</translation>
    </message>
    <message>
        <source>A scatter plot needs two columns of numbers.</source>
        <translation>Saçılım grafiği için iki sayısal sütun gerekir.</translation>
    </message>
    <message>
        <source>{shown:,} of {rows:,} rows</source>
        <translation>{rows:,} satırın {shown:,} tanesi</translation>
    </message>
    <message>
        <source>all {rows:,} rows</source>
        <translation>{rows:,} satırın tümü</translation>
    </message>
    <message>
        <source>{shown}; choose a target to colour the points by it.</source>
        <translation>{shown}; noktaları renklendirmek için bir hedef sütun seçin.</translation>
    </message>
    <message>
        <source>{shown}, coloured by &apos;{target}&apos;: dark purple = {low} … yellow = {high}</source>
        <translation>{shown}, &apos;{target}&apos; değerine göre renkli: koyu mor = {low} … sarı = {high}</translation>
    </message>
    <message>
        <source>{shown}, coloured by the class in &apos;{target}&apos;</source>
        <translation>{shown}, &apos;{target}&apos; sütunundaki sınıfa göre renkli</translation>
    </message>
    <message>
        <source>Scatter plot of {y} against {x}</source>
        <translation>Saçılım grafiği: {x} karşısında {y}</translation>
    </message>
    <message>
        <source>row</source>
        <translation>satır</translation>
    </message>
    <message>
        <source>{y} against {x} across {shown}.</source>
        <translation>{shown} üzerinde {x} karşısında {y}.</translation>
    </message>
    <message>
        <source>{y} tends to rise with {x} across {shown} (correlation {r}).</source>
        <translation>{shown} üzerinde {x} arttıkça {y} de artma eğiliminde (korelasyon {r}).</translation>
    </message>
    <message>
        <source>{y} tends to fall as {x} rises across {shown} (correlation {r}).</source>
        <translation>{shown} üzerinde {x} arttıkça {y} azalma eğiliminde (korelasyon {r}).</translation>
    </message>
    <message>
        <source>{y} shows no clear straight-line link to {x} across {shown} (correlation {r}).</source>
        <translation>{shown} üzerinde {y} ile {x} arasında belirgin bir doğrusal ilişki yok (korelasyon {r}).</translation>
    </message>
</context>
<context>
    <name>DataProbe</name>
    <message>
        <source>reading {name} was cancelled</source>
        <translation>{name} dosyasının okunması iptal edildi</translation>
    </message>
    <message>
        <source>unexpected {kind}: {error}</source>
        <translation>beklenmeyen {kind}: {error}</translation>
    </message>
</context>
<context>
    <name>Datasets</name>
    <message>
        <source>builtin:{name} needs at least 2 samples; got {samples}: ask for more samples</source>
        <translation>builtin:{name} en az 2 örnek gerektirir, verilen: {samples}; daha çok örnek isteyin</translation>
    </message>
    <message>
        <source>builtin:{name} noise cannot be negative; got {noise}: use 0 or more</source>
        <translation>builtin:{name} için gürültü (noise) negatif olamaz, verilen: {noise}; 0 ya da daha büyük bir değer kullanın</translation>
    </message>
    <message>
        <source>Two rings of points, one inside the other: a straight line cannot separate them.</source>
        <translation>İç içe iki nokta halkası: düz bir çizgi bunları ayıramaz.</translation>
    </message>
    <message>
        <source>Points in four squares where opposite corners share a class: one neuron alone cannot solve it.</source>
        <translation>Karşılıklı köşelerin aynı sınıfta olduğu dört karedeki noktalar: tek bir nöron bunu tek başına çözemez.</translation>
    </message>
    <message>
        <source>Two spirals wound around each other: the hardest drawn problem, it needs several layers.</source>
        <translation>Birbirine sarılmış iki sarmal: çizilen problemlerin en zorudur, birkaç katman gerektirir.</translation>
    </message>
    <message>
        <source>Two round clouds of points, one per class, that a straight line can almost separate.</source>
        <translation>Her sınıf için bir tane olmak üzere, düz bir çizginin neredeyse ayırabildiği iki yuvarlak nokta bulutu.</translation>
    </message>
    <message>
        <source>Points along a wavy sine curve with a little noise: predict the height y from x.</source>
        <translation>Biraz gürültülü, dalgalı bir sinüs eğrisi boyunca noktalar: x&apos;ten y yüksekliğini tahmin edin.</translation>
    </message>
    <message>
        <source>Thirty made-up measurements on scales from 0.01 to 1,000, of which only five tell class A from B, and a tenth of the labels drawn at random: a big network learns the noise unless it is held back.</source>
        <translation>0.01 ile 1000 arasındaki ölçeklerde otuz uydurma ölçüm; bunlardan yalnızca beşi A sınıfını B&apos;den ayırır ve etiketlerin onda biri rastgele çekilmiştir: büyük bir ağ, dizginlenmezse gürültüyü öğrenir.</translation>
    </message>
    <message>
        <source>Age, body mass, blood pressure and six blood tests of 442 patients: predict how far their diabetes progressed a year later.</source>
        <translation>442 hastanın yaşı, vücut kitlesi, kan basıncı ve altı kan testi: diyabetlerinin bir yıl sonra ne kadar ilerlediğini tahmin edin.</translation>
    </message>
    <message>
        <source>Thirty measurements of cell nuclei from 569 breast scans: tell malignant tumours from benign ones.</source>
        <translation>569 meme taramasından hücre çekirdeklerine ait otuz ölçüm: kötü huylu tümörleri iyi huylu olanlardan ayırın.</translation>
    </message>
    <message>
        <source>Thirteen chemical measurements of 178 Italian wines: tell which of three cultivars each came from.</source>
        <translation>178 İtalyan şarabının on üç kimyasal ölçümü: her birinin üç üzüm çeşidinden hangisinden geldiğini bulun.</translation>
    </message>
    <message>
        <source>Petal and sepal sizes of 150 iris flowers: tell the three species apart.</source>
        <translation>150 süsen (iris) çiçeğinin taç yaprağı ve çanak yaprağı boyutları: üç türü birbirinden ayırın.</translation>
    </message>
    <message>
        <source>unknown built-in data set &apos;{name}&apos;; choose one of: {choices}</source>
        <translation>&apos;{name}&apos; adında yerleşik bir veri kümesi yok; şunlardan birini seçin: {choices}</translation>
    </message>
</context>
<context>
    <name>Diagram</name>
    <message>
        <source>unit</source>
        <translation>birim</translation>
    </message>
    <message>
        <source>units</source>
        <translation>birim</translation>
    </message>
    <message>
        <source>input</source>
        <translation>girdi</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>girdi</translation>
    </message>
    <message>
        <source>rate {rate:g}</source>
        <translation>oran {rate:g}</translation>
    </message>
    <message>
        <source>rate ?</source>
        <translation>oran ?</translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation>Ağ diyagramı</translation>
    </message>
    <message>
        <source>Inputs: how many is known once the data is loaded</source>
        <translation>Girdiler: kaç tane oldukları veri yüklenince belli olur</translation>
    </message>
    <message>
        <source>value</source>
        <translation>değer</translation>
    </message>
    <message>
        <source>values</source>
        <translation>değer</translation>
    </message>
    <message>
        <source>Inputs: {values} per example, one per feature</source>
        <translation>Girdiler: örnek başına {values}, her girdi sütunu için bir tane</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Girdi</translation>
    </message>
    <message>
        <source> parameters</source>
        <translation> parametre</translation>
    </message>
    <message>
        <source>output</source>
        <translation>çıktı</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>çıktı</translation>
    </message>
</context>
<context>
    <name>DiagramTrace</name>
    <message>
        <source> (the table says {value})</source>
        <translation> (tabloda {value})</translation>
    </message>
    <message>
        <source>input {number}, {name}: {value} as fed to the network{raw}</source>
        <translation>girdi {number}, {name}: ağa verildiği hâliyle {value}{raw}</translation>
    </message>
    <message>
        <source>Row {row}&apos;s inputs: {values}</source>
        <translation>{row}. satırın girdileri: {values}</translation>
    </message>
    <message>
        <source>{activation} of each value: {values}</source>
        <translation>Her değere {activation} uygulanır: {values}</translation>
    </message>
    <message>
        <source> + … ({count} smaller terms)</source>
        <translation> + … ({count} küçük terim daha)</translation>
    </message>
    <message>
        <source> {sign} {bias} (bias) = {z}</source>
        <translation> {sign} {bias} (sapma) = {z}</translation>
    </message>
    <message>
        <source>neuron {number}: {sum}</source>
        <translation>nöron {number}: {sum}</translation>
    </message>
    <message>
        <source>z = w·x + b for each neuron, then {activation}: {values}</source>
        <translation>her nöron için z = w·x + b, ardından {activation}: {values}</translation>
    </message>
    <message>
        <source>Dropout is off when the network predicts: every value passes unchanged</source>
        <translation>Ağ tahmin yaparken Dropout kapalıdır: her değer değişmeden geçer</translation>
    </message>
    <message>
        <source>{value} passes unchanged: Dropout is off when the network predicts</source>
        <translation>{value} değişmeden geçer: ağ tahmin yaparken Dropout kapalıdır</translation>
    </message>
    <message>
        <source>As in training: {dropped} of {count} values dropped this time (rate {rate:g}); the kept ones are scaled up by 1/(1 − {rate:g})</source>
        <translation>Eğitimdeki gibi: bu sefer {count} değerden {dropped} tanesi düşürüldü (oran {rate:g}); tutulanlar 1/(1 − {rate:g}) ile büyütülür</translation>
    </message>
    <message>
        <source>kept: {value} × 1/(1 − {rate:g}) = {result}</source>
        <translation>tutuldu: {value} × 1/(1 − {rate:g}) = {result}</translation>
    </message>
    <message>
        <source>dropped: {value} becomes 0</source>
        <translation>düşürüldü: {value}, 0 olur</translation>
    </message>
    <message>
        <source>(x − mean)/std·γ + β for each value: {values}</source>
        <translation>her değer için (x − ortalama)/std·γ + β: {values}</translation>
    </message>
    <message>
        <source>no values</source>
        <translation>değer yok</translation>
    </message>
    <message>
        <source>{count} values from {low} to {high}</source>
        <translation>{low} ile {high} arasında {count} değer</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Kaydedilmemiş değişiklikler</translation>
    </message>
    <message>
        <source>{name} has changes that are not saved. Save them first?</source>
        <translation>{name} içinde kaydedilmemiş değişiklikler var. Önce kaydedilsin mi?</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Kaydedilmemiş çalışmayı kurtar</translation>
    </message>
    <message>
        <source>nnbuilder closed without saving {work}.</source>
        <translation>nnbuilder şu çalışmayı kaydetmeden kapandı: {work}.</translation>
    </message>
    <message>
        <source>Restore it now, or discard it for good?</source>
        <translation>Şimdi geri yüklensin mi, yoksa tamamen silinsin mi?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Geri yükle</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Sonra karar ver</translation>
    </message>
</context>
<context>
    <name>Diff</name>
    <message>
        <source>on</source>
        <translation>açık</translation>
    </message>
    <message>
        <source>off</source>
        <translation>kapalı</translation>
    </message>
    <message>
        <source>default</source>
        <translation>varsayılan</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <source>{name} {value} removed</source>
        <translation>{name} {value} kaldırıldı</translation>
    </message>
    <message>
        <source>layer {number} {class_name}</source>
        <translation>{number}. katman {class_name}</translation>
    </message>
    <message>
        <source>early stopping on</source>
        <translation>erken durdurma açık</translation>
    </message>
    <message>
        <source>early stopping off</source>
        <translation>erken durdurma kapalı</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tümü</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Your teacher locked {section} in this assignment, so this stays as it is; change what is not locked.</source>
        <translation>Öğretmeniniz bu ödevde şunu kilitledi: {section}. Bu yüzden bu ayar olduğu gibi kalır; kilitli olmayan ayarları değiştirin.</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>otomatik</translation>
    </message>
    <message>
        <source>Duplicate {layers}</source>
        <translation>{layers} çoğalt</translation>
    </message>
    <message>
        <source>Add {layers}</source>
        <translation>{layers} ekle</translation>
    </message>
    <message>
        <source>Delete {layers}</source>
        <translation>{layers} sil</translation>
    </message>
    <message>
        <source>Move {layer}</source>
        <translation>{layer} taşı</translation>
    </message>
    <message>
        <source>default</source>
        <translation>varsayılan</translation>
    </message>
    <message>
        <source>Change {layer} {setting} {old} → {new}</source>
        <translation>{layer} {setting} değiştir: {old} → {new}</translation>
    </message>
    <message>
        <source>Answer question {number}</source>
        <translation>{number}. soruyu yanıtla</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Adsız</translation>
    </message>
    <message>
        <source>Change {settings}</source>
        <translation>Değiştir: {settings}</translation>
    </message>
</context>
<context>
    <name>Inside</name>
    <message>
        <source>the run&apos;s table</source>
        <translation>çalıştırmanın tablosu</translation>
    </message>
    <message>
        <source>cannot write into {out} ({reason}); choose another folder with --out</source>
        <translation>{out} içine yazılamıyor ({reason}); --out ile başka bir klasör seçin</translation>
    </message>
    <message>
        <source>one {optimizer} step (learning rate {rate:g}) from the trained weights of {start}, on the first training batch of {rows} rows</source>
        <translation>{start} çalıştırmasının eğitilmiş ağırlıklarından, {rows} satırlık ilk eğitim mini yığını (batch) üzerinde bir {optimizer} adımı (öğrenme oranı {rate:g})</translation>
    </message>
    <message>
        <source>one {optimizer} step (learning rate {rate:g}) from the project&apos;s seeded initial weights, on the first training batch of {rows} rows</source>
        <translation>projenin tohumla (seed) belirlenen başlangıç ağırlıklarından, {rows} satırlık ilk eğitim mini yığını (batch) üzerinde bir {optimizer} adımı (öğrenme oranı {rate:g})</translation>
    </message>
    <message>
        <source>{layer} {name} {shape}: largest gradient {gradient:.4g}, largest change {change:.4g}</source>
        <translation>{layer} {name} {shape}: en büyük gradyan {gradient:.4g}, en büyük değişim {change:.4g}</translation>
    </message>
    <message>
        <source>loss on the batch: {before:.6g} before, {after:.6g} after</source>
        <translation>mini yığındaki kayıp (loss): önce {before:.6g}, sonra {after:.6g}</translation>
    </message>
    <message>
        <source>wrote {files}</source>
        <translation>yazıldı: {files}</translation>
    </message>
    <message>
        <source>{batches} batches, learning rate {first:.0e} to {last:.2g}; wrote {file}</source>
        <translation>{batches} mini yığın, öğrenme oranı {first:.0e} ile {last:.2g} arası; yazıldı: {file}</translation>
    </message>
    <message>
        <source>the loss never fell below its start at any rate; check the data (its scaling) and the loss</source>
        <translation>kayıp (loss) hiçbir oranda başlangıç değerinin altına düşmedi; veriyi (ölçeklemesini) ve kayıp fonksiyonunu denetleyin</translation>
    </message>
    <message>
        <source>suggested learning rate: {rate:g}</source>
        <translation>önerilen öğrenme oranı: {rate:g}</translation>
    </message>
    <message>
        <source>expected a row number (0 is the first data row), got {text!r}</source>
        <translation>bir satır numarası bekleniyordu (0 ilk veri satırıdır), verilen: {text!r}</translation>
    </message>
    <message>
        <source>rows are counted from 0, got {value}</source>
        <translation>satırlar 0&apos;dan sayılır, verilen: {value}</translation>
    </message>
    <message>
        <source>Follow one row of the table through a trained network: each Dense layer&apos;s z = w·x + b and its activation, each other layer&apos;s output.</source>
        <translation>Tablonun bir satırını eğitilmiş bir ağ boyunca izler: her Dense katmanının z = w·x + b değeri ve aktivasyonu, diğer her katmanın çıktısı.</translation>
    </message>
    <message>
        <source>the folder &apos;nnbuilder train --out&apos; wrote</source>
        <translation>&apos;nnbuilder train --out&apos; komutunun yazdığı klasör</translation>
    </message>
    <message>
        <source>the N-th data row of the run&apos;s table, counted from 0</source>
        <translation>çalıştırmanın tablosundaki N. veri satırı (0&apos;dan sayılır)</translation>
    </message>
    <message>
        <source>print the trace as JSON</source>
        <translation>izlemeyi JSON olarak yazdırır</translation>
    </message>
    <message>
        <source>Take one training step on the first training batch and keep every number: the batch, the loss before and after, each weight&apos;s gradient and the update applied.</source>
        <translation>İlk eğitim mini yığını (batch) üzerinde tek bir eğitim adımı atar ve her sayıyı saklar: mini yığın, önceki ve sonraki kayıp (loss), her ağırlığın gradyanı ve uygulanan güncelleme.</translation>
    </message>
    <message>
        <source>the project file (.nnb or builtin:lesson/ID)</source>
        <translation>proje dosyası (.nnb ya da builtin:lesson/ID)</translation>
    </message>
    <message>
        <source>folder for before.keras, after.keras, batch.npz and step.json</source>
        <translation>before.keras, after.keras, batch.npz ve step.json için klasör</translation>
    </message>
    <message>
        <source>start from this run&apos;s trained weights (&apos;nnbuilder train --out&apos; folder) instead of the project&apos;s seeded initial weights</source>
        <translation>projenin tohumla (seed) belirlenen başlangıç ağırlıkları yerine bu çalıştırmanın eğitilmiş ağırlıklarından (&apos;nnbuilder train --out&apos; klasörü) başlar</translation>
    </message>
    <message>
        <source>Find a learning rate: raise it every batch, from 1e-6, until the loss explodes, and suggest a tenth of the rate where the loss was lowest.</source>
        <translation>Bir öğrenme oranı (learning rate) bulur: oranı 1e-6&apos;dan başlayarak her mini yığında kayıp patlayana dek artırır ve kaybın en düşük olduğu oranın onda birini önerir.</translation>
    </message>
    <message>
        <source>folder for lr_find.csv</source>
        <translation>lr_find.csv için klasör</translation>
    </message>
</context>
<context>
    <name>InsideStep</name>
    <message>
        <source>the trained weights</source>
        <translation>eğitilmiş ağırlıklarla</translation>
    </message>
    <message>
        <source>the initial weights, before training</source>
        <translation>eğitimden önceki ilk ağırlıklarla</translation>
    </message>
    <message>
        <source>The row cannot be traced now: {message}</source>
        <translation>Satır şu anda izlenemiyor: {message}</translation>
    </message>
    <message>
        <source>Cannot trace the row</source>
        <translation>Satır izlenemiyor</translation>
    </message>
    <message>
        <source>Row {row}: target {target}, predicted {prediction} (with {weights})</source>
        <translation>Satır {row}: hedef {target}, tahmin {prediction} ({weights})</translation>
    </message>
    <message>
        <source>Taking a single step…</source>
        <translation>Tek bir adım atılıyor…</translation>
    </message>
    <message>
        <source>Taking {count} single steps…</source>
        <translation>{count} tek adım atılıyor…</translation>
    </message>
    <message>
        <source> It started from the initial weights: {reason}.</source>
        <translation> İlk ağırlıklardan başladı: {reason}.</translation>
    </message>
    <message>
        <source>The step failed: {message}</source>
        <translation>Adım başarısız oldu: {message}</translation>
    </message>
    <message>
        <source>Cannot take a step</source>
        <translation>Adım atılamıyor</translation>
    </message>
    <message>
        <source>Took a single step ({number} since the network was built or last trained). Continue trains on from here; Train starts over.</source>
        <translation>Tek bir adım atıldı (ağ kurulduğundan ya da son eğitildiğinden beri toplam {number} adım). “Devam et” buradan eğitmeyi sürdürür; “Eğit” baştan başlar.</translation>
    </message>
    <message>
        <source>Took {count} single steps ({number} since the network was built or last trained). Continue trains on from here; Train starts over.</source>
        <translation>{count} tek adım atıldı (ağ kurulduğundan ya da son eğitildiğinden beri toplam {number} adım). “Devam et” buradan eğitmeyi sürdürür; “Eğit” baştan başlar.</translation>
    </message>
    <message>
        <source>target</source>
        <translation>hedef</translation>
    </message>
    <message>
        <source>Cannot find a learning rate</source>
        <translation>Öğrenme oranı bulunamıyor</translation>
    </message>
    <message>
        <source>The loss over every (w, b), and the paths SGD and Adam take across it</source>
        <translation>Her (w, b) için kayıp ve SGD ile Adam&apos;ın üzerinde izlediği yollar</translation>
    </message>
    <message>
        <source>Not for this network: {reason}</source>
        <translation>Bu ağ için değil: {reason}</translation>
    </message>
    <message>
        <source>Cannot draw the landscape</source>
        <translation>Kayıp yüzeyi çizilemiyor</translation>
    </message>
    <message>
        <source>Use the learning rate the finder suggested ({rate:g})</source>
        <translation>Öğrenme oranı bulucusunun önerdiği oranı kullan ({rate:g})</translation>
    </message>
    <message>
        <source>The learning rate is {rate:g} now (Undo takes it back).</source>
        <translation>Öğrenme oranı artık {rate:g} (“Geri Al” ile önceki değere dönebilirsiniz).</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Red: positive, blue: negative, white: zero. Point at a cell to read its value.</source>
        <translation>Kırmızı: pozitif, mavi: negatif, beyaz: sıfır. Değerini okumak için fareyle bir hücrenin üzerine gelin.</translation>
    </message>
    <message>
        <source>{n}st</source>
        <translation>{n}.</translation>
    </message>
    <message>
        <source>{n}nd</source>
        <translation>{n}.</translation>
    </message>
    <message>
        <source>{n}rd</source>
        <translation>{n}.</translation>
    </message>
    <message>
        <source>{n}th</source>
        <translation>{n}.</translation>
    </message>
    <message>
        <source>No weights yet.

Train the network and its weights appear here after every epoch; afterwards you can replay how they changed.</source>
        <translation>Henüz ağırlık yok.

Ağı eğitin; ağırlıkları her epoktan (epoch) sonra burada görünür. Ardından nasıl değiştiklerini yeniden oynatabilirsiniz.</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Katman</translation>
    </message>
    <message>
        <source>The layer whose weights are shown (Keras&apos;s name for it)</source>
        <translation>Ağırlıkları gösterilen katman (Keras&apos;taki adıyla)</translation>
    </message>
    <message>
        <source>Tensor</source>
        <translation>Tensör</translation>
    </message>
    <message>
        <source>Which of the layer&apos;s weights: kernel, bias, gamma, beta, …</source>
        <translation>Katmanın hangi ağırlıkları: kernel, bias, gamma, beta, …</translation>
    </message>
    <message>
        <source>&amp;Layer</source>
        <translation>&amp;Katman</translation>
    </message>
    <message>
        <source>&amp;Tensor</source>
        <translation>&amp;Tensör</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epok</translation>
    </message>
    <message>
        <source>Drag to replay the training: the weights as they were after each epoch</source>
        <translation>Eğitimi yeniden oynatmak için sürükleyin: ağırlıklar her epoktan sonraki halleriyle</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Göster</translation>
    </message>
    <message>
        <source>values</source>
        <translation>değerler</translation>
    </message>
    <message>
        <source>change since epoch {epoch}</source>
        <translation>epok {epoch} sonrasından beri değişim</translation>
    </message>
    <message>
        <source>change since previous epoch</source>
        <translation>önceki epoktan beri değişim</translation>
    </message>
    <message>
        <source>The weights themselves, or how much each one moved</source>
        <translation>Ağırlıkların kendisi ya da her birinin ne kadar değiştiği</translation>
    </message>
    <message>
        <source>&amp;Epoch</source>
        <translation>&amp;Epok</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Göster</translation>
    </message>
    <message>
        <source>Heatmap and histogram</source>
        <translation>Isı haritası ve histogram</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tablo</translation>
    </message>
    <message>
        <source>Heatmap of the weights</source>
        <translation>Ağırlıkların ısı haritası</translation>
    </message>
    <message>
        <source>One cell per weight: red for positive, blue for negative, white for zero. The Table tab lists the same numbers.</source>
        <translation>Her ağırlık için bir hücre: pozitif için kırmızı, negatif için mavi, sıfır için beyaz. Tablo sekmesi aynı sayıları listeler.</translation>
    </message>
    <message>
        <source>Histogram of the weights</source>
        <translation>Ağırlıkların histogramı</translation>
    </message>
    <message>
        <source>How many weights have each value; the dashed line marks zero.</source>
        <translation>Her değerde kaç ağırlık olduğu; kesikli çizgi sıfırı gösterir.</translation>
    </message>
    <message>
        <source>how many</source>
        <translation>kaç tane</translation>
    </message>
    <message>
        <source>The same numbers in the Table tab</source>
        <translation>Aynı sayılar, Tablo sekmesinde</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Değerler</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV Olarak Dışa Aktar…</translation>
    </message>
    <message>
        <source>Write the shown numbers to a CSV file for a spreadsheet</source>
        <translation>Gösterilen sayıları bir hesap tablosu için CSV dosyasına yazar</translation>
    </message>
    <message>
        <source>Select cells and press Ctrl+C to copy them; they paste into a spreadsheet.</source>
        <translation>Kopyalamak için hücreleri seçip Ctrl+C&apos;ye basın; bir hesap tablosuna yapıştırılabilirler.</translation>
    </message>
    <message>
        <source>change in the last step</source>
        <translation>son adımdaki değişim</translation>
    </message>
    <message>
        <source>change in the last step (step {number})</source>
        <translation>son adımdaki değişim (adım {number})</translation>
    </message>
    <message>
        <source>The trained network holds the weights of epoch {epoch}: early stopping restored them. Later epochs are shown for comparison only.</source>
        <translation>Eğitilmiş ağ, epok {epoch} ağırlıklarını tutuyor: erken durdurma (early stopping) onları geri yükledi. Sonraki epoklar yalnızca karşılaştırma için gösteriliyor.</translation>
    </message>
    <message>
        <source>Kept every {ordinal} epoch to stay under {megabytes:.3g} MB of memory.</source>
        <translation>Bellekte {megabytes:.3g} MB altında kalmak için her {ordinal} epok saklandı.</translation>
    </message>
    <message>
        <source>{layer} has no weights: Activation and Dropout layers learn nothing. Still showing {shown}.</source>
        <translation>{layer} katmanının ağırlığı yok: Activation ve Dropout katmanları hiçbir şey öğrenmez. Gösterilmeye devam eden: {shown}.</translation>
    </message>
    <message>
        <source>change</source>
        <translation>değişim</translation>
    </message>
    <message>
        <source>value</source>
        <translation>değer</translation>
    </message>
    <message>
        <source>scalar</source>
        <translation>skaler</translation>
    </message>
    <message>
        <source>shape {shape} ({count:,} numbers)</source>
        <translation>şekil {shape} ({count:,} sayı)</translation>
    </message>
    <message>
        <source>{caption}:   mean {mean}   std {std}   min {min}   max {max}   L2 norm {l2}</source>
        <translation>{caption}:   ortalama {mean}   std {std}   min {min}   maks {max}   L2 normu {l2}</translation>
    </message>
    <message>
        <source>{layer} {tensor}</source>
        <translation>{layer} {tensor}</translation>
    </message>
    <message>
        <source>the weight from {source} to unit {unit}</source>
        <translation>{source} ile birim {unit} arasındaki ağırlık</translation>
    </message>
    <message>
        <source>the {tensor} of unit {unit}</source>
        <translation>birim {unit} için {tensor}</translation>
    </message>
    <message>
        <source>in single step {number}</source>
        <translation>tek adımda (adım {number})</translation>
    </message>
    <message>
        <source>between epoch {start} and epoch {epoch}</source>
        <translation>epok {start} ile epok {epoch} arasında</translation>
    </message>
    <message>
        <source>No weights yet.</source>
        <translation>Henüz ağırlık yok.</translation>
    </message>
    <message>
        <source>Heatmap of {name}</source>
        <translation>{name} ısı haritası</translation>
    </message>
    <message>
        <source>{name}: none of its {shape} numbers is finite: the training blew up.</source>
        <translation>{name}: {shape} şekilli tensördeki sayıların hiçbiri sonlu değil: eğitim ıraksadı.</translation>
    </message>
    <message>
        <source>{name}: {span} its {shape} weights changed by {low} to {high}; the largest change, {value}, was {where}.</source>
        <translation>{name}: {span} {shape} ağırlık {low} ile {high} arasında değişti; en büyük değişim: {value} ({where}).</translation>
    </message>
    <message>
        <source>{name}: {shape} weights from {low} to {high}; the strongest, {value}, is {where}.</source>
        <translation>{name}: {shape} ağırlık, {low} ile {high} arasında; en güçlüsü: {value} ({where}).</translation>
    </message>
    <message>
        <source>row</source>
        <translation>satır</translation>
    </message>
    <message>
        <source> This table lists the first {shown:,} of {rows:,} rows; the Table tab lists them all.</source>
        <translation> Bu tablo {rows:,} satırın ilk {shown:,} tanesini listeler; Tablo sekmesi hepsini listeler.</translation>
    </message>
    <message>
        <source>Histogram of {name}</source>
        <translation>{name} histogramı</translation>
    </message>
    <message>
        <source>The tallest bar: {count} of {total} changes lie between {low} and {high}.</source>
        <translation>En yüksek çubuk: {total} değişimin {count} tanesi {low} ile {high} arasında.</translation>
    </message>
    <message>
        <source>The tallest bar: {count} of {total} weights lie between {low} and {high}.</source>
        <translation>En yüksek çubuk: {total} ağırlığın {count} tanesi {low} ile {high} arasında.</translation>
    </message>
    <message>
        <source>from</source>
        <translation>alt sınır</translation>
    </message>
    <message>
        <source>to</source>
        <translation>üst sınır</translation>
    </message>
    <message>
        <source>change of {tensor}{index} = {value}</source>
        <translation>{tensor}{index} değişimi = {value}</translation>
    </message>
    <message>
        <source>{tensor}{index} = {value}</source>
        <translation>{tensor}{index} = {value}</translation>
    </message>
    <message>
        <source>input “{name}”</source>
        <translation>girdi “{name}”</translation>
    </message>
    <message>
        <source>{cell}   from {source} to unit {column}</source>
        <translation>{cell}   {source} → birim {column}</translation>
    </message>
    <message>
        <source>{cell}   unit {column}</source>
        <translation>{cell}   birim {column}</translation>
    </message>
    <message>
        <source>epoch {epoch} of {last}</source>
        <translation>epok {epoch} / {last}</translation>
    </message>
    <message>
        <source>Change from epoch {start} to {epoch}</source>
        <translation>Epok {start} ile epok {epoch} arasındaki değişim</translation>
    </message>
    <message>
        <source>Change in single step {number}</source>
        <translation>Tek adımdaki değişim (adım {number})</translation>
    </message>
    <message>
        <source>Before training</source>
        <translation>Eğitimden önce</translation>
    </message>
    <message>
        <source>After epoch {epoch}</source>
        <translation>Epok {epoch} sonrası</translation>
    </message>
    <message>
        <source>input {row}</source>
        <translation>girdi {row}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>satır {row}</translation>
    </message>
    <message>
        <source>unit {column}</source>
        <translation>birim {column}</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>sütun {column}</translation>
    </message>
    <message>
        <source>input</source>
        <translation>girdi</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>birim</translation>
    </message>
    <message>
        <source>output</source>
        <translation>çıktı</translation>
    </message>
    <message>
        <source>A weighted sum of the inputs plus the bias (before the layer&apos;s activation, if any).</source>
        <translation>Girdilerin ağırlıklı toplamı artı sapma (bias); katmanın aktivasyonu varsa ondan önceki değer.</translation>
    </message>
    <message>
        <source>{first}, {second}, … are the outputs of the layer before; this is their weighted sum plus the bias (before the layer&apos;s activation, if any).</source>
        <translation>{first}, {second}, … önceki katmanın çıktılarıdır; bu, onların ağırlıklı toplamı artı sapmadır (varsa katmanın aktivasyonundan önce).</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV olarak dışa aktar</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV dosyaları (*.csv);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}.</source>
        <translation>{path} yazılamadı: {reason}.</translation>
    </message>
    <message>
        <source>({count} smaller terms)</source>
        <translation>({count} küçük terim daha)</translation>
    </message>
    <message>
        <source>({count} smaller term)</source>
        <translation>({count} küçük terim daha)</translation>
    </message>
</context>
<context>
    <name>Io</name>
    <message>
        <source>the project&apos;s &quot;version&quot; must be a whole number from 1 to {newest}; got {version!r}</source>
        <translation>projenin &quot;version&quot; değeri 1 ile {newest} arasında bir tam sayı olmalı; verilen: {version!r}</translation>
    </message>
    <message>
        <source>this project was written by a newer nnbuilder (file version {version}; this one reads up to version {newest}); update nnbuilder to open it</source>
        <translation>bu proje daha yeni bir nnbuilder ile yazılmış (dosya sürümü {version}; bu nnbuilder en fazla sürüm {newest} dosyalarını okuyabilir); açmak için nnbuilder&apos;ı güncelleyin</translation>
    </message>
    <message>
        <source>project version {version} cannot be upgraded: no migration is known</source>
        <translation>proje sürümü {version} yükseltilemiyor: bilinen bir dönüştürme yok</translation>
    </message>
    <message>
        <source>{where}: unknown key &apos;{key}&apos;</source>
        <translation>{where}: bilinmeyen anahtar &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>{where} must be an object {{...}}; got {value!r}</source>
        <translation>{where} bir nesne {{...}} olmalı; verilen: {value!r}</translation>
    </message>
    <message>
        <source>this is not an nnbuilder project: the file must hold a JSON object {{...}}</source>
        <translation>bu bir nnbuilder projesi değil: dosya bir JSON nesnesi {{...}} içermeli</translation>
    </message>
    <message>
        <source>this is not an nnbuilder project: &quot;format&quot; is {found!r}, expected &quot;{format}&quot;</source>
        <translation>bu bir nnbuilder projesi değil: &quot;format&quot; değeri {found!r}, beklenen &quot;{format}&quot;</translation>
    </message>
    <message>
        <source>project</source>
        <translation>proje</translation>
    </message>
    <message>
        <source>layers must be a list [...]; got {value!r}</source>
        <translation>layers bir liste [...] olmalı; verilen: {value!r}</translation>
    </message>
    <message>
        <source>layer {number}</source>
        <translation>{number}. katman</translation>
    </message>
    <message>
        <source>{where}: missing &quot;class_name&quot; (the layer type, such as &quot;Dense&quot;)</source>
        <translation>{where}: &quot;class_name&quot; eksik (katman türü, örneğin &quot;Dense&quot;)</translation>
    </message>
    <message>
        <source>title must be text; got {value!r}</source>
        <translation>title metin olmalı; verilen: {value!r}</translation>
    </message>
    <message>
        <source>lesson must be a lesson&apos;s name, such as &quot;overfitting&quot;, or null; got {value!r}</source>
        <translation>lesson bir dersin adı (örneğin &quot;overfitting&quot;) ya da null olmalı; verilen: {value!r}</translation>
    </message>
    <message>
        <source>{where} must be a list of texts [&quot;...&quot;, ...]; got {value!r}</source>
        <translation>{where} bir metin listesi [&quot;...&quot;, ...] olmalı; verilen: {value!r}</translation>
    </message>
    <message>
        <source>notes must be text in the lessons&apos; Markdown (see README, &quot;Your own lessons&quot;); got {value!r}</source>
        <translation>notes, derslerdeki Markdown biçiminde bir metin olmalı (bkz. README, &quot;Your own lessons&quot;); verilen: {value!r}</translation>
    </message>
    <message>
        <source>answers has {answers} entries but there are only {questions} questions; remove the extra answers</source>
        <translation>answers içinde {answers} cevap var ama yalnızca {questions} soru var; fazla cevapları kaldırın</translation>
    </message>
    <message>
        <source>{count} problems: {problems}</source>
        <translation>{count} sorun: {problems}</translation>
    </message>
    <message>
        <source>the project file is not valid JSON (line {line}, column {column}: {reason}); fix that spot in a text editor or use a saved copy</source>
        <translation>proje dosyası geçerli bir JSON değil (satır {line}, sütun {column}: {reason}); o noktayı bir metin düzenleyicide düzeltin ya da kaydedilmiş bir kopyayı kullanın</translation>
    </message>
    <message>
        <source>{path}: no such project file; check the path</source>
        <translation>{path}: böyle bir proje dosyası yok; yolu denetleyin</translation>
    </message>
    <message>
        <source>{path} is a folder, not a project file</source>
        <translation>{path} bir klasör, proje dosyası değil</translation>
    </message>
    <message>
        <source>{path} is not a project file (it is not text); open a .nnb file</source>
        <translation>{path} bir proje dosyası değil (metin değil); bir .nnb dosyası açın</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}); check its permissions</source>
        <translation>{path} okunamıyor ({reason}); izinlerini denetleyin</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>nothing is trained yet; train the network first (Training tab → Train)</source>
        <translation>henüz eğitilmiş bir şey yok; önce ağı eğitin (Eğitim sekmesi → Eğit)</translation>
    </message>
    <message>
        <source>the kept weights could not be loaded</source>
        <translation>saklanan ağırlıklar yüklenemedi</translation>
    </message>
    <message>
        <source>Saved {project} with its trained weights ({file})</source>
        <translation>{project} eğitilmiş ağırlıklarıyla birlikte kaydedildi ({file})</translation>
    </message>
    <message>
        <source>Saved the trained model as {path}</source>
        <translation>Eğitilmiş model {path} olarak kaydedildi</translation>
    </message>
</context>
<context>
    <name>LRFinderView</name>
    <message>
        <source>Find a learning rate</source>
        <translation>Öğrenme oranı bul</translation>
    </message>
    <message>
        <source>The finder trained the network for one batch after another, raising the learning rate each time, from 0.000001 until the loss blew up; then it put the weights back as they were. Where the curve falls fastest the rate is useful; where it turns up, too large.</source>
        <translation>Bulucu ağı art arda mini yığınlarla (batch) eğitti ve öğrenme oranını her seferinde, 0.000001&apos;den başlayarak kayıp patlayana dek yükseltti; sonra ağırlıkları eski hâline getirdi. Eğrinin en hızlı düştüğü yerde oran işe yarar; yukarı döndüğü yerde fazla büyüktür.</translation>
    </message>
    <message>
        <source>Loss against learning rate</source>
        <translation>Öğrenme oranına göre kayıp</translation>
    </message>
    <message>
        <source>learning rate (log scale)</source>
        <translation>öğrenme oranı (logaritmik ölçek)</translation>
    </message>
    <message>
        <source>loss on the batch</source>
        <translation>mini yığındaki kayıp</translation>
    </message>
    <message>
        <source>each batch</source>
        <translation>her mini yığın</translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation>yumuşatılmış</translation>
    </message>
    <message>
        <source>&amp;Use this rate</source>
        <translation>Bu &amp;oranı kullan</translation>
    </message>
    <message>
        <source>Set the optimizer&apos;s learning rate to the suggestion (Undo takes it back)</source>
        <translation>Optimize edicinin öğrenme oranını önerilen değere ayarlar (Geri Al ile geri alınabilir)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Kapat</translation>
    </message>
    <message>
        <source>Finding a learning rate… (the first time, Keras takes a few seconds to load)</source>
        <translation>Öğrenme oranı aranıyor… (ilk seferde Keras&apos;ın yüklenmesi birkaç saniye sürer)</translation>
    </message>
    <message>
        <source> The optimizer&apos;s rate is {rate:g} now.</source>
        <translation> Optimize edicinin oranı şu anda {rate:g}.</translation>
    </message>
    <message>
        <source>The loss never fell below where it started, at any rate: check the data&apos;s scaling and the loss.{now}</source>
        <translation>Kayıp hiçbir oranda başladığı değerin altına inmedi: verinin ölçeklemesini ve seçilen kaybı (loss) denetleyin.{now}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested learning rate: {suggestion:g}&lt;/b&gt; (dashed line): a tenth of {lowest:.2g}, where the smoothed loss was lowest, safely below where it blows up.{now}</source>
        <translation>&lt;b&gt;Önerilen öğrenme oranı: {suggestion:g}&lt;/b&gt; (kesikli çizgi): yumuşatılmış kaybın en düşük olduğu {lowest:.2g} değerinin onda biri, kaybın patladığı yerin güvenle altında.{now}</translation>
    </message>
    <message>
        <source>Suggested learning rate: {suggestion:g}</source>
        <translation>Önerilen öğrenme oranı: {suggestion:g}</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>mini yığın</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>öğrenme oranı</translation>
    </message>
    <message>
        <source>smoothed loss</source>
        <translation>yumuşatılmış kayıp</translation>
    </message>
    <message>
        <source>The finder drew {count} batch: too few for a curve.</source>
        <translation>Bulucu yalnızca {count} mini yığın çalıştırdı: bir eğri için çok az.</translation>
    </message>
    <message>
        <source>The smoothed loss never fell over the {count} batches; it was lowest, {low}, at learning rate {rate}.</source>
        <translation>Yumuşatılmış kayıp {count} mini yığın boyunca hiç düşmedi; en düşük değeri {low}, öğrenme oranı {rate} iken.</translation>
    </message>
    <message>
        <source>The loss fell fastest near learning rate {steep} and was lowest, {low}, near {rate}.</source>
        <translation>Kayıp en hızlı öğrenme oranı {steep} civarında düştü ve en düşük değerine, {low}, {rate} civarında ulaştı.</translation>
    </message>
    <message>
        <source>The loss fell fastest near learning rate {steep} and was lowest, {low}, near {rate}; the suggestion is {suggestion}.</source>
        <translation>Kayıp en hızlı öğrenme oranı {steep} civarında düştü ve en düşük değerine, {low}, {rate} civarında ulaştı; öneri {suggestion}.</translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <source>Loss map and path</source>
        <translation>Kayıp haritası ve yol</translation>
    </message>
    <message>
        <source>w (the weight of {feature})</source>
        <translation>w ({feature} ağırlığı)</translation>
    </message>
    <message>
        <source>b (the bias)</source>
        <translation>b (sapma)</translation>
    </message>
    <message>
        <source>it diverged: each step overshot the valley further, off the map</source>
        <translation>ıraksadı: her adım vadiyi bir öncekinden daha çok aştı ve haritanın dışına çıktı</translation>
    </message>
    <message>
        <source>loss {first} → {last} (w {w:.3g}, b {b:.3g})</source>
        <translation>kayıp {first} → {last} (w {w:.3g}, b {b:.3g})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{optimizer}&lt;/b&gt;, learning rate {rate:g}: {steps} steps from the square; {ending}</source>
        <translation>&lt;b&gt;{optimizer}&lt;/b&gt;, öğrenme oranı {rate:g}: kareden başlayarak {steps} adım; {ending}</translation>
    </message>
    <message>
        <source>Loss map and {optimizer}&apos;s path</source>
        <translation>Kayıp haritası ve {optimizer} yolu</translation>
    </message>
    <message>
        <source>After {steps} steps {optimizer} had diverged, off the map; the lowest point of the map is {lowest}, at w {w}, b {b}.</source>
        <translation>{steps} adımdan sonra {optimizer} ıraksamış, haritanın dışına çıkmıştı; haritanın en düşük noktası {lowest} (w {w}, b {b}).</translation>
    </message>
    <message>
        <source>After {steps} steps {optimizer} reached loss {loss}; the lowest point of the map is {lowest}, at w {w}, b {b}.</source>
        <translation>{steps} adımdan sonra {optimizer} ile kayıp {loss} oldu; haritanın en düşük noktası {lowest} (w {w}, b {b}).</translation>
    </message>
    <message>
        <source> The table lists the first {shown:,} of {count:,} points.</source>
        <translation> Tablo {count:,} noktanın ilk {shown:,} tanesini listeler.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>adım</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>kayıp</translation>
    </message>
    <message>
        <source>The loss landscape of the linear unit</source>
        <translation>Doğrusal birimin kayıp yüzeyi</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Kapat</translation>
    </message>
    <message>
        <source>Computing the loss at every (w, b) and training SGD and Adam from the same start…</source>
        <translation>Her (w, b) için kayıp hesaplanıyor ve SGD ile Adam aynı başlangıçtan eğitiliyor…</translation>
    </message>
    <message>
        <source>Every point of a map is one line y = w·{feature} + b; its colour is the training loss of that line (dark: low, yellow: high; white lines join equal losses). Both optimizers start at the same square and take one step per batch; the star is the best line.</source>
        <translation>Haritanın her noktası bir y = w·{feature} + b doğrusudur; rengi o doğrunun eğitim kaybıdır (koyu: düşük, sarı: yüksek; beyaz çizgiler eşit kayıpları birleştirir). İki optimize edici de aynı kareden başlar ve her mini yığında bir adım atar; yıldız en iyi doğrudur.</translation>
    </message>
    <message>
        <source>SGD&apos;s steps are the slope times the learning rate: at {rate:g} each one overshoots the valley by more than the last, and the weights blow up. Adam&apos;s steps stay about the learning rate long wherever it is.</source>
        <translation>SGD&apos;nin adımları eğim çarpı öğrenme oranıdır: {rate:g} oranında her adım vadiyi bir öncekinden daha çok aşar ve ağırlıklar patlar. Adam&apos;ın adımları ise nerede olursa olsun yaklaşık öğrenme oranı uzunluğunda kalır.</translation>
    </message>
    <message>
        <source>SGD&apos;s steps are the slope times the learning rate: long where the surface is steep, short near the floor. Adam&apos;s are about the learning rate long wherever it is, so with rate {rate:g} it ends at loss {adam_loss} where SGD ends at {sgd_loss}.</source>
        <translation>SGD&apos;nin adımları eğim çarpı öğrenme oranıdır: yüzeyin dik olduğu yerde uzun, dibe yakın kısa. Adam&apos;ınkiler nerede olursa olsun yaklaşık öğrenme oranı uzunluğundadır; bu yüzden {rate:g} oranıyla Adam {adam_loss} kayıpla biter, SGD ise {sgd_loss} kayıpla.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>unknown language &apos;{code}&apos;; use one of: {choices}</source>
        <translation>bilinmeyen dil &apos;{code}&apos;; şunlardan birini kullanın: {choices}</translation>
    </message>
</context>
<context>
    <name>LayerModel</name>
    <message>
        <source>unit</source>
        <translation>birim</translation>
    </message>
    <message>
        <source>units</source>
        <translation>birim</translation>
    </message>
    <message>
        <source>rate {rate:g}</source>
        <translation>oran {rate:g}</translation>
    </message>
    <message>
        <source>layer {number}: {problem}</source>
        <translation>katman {number}: {problem}</translation>
    </message>
    <message>
        <source>Problem: {problem}</source>
        <translation>Sorun: {problem}</translation>
    </message>
    <message>
        <source>Output: {values:,} values. Parameters: {explanation}.</source>
        <translation>Çıktı: {values:,} değer. Parametreler: {explanation}.</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>Lesson notes</source>
        <translation>Ders notları</translation>
    </message>
    <message>
        <source>Try this</source>
        <translation>Bunları deneyin</translation>
    </message>
    <message>
        <source>Lesson {number}: {title}</source>
        <translation>Ders {number}: {title}</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Uygula</translation>
    </message>
    <message>
        <source>Starts again from the lesson&apos;s own network and settings, then changes: {change} (Ctrl+Z undoes it)</source>
        <translation>Dersin kendi ağı ve ayarlarıyla yeniden başlar, sonra şunu değiştirir: {change} (Ctrl+Z geri alır)</translation>
    </message>
    <message>
        <source>Apply step {number}</source>
        <translation>{number}. adımı uygula</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Dersler</translation>
    </message>
    <message>
        <source>Six lessons that follow the course step by step. Each one opens a network that is ready to train, with notes to read and things to try.</source>
        <translation>Kursu adım adım izleyen altı ders. Her biri eğitilmeye hazır bir ağ açar; okunacak notlar ve denenecek şeyler içerir.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Open lesson {number}: {title}</source>
        <translation>{number}. dersi aç: {title}</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>there is no lesson &apos;{lesson}&apos;</source>
        <translation>&apos;{lesson}&apos; adında bir ders yok</translation>
    </message>
    <message>
        <source>Lesson {number}: {title}</source>
        <translation>Ders {number}: {title}</translation>
    </message>
    <message>
        <source>the notes of lesson &apos;{lesson}&apos; must start with a &apos;# Title&apos; line</source>
        <translation>&apos;{lesson}&apos; dersinin notları &apos;# Title&apos; satırıyla başlamalı</translation>
    </message>
    <message>
        <source>lesson &apos;{lesson}&apos;: under &apos;{heading}&apos; every step starts with &apos;- &apos;</source>
        <translation>&apos;{lesson}&apos; dersi: &apos;{heading}&apos; altında her adım &apos;- &apos; ile başlar</translation>
    </message>
    <message>
        <source>lesson &apos;{lesson}&apos;: a step&apos;s change is not valid JSON ({problem})</source>
        <translation>&apos;{lesson}&apos; dersi: bir adımın değişikliği geçerli JSON değil ({problem})</translation>
    </message>
    <message>
        <source>lesson &apos;{lesson}&apos;: a step&apos;s change must be a non-empty JSON object {{...}}</source>
        <translation>&apos;{lesson}&apos; dersi: bir adımın değişikliği boş olmayan bir JSON nesnesi {{...}} olmalı</translation>
    </message>
    <message>
        <source>a change must be a non-empty object of settings; got {change}</source>
        <translation>bir değişiklik, ayarlardan oluşan boş olmayan bir nesne olmalı; gelen: {change}</translation>
    </message>
    <message>
        <source>this change would make the project invalid: {error}</source>
        <translation>bu değişiklik projeyi geçersiz kılardı: {error}</translation>
    </message>
    <message>
        <source>insert a {layer} layer at position {position}</source>
        <translation>{position}. konuma bir {layer} katmanı eklenir</translation>
    </message>
    <message>
        <source>remove layer {position}</source>
        <translation>{position}. katman kaldırılır</translation>
    </message>
    <message>
        <source>the layers become: {names}</source>
        <translation>katmanlar şöyle olur: {names}</translation>
    </message>
    <message>
        <source>cannot insert a layer at position {position}: the network has {layers} (positions 1 to {last})</source>
        <translation>{position}. konuma katman eklenemez: ağda {layers} var (konumlar 1 ile {last} arası)</translation>
    </message>
    <message>
        <source>cannot remove a layer at position {position}: the network has {layers} (positions 1 to {last})</source>
        <translation>{position}. konumdaki katman kaldırılamaz: ağda {layers} var (konumlar 1 ile {last} arası)</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>katman</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>katman</translation>
    </message>
    <message>
        <source>{op}: &quot;layer&quot; must be an object such as {{&quot;class_name&quot;: &quot;Dense&quot;, &quot;config&quot;: {{...}}}}</source>
        <translation>{op}: &quot;layer&quot;, {{&quot;class_name&quot;: &quot;Dense&quot;, &quot;config&quot;: {{...}}}} gibi bir nesne olmalı</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>proje</translation>
    </message>
    <message>
        <source>change &apos;{path}&apos;: {where} has {count} items, numbered from 0 to {last}; &apos;{part}&apos; is not one of them</source>
        <translation>&apos;{path}&apos; değişikliği: {where} içinde 0 ile {last} arasında numaralanmış {count} öğe var; &apos;{part}&apos; bunlardan biri değil</translation>
    </message>
    <message>
        <source>change &apos;{path}&apos;: {where} has no &apos;{part}&apos;</source>
        <translation>&apos;{path}&apos; değişikliği: {where} içinde &apos;{part}&apos; yok</translation>
    </message>
    <message>
        <source>off (null)</source>
        <translation>kapalı (null)</translation>
    </message>
    <message>
        <source>the value {value}</source>
        <translation>{value} değeri</translation>
    </message>
    <message>
        <source>change &apos;{path}&apos;: {where} is {state}; set it as a whole instead</source>
        <translation>&apos;{path}&apos; değişikliği: {where} şu an {state}; bunun yerine onu bir bütün olarak ayarlayın</translation>
    </message>
    <message>
        <source>a decision boundary needs exactly 2 inputs; this data has {count}: use a two-column data set such as builtin:circles</source>
        <translation>karar sınırı tam olarak 2 girdi gerektirir; bu veride {count} girdi var: builtin:circles gibi iki sütunlu bir veri kümesi kullanın</translation>
    </message>
    <message>
        <source>a decision boundary needs the probability of two classes; this network has {count} outputs</source>
        <translation>karar sınırı iki sınıfın olasılığını gerektirir; bu ağın {count} çıktısı var</translation>
    </message>
</context>
<context>
    <name>LrFind</name>
    <message>
        <source>the finder took no step; the data has no training rows</source>
        <translation>öğrenme oranı bulucu hiç adım atmadı; veride eğitim satırı yok</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>no display to open the window on; run nnbuilder on a desktop, or set QT_QPA_PLATFORM=offscreen for --screenshot, or train without a window: &apos;nnbuilder train PROJECT&apos;</source>
        <translation>pencerenin açılacağı bir ekran yok; nnbuilder&apos;ı bir masaüstünde çalıştırın, ya da --screenshot için QT_QPA_PLATFORM=offscreen ayarlayın, ya da pencere olmadan eğitin: &apos;nnbuilder train PROJECT&apos;</translation>
    </message>
    <message>
        <source>Qt could not load ({error}); install the system&apos;s graphics libraries (on Debian/Ubuntu: &apos;make system-deps&apos;)</source>
        <translation>Qt yüklenemedi ({error}); sistemin grafik kütüphanelerini kurun (Debian/Ubuntu&apos;da: &apos;make system-deps&apos;)</translation>
    </message>
    <message>
        <source>could not write the screenshot to {path}; check the folder and the .png name</source>
        <translation>ekran görüntüsü {path} konumuna yazılamadı; klasörü ve .png adını denetleyin</translation>
    </message>
</context>
<context>
    <name>MakeAssignment</name>
    <message>
        <source>Make assignment</source>
        <translation>Ödev hazırla</translation>
    </message>
    <message>
        <source>An assignment made from &lt;b&gt;{title}&lt;/b&gt;: students open it, train, and hand in. Their results are recomputed from their models when you collect them.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; projesinden hazırlanan bir ödev: öğrenciler onu açar, eğitir ve teslim eder. Teslimleri topladığınızda sonuçları modellerinden yeniden hesaplanır.</translation>
    </message>
    <message>
        <source>What should the students do? (Markdown: **bold**, - lists)</source>
        <translation>Öğrenciler ne yapmalı? (Markdown: **kalın**, - listeler)</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Yönergeler</translation>
    </message>
    <message>
        <source>&amp;Instructions</source>
        <translation>&amp;Yönergeler</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Amaç</translation>
    </message>
    <message>
        <source>Goal metric</source>
        <translation>Amaç ölçütü</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>en fazla</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>en az</translation>
    </message>
    <message>
        <source>Goal direction</source>
        <translation>Amaç yönü</translation>
    </message>
    <message>
        <source>Goal value</source>
        <translation>Amaç değeri</translation>
    </message>
    <message>
        <source>&amp;Weight limit</source>
        <translation>Ağırlık sını&amp;rı</translation>
    </message>
    <message>
        <source>Most weights allowed</source>
        <translation>İzin verilen en fazla ağırlık</translation>
    </message>
    <message>
        <source>Locked: students see these but cannot change them</source>
        <translation>Kilitli: öğrenciler bunları görür ama değiştiremez</translation>
    </message>
    <message>
        <source>&quot;{section}&quot; in the project file</source>
        <translation>Proje dosyasında &quot;{section}&quot;</translation>
    </message>
    <message>
        <source>One question a line (optional)</source>
        <translation>Her satıra bir soru (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Sorular</translation>
    </message>
    <message>
        <source>Lesson notes in the lessons&apos; Markdown, with &apos;## Try this&apos; steps (optional)</source>
        <translation>Derslerdeki Markdown biçiminde ders notları, &apos;## Bunları deneyin&apos; (ya da &apos;## Try this&apos;) adımlarıyla (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Lesson notes</source>
        <translation>Ders notları</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Sorular</translation>
    </message>
    <message>
        <source>Lesson &amp;notes</source>
        <translation>Ders &amp;notları</translation>
    </message>
    <message>
        <source>Save Assignment…</source>
        <translation>Ödevi Kaydet…</translation>
    </message>
    <message>
        <source>the lesson notes: {error}</source>
        <translation>ders notları: {error}</translation>
    </message>
</context>
<context>
    <name>ModelImport</name>
    <message>
        <source>open it with File → Open Model to look at its weights instead</source>
        <translation>ağırlıklarına bakmak için bunun yerine onu Dosya → Model Aç ile açın</translation>
    </message>
    <message>
        <source>the model has {inputs} inputs and {outputs} outputs; nnbuilder networks have one of each: {instead}</source>
        <translation>modelin {inputs} girdisi ve {outputs} çıktısı var; nnbuilder ağlarında her birinden bir tane bulunur: {instead}</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; does not simply follow the layer before it (a branch or a shared layer); nnbuilder networks are one stack of layers: {instead}</source>
        <translation>&apos;{layer}&apos; katmanı kendinden önceki katmanı doğrudan izlemiyor (bir dal ya da paylaşılan bir katman); nnbuilder ağları tek bir katman yığınıdır: {instead}</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; ({kind}) sets {settings}, which nnbuilder does not offer; {instead}</source>
        <translation>&apos;{layer}&apos; katmanı ({kind}) {settings} ayarını kullanıyor, nnbuilder bunu sunmuyor; {instead}</translation>
    </message>
    <message>
        <source>the model has layers nnbuilder does not offer: {unknown}; nnbuilder builds networks of {offered}: {instead}</source>
        <translation>modelde nnbuilder&apos;ın sunmadığı katmanlar var: {unknown}; nnbuilder ağları şu katmanlardan kurar: {offered}: {instead}</translation>
    </message>
    <message>
        <source>the model was saved before it knew its input shape; {instead}</source>
        <translation>model, girdi şeklini bilmeden önce kaydedilmiş; {instead}</translation>
    </message>
    <message>
        <source>any</source>
        <translation>herhangi</translation>
    </message>
    <message>
        <source>the model takes inputs of shape {shape}; nnbuilder networks take one row of numbers: {instead}</source>
        <translation>model {shape} şeklinde girdiler alıyor; nnbuilder ağları tek bir sayı satırı alır: {instead}</translation>
    </message>
    <message>
        <source>no trained model is kept for {project} ({file} does not exist)</source>
        <translation>{project} için saklanan eğitilmiş bir model yok ({file} bulunmuyor)</translation>
    </message>
    <message>
        <source>{name} cannot be used: {error}</source>
        <translation>{name} kullanılamıyor: {error}</translation>
    </message>
    <message>
        <source>{name} was trained on {saved} inputs but the data now gives {now}; train again</source>
        <translation>{name} {saved} girdiyle eğitildi ama veri şimdi {now} girdi veriyor; yeniden eğitin</translation>
    </message>
    <message>
        <source>the network changed since {name} was trained ({changes}); train again</source>
        <translation>{name} eğitildiğinden beri ağ değişti ({changes}); yeniden eğitin</translation>
    </message>
</context>
<context>
    <name>OneStep</name>
    <message>
        <source>--from {run}: {reason}, or pass a folder that &apos;nnbuilder train --out&apos; wrote for this project</source>
        <translation>--from {run}: {reason}; ya da bu proje için &apos;nnbuilder train --out&apos; komutunun yazdığı bir klasörü verin</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Layer palette</source>
        <translation>Katman paleti</translation>
    </message>
    <message>
        <source>Drag a layer into the stack, or press Enter or double-click to add it at the end.</source>
        <translation>Bir katmanı katman yığınına sürükleyin ya da sona eklemek için Enter&apos;a basın veya çift tıklayın.</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>needs a value (Keras has no default for it)</source>
        <translation>bir değer gerekiyor (Keras&apos;ta varsayılanı yok)</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>otomatik</translation>
    </message>
    <message>
        <source>{label} (locked)</source>
        <translation>{label} (kilitli)</translation>
    </message>
    <message>
        <source>{problem}. It stays {value}</source>
        <translation>{problem}. {value} olarak kalıyor</translation>
    </message>
    <message>
        <source>it is outside the range this field allows</source>
        <translation>bu alanın izin verdiği aralığın dışında</translation>
    </message>
    <message>
        <source>{typed:,} was not taken: {reason}. It stays {kept}.</source>
        <translation>{typed:,} kabul edilmedi: {reason}. {kept} olarak kalıyor.</translation>
    </message>
    <message>
        <source>{help} Problem: {problem}</source>
        <translation>{help} Sorun: {problem}</translation>
    </message>
</context>
<context>
    <name>Predict</name>
    <message>
        <source>accuracy</source>
        <translation>doğruluk (accuracy)</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>kesinlik (precision)</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>duyarlılık (recall)</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} ve {count} tane daha</translation>
    </message>
    <message>
        <source>the table</source>
        <translation>tablo</translation>
    </message>
    <message>
        <source>precision and recall of class &apos;{label}&apos;, above a probability of {threshold:.2f}</source>
        <translation>&apos;{label}&apos; sınıfının kesinliği ve duyarlılığı, {threshold:.2f} olasılığının üzerinde</translation>
    </message>
    <message>
        <source>precision and recall averaged over the classes</source>
        <translation>sınıflar üzerinden ortalaması alınmış kesinlik ve duyarlılık</translation>
    </message>
    <message>
        <source>there are no validation rows to check the predictions on (data.validation_split is 0); set a validation split such as 0.2 and train again</source>
        <translation>tahminlerin denetleneceği doğrulama satırı yok (data.validation_split 0); 0.2 gibi bir doğrulama payı ayarlayıp yeniden eğitin</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; of {source} should hold numbers, as it did in training, but row {row} holds &apos;{value}&apos;; correct that cell (or leave it empty to fill it in)</source>
        <translation>{source} içindeki &apos;{column}&apos; sütunu eğitimde olduğu gibi sayı içermeli, ama {row}. satırda &apos;{value}&apos; var; o hücreyi düzeltin (ya da doldurulması için boş bırakın)</translation>
    </message>
    <message>
        <source>{source} lacks the columns {missing} the network was trained on; add them (the network&apos;s inputs are {inputs})</source>
        <translation>{source} içinde ağın eğitildiği {missing} sütunları yok; bunları ekleyin (ağın girdileri: {inputs})</translation>
    </message>
    <message>
        <source>{source} lacks the column {missing} the network was trained on; add it (the network&apos;s inputs are {inputs})</source>
        <translation>{source} içinde ağın eğitildiği {missing} sütunu yok; onu ekleyin (ağın girdileri: {inputs})</translation>
    </message>
    <message>
        <source>{columns} are not inputs of the network, so they were ignored</source>
        <translation>{columns} ağın girdileri değil, bu yüzden yok sayıldı</translation>
    </message>
    <message>
        <source>{columns} is not an input of the network, so it was ignored</source>
        <translation>{columns} ağın bir girdisi değil, bu yüzden yok sayıldı</translation>
    </message>
    <message>
        <source>{source} has no rows to predict; add rows below its header</source>
        <translation>{source} içinde tahmin edilecek satır yok; başlığın altına satırlar ekleyin</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; holds {values}, which the training rows never had; the network treats such rows as having none of the values it knows</source>
        <translation>&apos;{column}&apos; sütununda eğitim satırlarında hiç olmayan {values} var; ağ bu satırları bildiği değerlerin hiçbiri yokmuş gibi ele alır</translation>
    </message>
    <message>
        <source>{count} rows with missing values were filled in from the training rows (median for numbers, most frequent value for text)</source>
        <translation>eksik değerli {count} satır eğitim satırlarına göre dolduruldu (sayılar için medyan, metin için en sık değer)</translation>
    </message>
    <message>
        <source>1 row with missing values was filled in from the training rows (median for numbers, most frequent value for text)</source>
        <translation>eksik değerli 1 satır eğitim satırlarına göre dolduruldu (sayılar için medyan, metin için en sık değer)</translation>
    </message>
    <message>
        <source>{source} has {columns} columns but the model takes {width} inputs; without its project the table must hold exactly the model&apos;s inputs, already scaled as in training (pass the project instead to predict from the original columns)</source>
        <translation>{source} içinde {columns} sütun var ama model {width} girdi alıyor; projesi olmadan tablo tam olarak modelin girdilerini, eğitimdeki gibi ölçeklenmiş olarak içermeli (özgün sütunlardan tahmin etmek için bunun yerine projeyi verin)</translation>
    </message>
    <message>
        <source>{source} has empty cells; without its project there is nothing to fill them in from</source>
        <translation>{source} içinde boş hücreler var; proje olmadan onları dolduracak bir kaynak yok</translation>
    </message>
    <message>
        <source>without its project, the columns of {source} go into the network as they are: they must already be preprocessed (scaled, one-hot) as in training</source>
        <translation>proje olmadan {source} sütunları ağa oldukları gibi girer: eğitimdeki gibi önceden işlenmiş (ölçeklenmiş, one-hot) olmalılar</translation>
    </message>
    <message>
        <source>{project} has no trained model: train it in the window (which keeps {kept} beside it) or run &apos;nnbuilder train {path} --out DIR&apos; and pass --model DIR/{model}</source>
        <translation>{project} için eğitilmiş model yok: onu pencerede eğitin (pencere {kept} dosyasını yanında tutar) ya da &apos;nnbuilder train {path} --out DIR&apos; komutunu çalıştırıp --model DIR/{model} verin</translation>
    </message>
    <message>
        <source>{model} is a model already; pass either a model or --model, not both</source>
        <translation>{model} zaten bir model; ya bir model ya da --model verin, ikisini birden değil</translation>
    </message>
    <message>
        <source>folder {folder} holds no {project}; pass a project file or a folder written by &apos;nnbuilder train --out&apos;</source>
        <translation>{folder} klasöründe {project} yok; bir proje dosyası ya da &apos;nnbuilder train --out&apos; ile yazılmış bir klasör verin</translation>
    </message>
</context>
<context>
    <name>Predictions</name>
    <message>
        <source>Tables (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Tablolar (*.csv *.tsv *.txt);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Mean absolute error: how far off a prediction is on average, in the target&apos;s own units.</source>
        <translation>Ortalama mutlak hata: bir tahminin ortalamada ne kadar saptığı, hedefin kendi biriminde.</translation>
    </message>
    <message>
        <source>Root mean squared error: like MAE, but large misses count more.</source>
        <translation>Kök ortalama kare hata: MAE gibi, ama büyük sapmalar daha çok sayılır.</translation>
    </message>
    <message>
        <source>How much of the target&apos;s spread the network explains: 1 is perfect, 0 is no better than always guessing the average.</source>
        <translation>Ağın, hedefin yayılımının ne kadarını açıkladığı: 1 kusursuzdur, 0 her zaman ortalamayı tahmin etmekten daha iyi değildir.</translation>
    </message>
    <message>
        <source>The share of validation rows the network gets right.</source>
        <translation>Ağın doğru bildiği doğrulama satırlarının payı.</translation>
    </message>
    <message>
        <source>Of the rows predicted to be the class, the share that truly are.</source>
        <translation>O sınıf olarak tahmin edilen satırlardan gerçekten o sınıf olanların payı.</translation>
    </message>
    <message>
        <source>Of the rows that truly are the class, the share the network finds.</source>
        <translation>Gerçekten o sınıf olan satırlardan ağın bulduklarının payı.</translation>
    </message>
    <message>
        <source>Train the network to see what it predicts for the validation rows.</source>
        <translation>Ağın doğrulama satırları için ne tahmin ettiğini görmek için ağı eğitin.</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>tahmin</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>olasılık</translation>
    </message>
    <message>
        <source>right</source>
        <translation>doğru mu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>on {rows:,} validation rows</source>
        <translation>{rows:,} doğrulama satırında</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Karışıklık matrisi</translation>
    </message>
    <message>
        <source>Rows are the true classes, columns the predicted ones; the right answers are on the diagonal.</source>
        <translation>Satırlar gerçek sınıflar, sütunlar tahmin edilen sınıflardır; doğru cevaplar köşegendedir.</translation>
    </message>
    <message>
        <source>Each row counts the validation rows of one true class by the class the network predicted.</source>
        <translation>Her satır, bir gerçek sınıfın doğrulama satırlarını ağın tahmin ettiği sınıfa göre sayar.</translation>
    </message>
    <message>
        <source>predicted
{label}</source>
        <translation>tahmin
{label}</translation>
    </message>
    <message>
        <source>actual {label}</source>
        <translation>gerçek {label}</translation>
    </message>
    <message>
        <source>{count:,} validation rows of class &apos;{actual}&apos; predicted as &apos;{predicted}&apos; (right)</source>
        <translation>Gerçek sınıfı &apos;{actual}&apos; olan {count:,} doğrulama satırı &apos;{predicted}&apos; olarak tahmin edildi (doğru)</translation>
    </message>
    <message>
        <source>{count:,} validation rows of class &apos;{actual}&apos; predicted as &apos;{predicted}&apos; (wrong)</source>
        <translation>Gerçek sınıfı &apos;{actual}&apos; olan {count:,} doğrulama satırı &apos;{predicted}&apos; olarak tahmin edildi (yanlış)</translation>
    </message>
    <message>
        <source>Predict a CSV…</source>
        <translation>CSV İçin Tahmin Yap…</translation>
    </message>
    <message>
        <source>Choose a table with the same columns as the training data; the network&apos;s predictions are saved as a new CSV beside it</source>
        <translation>Eğitim verisiyle aynı sütunlara sahip bir tablo seçin; ağın tahminleri yanına yeni bir CSV olarak kaydedilir</translation>
    </message>
    <message>
        <source>Validation predictions</source>
        <translation>Doğrulama tahminleri</translation>
    </message>
    <message>
        <source>Double-click a row (or press Enter) to trace it through the network</source>
        <translation>Bir satırı ağ boyunca izlemek için çift tıklayın (ya da Enter&apos;a basın)</translation>
    </message>
    <message>
        <source>Trace This Row Through the Network</source>
        <translation>Bu Satırı Ağ Boyunca İzle</translation>
    </message>
    <message>
        <source>Predicted against actual values</source>
        <translation>Gerçek değerlere karşı tahminler</translation>
    </message>
    <message>
        <source>Each dot is a validation row: its true value across, the prediction up. The table lists the same numbers.</source>
        <translation>Her nokta bir doğrulama satırıdır: yatayda gerçek değeri, dikeyde tahmin. Tablo aynı sayıları listeler.</translation>
    </message>
    <message>
        <source>Each dot is a validation row; on the dashed line the prediction would be exact.</source>
        <translation>Her nokta bir doğrulama satırıdır; kesikli çizginin üzerinde tahmin tam isabetli olurdu.</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Eşik</translation>
    </message>
    <message>
        <source>Above this probability the network&apos;s answer counts as the second class. Lower it to find more of that class (higher recall) at the price of more false alarms (lower precision).</source>
        <translation>Bu olasılığın üzerinde ağın cevabı ikinci sınıf sayılır. O sınıftan daha fazlasını bulmak için düşürün (daha yüksek duyarlılık, recall); bedeli daha fazla yanlış alarmdır (daha düşük kesinlik, precision).</translation>
    </message>
    <message>
        <source>Working out the predictions for the validation rows…</source>
        <translation>Doğrulama satırlarının tahminleri hesaplanıyor…</translation>
    </message>
    <message>
        <source>actual {target}</source>
        <translation>gerçek {target}</translation>
    </message>
    <message>
        <source>predicted {target}</source>
        <translation>tahmin edilen {target}</translation>
    </message>
    <message>
        <source>Predicted against actual {target}</source>
        <translation>Gerçek {target} değerlerine karşı tahminler</translation>
    </message>
    <message>
        <source>error</source>
        <translation>hata</translation>
    </message>
    <message>
        <source>row</source>
        <translation>satır</translation>
    </message>
    <message>
        <source>No validation row has a prediction to draw.</source>
        <translation>Çizilecek tahmini olan doğrulama satırı yok.</translation>
    </message>
    <message>
        <source>; the table lists the first {shown:,}</source>
        <translation>; tablo ilk {shown:,} satırı listeler</translation>
    </message>
    <message>
        <source>On {rows:,} validation rows the predictions are off by {mae} on average (MAE) and by {worst} at most{capped}.</source>
        <translation>{rows:,} doğrulama satırında tahminler ortalama {mae} (MAE), en fazla {worst} sapıyor{capped}.</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>gerçek</translation>
    </message>
    <message>
        <source>The network gets all {rows:,} validation rows right.</source>
        <translation>Ağ, {rows:,} doğrulama satırının tümünü doğru tahmin ediyor.</translation>
    </message>
    <message>
        <source>The network gets {right:,} of {rows:,} validation rows right; its most frequent mistake is taking &apos;{actual}&apos; for &apos;{predicted}&apos; ({count:,} rows).</source>
        <translation>Ağ, {rows:,} doğrulama satırının {right:,} tanesini doğru tahmin ediyor; en sık yaptığı hata &apos;{actual}&apos; sınıfını &apos;{predicted}&apos; sanmak ({count:,} satır).</translation>
    </message>
    <message>
        <source>Predict a table</source>
        <translation>Bir tablo için tahmin yap</translation>
    </message>
    <message>
        <source>Save the predictions</source>
        <translation>Tahminleri kaydet</translation>
    </message>
    <message>
        <source>Not saved: {name} is the table being predicted; choose another file name.</source>
        <translation>Kaydedilmedi: {name}, tahmin edilen tablonun kendisi; başka bir dosya adı seçin.</translation>
    </message>
    <message>
        <source>Predicting {name}…</source>
        <translation>Tahmin ediliyor: {name}…</translation>
    </message>
    <message>
        <source>Saved {rows:,} rows with their predictions to {out}.</source>
        <translation>{rows:,} satır tahminleriyle birlikte kaydedildi: {out}.</translation>
    </message>
    <message>
        <source>{saved} Note: {notes}.</source>
        <translation>{saved} Not: {notes}.</translation>
    </message>
    <message>
        <source>Nothing was saved: {message}.</source>
        <translation>Hiçbir şey kaydedilmedi: {message}.</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <source>nnbuilder projects</source>
        <translation>nnbuilder projeleri</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tüm dosyalar</translation>
    </message>
    <message>
        <source>Keras models</source>
        <translation>Keras modelleri</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Proje aç</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Proje açılamıyor</translation>
    </message>
    <message>
        <source>Cannot open lesson</source>
        <translation>Ders açılamıyor</translation>
    </message>
    <message>
        <source>The project&apos;s lesson cannot be shown: {error}</source>
        <translation>Projenin dersi gösterilemiyor: {error}</translation>
    </message>
    <message>
        <source>Cannot apply this step</source>
        <translation>Bu adım uygulanamıyor</translation>
    </message>
    <message>
        <source>Apply lesson step: {step}</source>
        <translation>Ders adımını uygula: {step}</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Kaydedilmemiş çalışmayı kurtar</translation>
    </message>
    <message>
        <source>Restored the unsaved work; save it to keep it.</source>
        <translation>Kaydedilmemiş çalışma geri yüklendi; saklamak için kaydedin.</translation>
    </message>
    <message>
        <source>The kept trained weights were not loaded: {message}</source>
        <translation>Saklanan eğitilmiş ağırlıklar yüklenemedi: {message}</translation>
    </message>
    <message>
        <source>the kept weights</source>
        <translation>saklanan ağırlıklar</translation>
    </message>
    <message>
        <source>Trained after {epochs} epochs: the weights kept in {kept} are loaded. Continue trains them on.</source>
        <translation>{epochs} epok eğitilmiş: {kept} içinde saklanan ağırlıklar yüklendi. Devam et, bu ağırlıkları eğitmeyi sürdürür.</translation>
    </message>
    <message>
        <source>Trained: the weights kept in {kept} are loaded. Continue trains them on.</source>
        <translation>Eğitilmiş: {kept} içinde saklanan ağırlıklar yüklendi. Devam et, bu ağırlıkları eğitmeyi sürdürür.</translation>
    </message>
    <message>
        <source>Loaded the trained weights kept beside the project.</source>
        <translation>Projenin yanında saklanan eğitilmiş ağırlıklar yüklendi.</translation>
    </message>
    <message>
        <source>Nothing trained yet</source>
        <translation>Henüz eğitilmiş bir şey yok</translation>
    </message>
    <message>
        <source>Train the network first (Training tab → Train).</source>
        <translation>Önce ağı eğitin (Eğitim sekmesi → Eğit).</translation>
    </message>
    <message>
        <source>Could not finish</source>
        <translation>Tamamlanamadı</translation>
    </message>
    <message>
        <source>Save lab report</source>
        <translation>Laboratuvar raporunu kaydet</translation>
    </message>
    <message>
        <source>Export trained model</source>
        <translation>Eğitilmiş modeli dışa aktar</translation>
    </message>
    <message>
        <source>Import model</source>
        <translation>Model içe aktar</translation>
    </message>
    <message>
        <source>Imported the model&apos;s layers; choose its data in the Data tab.</source>
        <translation>Modelin katmanları içe aktarıldı; verisini Veri sekmesinde seçin.</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>Model aç</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>{name} yükleniyor…</translation>
    </message>
    <message>
        <source>Cannot open model</source>
        <translation>Model açılamıyor</translation>
    </message>
    <message>
        <source>{name}: {count} weight tensors</source>
        <translation>{name}: {count} ağırlık tensörü</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Projeyi kaydet</translation>
    </message>
    <message>
        <source>Cannot copy the data</source>
        <translation>Veri kopyalanamıyor</translation>
    </message>
    <message>
        <source>{table} does not exist; choose the data again in the Data tab</source>
        <translation>{table} yok; veriyi Veri sekmesinde yeniden seçin</translation>
    </message>
    <message>
        <source>Save project with its data</source>
        <translation>Projeyi verisiyle birlikte kaydet</translation>
    </message>
    <message>
        <source>{name} could not be copied to {folder} ({reason}); choose another folder</source>
        <translation>{name}, {folder} klasörüne kopyalanamadı ({reason}); başka bir klasör seçin</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>Proje kaydedilemiyor</translation>
    </message>
    <message>
        <source>{path} could not be written ({reason}); your work is kept in the window: choose another folder with Save As</source>
        <translation>{path} yazılamadı ({reason}); çalışmanız pencerede duruyor: Farklı Kaydet ile başka bir klasör seçin</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Kaydedildi: {path}</translation>
    </message>
    <message>
        <source>Runs not saved</source>
        <translation>Çalıştırmalar kaydedilmedi</translation>
    </message>
</context>
<context>
    <name>Race</name>
    <message>
        <source>learning rate {value:g}</source>
        <translation>öğrenme oranı {value:g}</translation>
    </message>
    <message>
        <source>batch size {value:g}</source>
        <translation>yığın boyutu {value:g}</translation>
    </message>
    <message>
        <source>a race changes the learning rate or the batch size, not {setting}</source>
        <translation>bir yarış öğrenme oranını ya da yığın boyutunu değiştirir, {setting} ayarını değil</translation>
    </message>
    <message>
        <source>a race has {low} to {high} copies; got {count}</source>
        <translation>bir yarışta {low} ile {high} arası kopya olur; gelen: {count}</translation>
    </message>
    <message>
        <source>two copies of the race have the same value; give each copy its own</source>
        <translation>yarışın iki kopyası aynı değere sahip; her kopyaya kendi değerini verin</translation>
    </message>
    <message>
        <source>each copy needs a number such as 0.01, not infinity or NaN; type one in each box</source>
        <translation>her kopya sonsuz ya da NaN değil, 0.01 gibi bir sayı ister; her kutuya bir sayı yazın</translation>
    </message>
    <message>
        <source>learning rate {value:g} must be more than 0 and at most 10; choose another</source>
        <translation>öğrenme oranı {value:g} geçersiz: 0&apos;dan büyük ve en çok 10 olmalı; başka bir değer seçin</translation>
    </message>
    <message>
        <source>batch size {value:g} is not a whole number of rows; choose another</source>
        <translation>yığın boyutu {value:g} tam sayıda satır değil; başka bir değer seçin</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>doğrulama kaybı</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>kayıp</translation>
    </message>
    <message>
        <source>{value:g} diverged at epoch {epoch}: the loss became NaN</source>
        <translation>{value:g}, {epoch}. epokta ıraksadı: kayıp NaN oldu</translation>
    </message>
    <message>
        <source>{value:g} trained no epoch</source>
        <translation>{value:g} ile hiçbir epok tamamlanmadı</translation>
    </message>
    <message>
        <source>{value:g} won: the lowest {name}, {lowest:.4g} at epoch {epoch}</source>
        <translation>{value:g} kazandı: en düşük {name}, {epoch}. epokta {lowest:.4g}</translation>
    </message>
    <message>
        <source>{value:g} hardly learned: its {name} went from {first:.4g} to {lowest:.4g}</source>
        <translation>{value:g} neredeyse hiç öğrenmedi: {name} {first:.4g} değerinden {lowest:.4g} değerine indi</translation>
    </message>
    <message>
        <source>{value:g} reached {lowest:.4g} at epoch {epoch}</source>
        <translation>{value:g}, {epoch}. epokta {lowest:.4g} değerine ulaştı</translation>
    </message>
</context>
<context>
    <name>RaceControl</name>
    <message>
        <source>A race needs 2 to 4 copies; {count} {settings} are given</source>
        <translation>Bir yarış 2 ile 4 arasında kopya ister; {count} {settings} verildi</translation>
    </message>
    <message>
        <source>Racing: {copies}…</source>
        <translation>Yarış: {copies}…</translation>
    </message>
    <message>
        <source>The race stopped: another project was opened.</source>
        <translation>Yarış durdu: başka bir proje açıldı.</translation>
    </message>
    <message>
        <source>Race over. {verdicts}.</source>
        <translation>Yarış bitti. {verdicts}.</translation>
    </message>
    <message>
        <source>The race could not run: {message}</source>
        <translation>Yarış çalıştırılamadı: {message}</translation>
    </message>
</context>
<context>
    <name>RaceView</name>
    <message>
        <source>learning rate</source>
        <translation>öğrenme oranı</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>yığın boyutu</translation>
    </message>
    <message>
        <source>learning rates</source>
        <translation>öğrenme oranı</translation>
    </message>
    <message>
        <source>batch sizes</source>
        <translation>yığın boyutu</translation>
    </message>
    <message>
        <source>Race the learning rates</source>
        <translation>Öğrenme oranlarını yarıştır</translation>
    </message>
    <message>
        <source>Train copies of the network from the same initial weights, on the same batches, changing one setting only. Their curves grow together; early stopping is off during a race.</source>
        <translation>Ağın kopyalarını aynı ilk ağırlıklardan, aynı mini yığınlar üzerinde, yalnızca tek bir ayarı değiştirerek eğitin. Eğrileri birlikte büyür; yarış sırasında erken durdurma kapalıdır.</translation>
    </message>
    <message>
        <source>Setting to race</source>
        <translation>Yarıştırılacak ayar</translation>
    </message>
    <message>
        <source>&amp;Race the</source>
        <translation>&amp;Yarıştır:</translation>
    </message>
    <message>
        <source>Value of copy {number}</source>
        <translation>{number}. kopyanın değeri</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(yok)</translation>
    </message>
    <message>
        <source>&amp;Start Race</source>
        <translation>Yarışı &amp;başlat</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Durdur</translation>
    </message>
    <message>
        <source>The copies&apos; losses by epoch</source>
        <translation>Kopyaların epoklara göre kayıpları</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>epok</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Kapat</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number; type a number such as 0.01 in each copy&apos;s box</source>
        <translation>&apos;{text}&apos; bir sayı değil; her kopyanın kutusuna 0.01 gibi bir sayı yazın</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>doğrulama kaybı</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>eğitim kaybı</translation>
    </message>
    <message>
        <source>Racing…</source>
        <translation>Yarış sürüyor…</translation>
    </message>
    <message>
        <source>Each copy is kept as a run on the Training tab.</source>
        <translation>Her kopya Eğitim sekmesinde bir çalıştırma olarak tutulur.</translation>
    </message>
    <message>
        <source>No copy has finished an epoch yet.</source>
        <translation>Henüz hiçbir kopya bir epoku bitirmedi.</translation>
    </message>
    <message>
        <source>At epoch {epoch}, {copy} is lowest: {monitor} {value}.</source>
        <translation>Epok {epoch} itibarıyla en düşük olan {copy}: {monitor} {value}.</translation>
    </message>
    <message>
        <source>{copy} ended lowest: {monitor} {value} at epoch {epoch}.</source>
        <translation>En düşük sonuçla bitiren {copy}: epok {epoch} sonunda {monitor} {value}.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>an untitled project</source>
        <translation>adsız bir proje</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Adsız</translation>
    </message>
    <message>
        <source>“{title}” ({where}), last copied at {time}</source>
        <translation>“{title}” ({where}), son kopyalanma: {time}</translation>
    </message>
    <message>
        <source>unsaved changes could not be copied to {folder} ({reason})</source>
        <translation>kaydedilmemiş değişiklikler {folder} klasörüne kopyalanamadı ({reason})</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>epoch</source>
        <translation>epok</translation>
    </message>
    <message>
        <source>best epoch {epoch}</source>
        <translation>en iyi epok {epoch}</translation>
    </message>
    <message>
        <source>validation {name}</source>
        <translation>doğrulama {name}</translation>
    </message>
    <message>
        <source>training {name}</source>
        <translation>eğitim {name}</translation>
    </message>
    <message>
        <source>learning curve of {name}</source>
        <translation>{name} öğrenme eğrisi</translation>
    </message>
    <message>
        <source>actual {target}</source>
        <translation>gerçek {target}</translation>
    </message>
    <message>
        <source>predicted {target}</source>
        <translation>tahmin edilen {target}</translation>
    </message>
    <message>
        <source>perfect predictions</source>
        <translation>kusursuz tahminler</translation>
    </message>
    <message>
        <source>predicted against actual values</source>
        <translation>gerçek değerlere karşı tahmin edilen değerler</translation>
    </message>
    <message>
        <source>input</source>
        <translation>girdi</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>girdi</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Girdi</translation>
    </message>
    <message>
        <source>output</source>
        <translation>çıktı</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>çıktı</translation>
    </message>
    <message>
        <source>the network from inputs to output</source>
        <translation>girdilerden çıktıya ağ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>Input columns</source>
        <translation>Girdi sütunları</translation>
    </message>
    <message>
        <source>Network inputs</source>
        <translation>Ağ girdileri</translation>
    </message>
    <message>
        <source>{count} after preprocessing (text columns become one 0/1 input per value)</source>
        <translation>ön işlemeden sonra {count} (metin sütunları her değer için bir 0/1 girdisine dönüşür)</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Satırlar</translation>
    </message>
    <message>
        <source>{training:,} for training, {validation:,} for validation</source>
        <translation>eğitim için {training:,}, doğrulama için {validation:,}</translation>
    </message>
    <message>
        <source>; {dropped:,} dropped</source>
        <translation>; {dropped:,} satır çıkarıldı</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Ayırma</translation>
    </message>
    <message>
        <source>validation share {share:g}, seed {seed}</source>
        <translation>doğrulama payı {share:g}, tohum (seed) {seed}</translation>
    </message>
    <message>
        <source>, stratified by class</source>
        <translation>, sınıflara göre tabakalı</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>Ölçekleme</translation>
    </message>
    <message>
        <source>{scaling} (fitted on the training rows only); missing values: {missing}</source>
        <translation>{scaling} (yalnızca eğitim satırlarından hesaplandı); eksik değerler: {missing}</translation>
    </message>
    <message>
        <source>What nnbuilder noticed:</source>
        <translation>nnbuilder&apos;ın fark ettikleri:</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Veri</translation>
    </message>
    <message>
        <source>the data&apos;s columns after preprocessing</source>
        <translation>ön işlemeden sonra verinin sütunları</translation>
    </message>
    <message>
        <source>, {count:,} tracked (not trained)</source>
        <translation>, {count:,} izlenen (eğitilmeyen)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <source>{count:,} trained</source>
        <translation>{count:,} eğitilen</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Katman</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Çıktı</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametre</translation>
    </message>
    <message>
        <source>How the count comes about</source>
        <translation>Sayı nereden geliyor</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Ağ</translation>
    </message>
    <message>
        <source>off</source>
        <translation>kapalı</translation>
    </message>
    <message>
        <source>watch {monitor}, patience {patience}, min_delta {min_delta:g}</source>
        <translation>{monitor} izlenir, sabır (patience) {patience}, min_delta {min_delta:g}</translation>
    </message>
    <message>
        <source>, restore the best weights</source>
        <translation>, en iyi ağırlıklar geri yüklenir</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimize edici (optimizer)</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Kayıp (loss)</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metrikler (metrics)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Yığın boyutu (batch size)</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epok (epoch)</translation>
    </message>
    <message>
        <source>{run} trained ({set} set)</source>
        <translation>{run} eğitildi (ayarlanan: {set})</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Tohum (seed)</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>Erken durdurma (early stopping)</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>Eğitim ayarları</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Ölçüm</translation>
    </message>
    <message>
        <source>Last epoch</source>
        <translation>Son epok</translation>
    </message>
    <message>
        <source>Epoch {epoch} (best)</source>
        <translation>Epok {epoch} (en iyi)</translation>
    </message>
    <message>
        <source>Learning curves</source>
        <translation>Öğrenme eğrileri</translation>
    </message>
    <message>
        <source>On the {count:,} validation rows, which the network never trained on.</source>
        <translation>Ağın hiç eğitilmediği {count:,} doğrulama satırı üzerinde.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Sonuçlar</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Ölçüt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <source>actual {label}</source>
        <translation>gerçek {label}</translation>
    </message>
    <message>
        <source>predicted {label}</source>
        <translation>tahmin edilen {label}</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Karışıklık matrisi</translation>
    </message>
    <message>
        <source>Each row counts the validation rows of one true class by the class the network predicted; the diagonal holds the right answers.</source>
        <translation>Her satır, gerçek sınıfı aynı olan doğrulama satırlarını ağın tahmin ettiği sınıfa göre sayar; köşegende doğru cevaplar bulunur.</translation>
    </message>
    <message>
        <source>Each dot is a validation row; on the dashed line the prediction would be exact.</source>
        <translation>Her nokta bir doğrulama satırıdır; kesikli çizginin üzerinde tahmin tam doğru olurdu.</translation>
    </message>
    <message>
        <source>the {count} inputs ({names})</source>
        <translation>{count} girdinin ({names})</translation>
    </message>
    <message>
        <source>its {count} inputs</source>
        <translation>kendi {count} girdisinin</translation>
    </message>
    <message>
        <source>&lt;b&gt;{layer}/{name}&lt;/b&gt;: {rows} × {columns}; a row per one of {inputs}, a column per unit. Blue is negative, red positive, white zero (scale ±{scale}). Mean {mean}, std {std}, min {min}, max {max}.</source>
        <translation>&lt;b&gt;{layer}/{name}&lt;/b&gt;: {rows} × {columns}; {inputs} her biri için bir satır, her birim için bir sütun. Mavi negatif, kırmızı pozitif, beyaz sıfır (ölçek ±{scale}). Ortalama {mean}, std {std}, min {min}, maks {max}.</translation>
    </message>
    <message>
        <source>weights of {layer}</source>
        <translation>{layer} ağırlıkları</translation>
    </message>
    <message>
        <source>This network has no weight matrices.</source>
        <translation>Bu ağda ağırlık matrisi yok.</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Ağırlıklar</translation>
    </message>
    <message>
        <source>{path} does not exist; a report describes a run of &apos;nnbuilder train --out DIR&apos;: pass that DIR</source>
        <translation>{path} yok; rapor &apos;nnbuilder train --out DIR&apos; ile yapılmış bir çalıştırmayı anlatır: o DIR klasörünü verin</translation>
    </message>
    <message>
        <source>{path} is not a history written by &apos;nnbuilder train&apos;; train again to rewrite it</source>
        <translation>{path}, &apos;nnbuilder train&apos; ile yazılmış bir eğitim geçmişi değil; yeniden yazılması için tekrar eğitin</translation>
    </message>
    <message>
        <source>{path} holds no epochs; train again to rewrite it</source>
        <translation>{path} hiç epok içermiyor; yeniden yazılması için tekrar eğitin</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Adsız</translation>
    </message>
    <message>
        <source>Lab report by {student} written by nnbuilder {version} on {date} at {time}</source>
        <translation>{student} adlı öğrencinin laboratuvar raporu; {date} {time} tarihinde nnbuilder {version} ile yazıldı</translation>
    </message>
    <message>
        <source>Lab report written by nnbuilder {version} on {date} at {time}</source>
        <translation>Laboratuvar raporu; {date} {time} tarihinde nnbuilder {version} ile yazıldı</translation>
    </message>
    <message>
        <source>{title} — lab report</source>
        <translation>{title} — laboratuvar raporu</translation>
    </message>
    <message>
        <source>No validation rows were held out (validation share 0), so there are no figures on unseen rows.</source>
        <translation>Hiç doğrulama satırı ayrılmadı (doğrulama payı 0), bu yüzden görülmemiş satırlar üzerinde sonuç yok.</translation>
    </message>
</context>
<context>
    <name>ReportClassroom</name>
    <message>
        <source>Assignment</source>
        <translation>Ödev</translation>
    </message>
    <message>
        <source>No instructions.</source>
        <translation>Yönerge yok.</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(cevap yok)</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Sorular ve cevaplar</translation>
    </message>
    <message>
        <source>the first run</source>
        <translation>ilk çalıştırma</translation>
    </message>
    <message>
        <source>nothing (the same settings again)</source>
        <translation>hiçbir şey (yine aynı ayarlar)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Çalıştırma</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epok</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Kayıp (loss)</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>Doğrulama kaybı</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ne değişti</translation>
    </message>
    <message>
        <source>Every kept run</source>
        <translation>Saklanan tüm çalıştırmalar</translation>
    </message>
    <message>
        <source>The runs in the order they were trained, each with what changed since the run before.</source>
        <translation>Çalıştırmalar eğitildikleri sırayla; her birinde bir öncekinden bu yana neyin değiştiği yazılı.</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>Karar sınırı</translation>
    </message>
    <message>
        <source>decision boundary</source>
        <translation>karar sınırı</translation>
    </message>
    <message>
        <source>Across: {across}; up: {up}. Blue is where the network says {first}, red {second}; pale near the boundary (probability 0.5). Dots: the validation rows, coloured by their true class.</source>
        <translation>Yatay: {across}; dikey: {up}. Mavi, ağın {first} dediği yer, kırmızı {second}; sınıra yakın yerler soluk (olasılık 0.5). Noktalar: gerçek sınıflarına göre renklendirilmiş doğrulama satırları.</translation>
    </message>
</context>
<context>
    <name>Reporting</name>
    <message>
        <source>epoch</source>
        <translation>epok</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>epok</translation>
    </message>
    <message>
        <source>Trained {epochs} in {seconds:.1f} s.</source>
        <translation>{seconds:.1f} sn içinde {epochs} eğitildi.</translation>
    </message>
    <message>
        <source>Trained {epochs}.</source>
        <translation>{epochs} eğitildi.</translation>
    </message>
    <message>
        <source>Stopped on request; the weights trained so far were kept.</source>
        <translation>İstek üzerine durduruldu; o ana kadar eğitilen ağırlıklar korundu.</translation>
    </message>
    <message>
        <source>Early stopping ended the run; the best epoch was {epoch}.</source>
        <translation>Erken durdurma (early stopping) çalıştırmayı bitirdi; en iyi epok: {epoch}.</translation>
    </message>
    <message>
        <source>Restored the weights of epoch {epoch}.</source>
        <translation>{epoch}. epokun ağırlıkları geri yüklendi.</translation>
    </message>
</context>
<context>
    <name>Runs</name>
    <message>
        <source>the loss became NaN or infinite</source>
        <translation>kayıp NaN ya da sonsuz oldu</translation>
    </message>
    <message>
        <source>stopped by you</source>
        <translation>sizin tarafınızdan durduruldu</translation>
    </message>
    <message>
        <source>it is not text</source>
        <translation>metin değil</translation>
    </message>
    <message>
        <source>the earlier runs in {file} cannot be read ({problem}); check the file</source>
        <translation>{file} içindeki önceki çalıştırmalar okunamıyor ({problem}); dosyayı denetleyin</translation>
    </message>
    <message>
        <source>the earlier runs in {file} cannot be read: {error}; {kept}</source>
        <translation>{file} içindeki önceki çalıştırmalar okunamıyor: {error}; {kept}</translation>
    </message>
    <message>
        <source>move or delete it before the next run is saved, or it will be replaced ({reason})</source>
        <translation>bir sonraki çalıştırma kaydedilmeden önce onu taşıyın ya da silin, yoksa üzerine yazılacak ({reason})</translation>
    </message>
    <message>
        <source>the file was kept as {file} and a new list of runs begins</source>
        <translation>dosya {file} adıyla saklandı ve yeni bir çalıştırma listesi başlıyor</translation>
    </message>
    <message>
        <source>it is not valid JSON (line {line}, column {column}: {problem})</source>
        <translation>geçerli JSON değil (satır {line}, sütun {column}: {problem})</translation>
    </message>
    <message>
        <source>it is not an nnbuilder runs file (no &quot;format&quot;: &quot;{format}&quot;)</source>
        <translation>bir nnbuilder çalıştırma dosyası değil (&quot;format&quot;: &quot;{format}&quot; yok)</translation>
    </message>
    <message>
        <source>it has version {version}, and this nnbuilder reads version {readable}</source>
        <translation>sürümü {version}, bu nnbuilder ise {readable} sürümünü okuyor</translation>
    </message>
    <message>
        <source>&quot;runs&quot; must be a list [...]</source>
        <translation>&quot;runs&quot; bir liste [...] olmalı</translation>
    </message>
    <message>
        <source>run {number}</source>
        <translation>çalıştırma {number}</translation>
    </message>
    <message>
        <source>{where} must be an object {{...}}</source>
        <translation>{where} bir nesne {{...}} olmalı</translation>
    </message>
    <message>
        <source>{where}: &quot;{key}&quot; is missing or has the wrong type ({value})</source>
        <translation>{where}: &quot;{key}&quot; eksik ya da türü yanlış ({value})</translation>
    </message>
    <message>
        <source>{where}: history &quot;{key}&quot; must be a list of numbers</source>
        <translation>{where}: &quot;{key}&quot; geçmişi bir sayı listesi olmalı</translation>
    </message>
</context>
<context>
    <name>RunsView</name>
    <message>
        <source>Run</source>
        <translation>Çalıştırma</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Süre</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epok</translation>
    </message>
    <message>
        <source>Best val_loss</source>
        <translation>En iyi val_loss</translation>
    </message>
    <message>
        <source>Final val_loss</source>
        <translation>Son val_loss</translation>
    </message>
    <message>
        <source>Changes since the run before</source>
        <translation>Önceki çalıştırmadan bu yana değişiklikler</translation>
    </message>
    <message>
        <source>{seconds:.1f} s</source>
        <translation>{seconds:.1f} sn</translation>
    </message>
    <message>
        <source>{seconds:.0f} s</source>
        <translation>{seconds:.0f} sn</translation>
    </message>
    <message>
        <source>{minutes} min {seconds:02d} s</source>
        <translation>{minutes} dk {seconds:02d} sn</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} sa {minutes:02d} dk</translation>
    </message>
    <message>
        <source>first run</source>
        <translation>ilk çalıştırma</translation>
    </message>
    <message>
        <source>(the settings of one of these runs cannot be read)</source>
        <translation>(bu çalıştırmalardan birinin ayarları okunamıyor)</translation>
    </message>
    <message>
        <source>race: {verdict}</source>
        <translation>yarış: {verdict}</translation>
    </message>
    <message>
        <source>Training runs</source>
        <translation>Eğitim çalıştırmaları</translation>
    </message>
    <message>
        <source>Every run of the project, newest first; check a run to draw its curves</source>
        <translation>Projenin tüm çalıştırmaları, en yenisi başta; eğrilerini çizmek için bir çalıştırmayı işaretleyin</translation>
    </message>
    <message>
        <source>The lowest validation loss of any epoch (lower is better).</source>
        <translation>Herhangi bir epoktaki en düşük doğrulama kaybı (düşük olan daha iyidir).</translation>
    </message>
    <message>
        <source>The validation loss after the last epoch trained.</source>
        <translation>Eğitilen son epoktan sonraki doğrulama kaybı.</translation>
    </message>
    <message>
        <source>Check runs to draw their curves with the live ones.</source>
        <translation>Eğrilerini canlı eğrilerle birlikte çizmek için çalıştırmaları işaretleyin.</translation>
    </message>
    <message>
        <source> (epoch {epoch}, restored)</source>
        <translation> (epok {epoch}, geri yüklendi)</translation>
    </message>
    <message>
        <source> (epoch {epoch})</source>
        <translation> (epok {epoch})</translation>
    </message>
    <message>
        <source> (stopped early)</source>
        <translation> (erken durdu)</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>hiçbir şey değişmedi</translation>
    </message>
    <message>
        <source>Run {number}</source>
        <translation>Çalıştırma {number}</translation>
    </message>
    <message>
        <source>Early stopping restored the weights of epoch {epoch}.</source>
        <translation>Erken durdurma {epoch}. epokun ağırlıklarını geri yükledi.</translation>
    </message>
</context>
<context>
    <name>Selftest</name>
    <message>
        <source>lessons</source>
        <translation>dersler</translation>
    </message>
    <message>
        <source>data</source>
        <translation>veri</translation>
    </message>
    <message>
        <source>keras</source>
        <translation>keras</translation>
    </message>
    <message>
        <source>build</source>
        <translation>kurma</translation>
    </message>
    <message>
        <source>train</source>
        <translation>eğitim</translation>
    </message>
    <message>
        <source>save</source>
        <translation>kaydetme</translation>
    </message>
    <message>
        <source>reload</source>
        <translation>yeniden yükleme</translation>
    </message>
    <message>
        <source>window</source>
        <translation>pencere</translation>
    </message>
    <message>
        <source>{count} lessons in {folder}</source>
        <translation>{folder} içinde {count} ders</translation>
    </message>
    <message>
        <source>{source}: {training} training rows, {validation} validation rows</source>
        <translation>{source}: {training} eğitim satırı, {validation} doğrulama satırı</translation>
    </message>
    <message>
        <source>{layers} layers, {parameters} parameters</source>
        <translation>{layers} katman, {parameters} parametre</translation>
    </message>
    <message>
        <source>{epochs} epochs, loss {first:.5g} → {last:.5g}</source>
        <translation>{epochs} epok, kayıp (loss) {first:.5g} → {last:.5g}</translation>
    </message>
    <message>
        <source>{files} in a temporary folder</source>
        <translation>geçici bir klasörde {files}</translation>
    </message>
    <message>
        <source>the reloaded model predicts differently from the one that was saved</source>
        <translation>yeniden yüklenen model, kaydedilen modelden farklı tahmin ediyor</translation>
    </message>
    <message>
        <source>the reloaded model predicts the same</source>
        <translation>yeniden yüklenen model aynı tahminleri yapıyor</translation>
    </message>
    <message>
        <source>Qt cannot draw on this X11 display ({problem}); install the system packages the README&apos;s &quot;For teachers&quot; section lists</source>
        <translation>Qt bu X11 ekranına çizemiyor ({problem}); README dosyasının &quot;For teachers&quot; bölümünde listelenen sistem paketlerini kurun</translation>
    </message>
    <message>
        <source>the window could not be drawn</source>
        <translation>pencere çizilemedi</translation>
    </message>
    <message>
        <source>the window did not close</source>
        <translation>pencere kapanmadı</translation>
    </message>
    <message>
        <source>{width}×{height} on the {platform} platform</source>
        <translation>{platform} platformunda {width}×{height}</translation>
    </message>
    <message>
        <source>not run, because the {check} check failed</source>
        <translation>çalıştırılmadı, çünkü {check} denetimi başarısız oldu</translation>
    </message>
    <message>
        <source>bundle in {folder}</source>
        <translation>paket: {folder}</translation>
    </message>
    <message>
        <source>Python {version}, nnbuilder in {folder}</source>
        <translation>Python {version}, nnbuilder konumu: {folder}</translation>
    </message>
    <message>
        <source>nnbuilder {version} self-test on {system} {machine} ({where})</source>
        <translation>nnbuilder {version} öz denetimi: {system} {machine} ({where})</translation>
    </message>
    <message>
        <source>temporary folder: FAILED: {reason} ({folder})</source>
        <translation>geçici klasör: BAŞARISIZ: {reason} ({folder})</translation>
    </message>
    <message>
        <source>{check}: FAILED: {reason}</source>
        <translation>{check}: BAŞARISIZ: {reason}</translation>
    </message>
    <message>
        <source>{check}: ok ({found}; {seconds:.1f} s)</source>
        <translation>{check}: tamam ({found}; {seconds:.1f} sn)</translation>
    </message>
    <message>
        <source>{failed} of {total} checks FAILED</source>
        <translation>{total} denetimden {failed} tanesi BAŞARISIZ</translation>
    </message>
    <message>
        <source>all {total} checks passed in {seconds:.1f} s</source>
        <translation>{total} denetimin tümü {seconds:.1f} sn içinde geçti</translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <source>the engine did not answer within {seconds} s</source>
        <translation>motor {seconds} sn içinde yanıt vermedi</translation>
    </message>
    <message>
        <source>unexpected {kind}: {error}</source>
        <translation>beklenmeyen {kind}: {error}</translation>
    </message>
</context>
<context>
    <name>Shapes</name>
    <message>
        <source>input</source>
        <translation>girdi</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>girdi</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>birim</translation>
    </message>
    <message>
        <source>units</source>
        <translation>birim</translation>
    </message>
    <message>
        <source>{inputs} × {units} + {biases} = {total:,}</source>
        <translation>{inputs} × {units} + {biases} = {total:,}</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>sapma</translation>
    </message>
    <message>
        <source>biases</source>
        <translation>sapma</translation>
    </message>
    <message>
        <source>{inputs} × {units} = {total:,}</source>
        <translation>{inputs} × {units} = {total:,}</translation>
    </message>
    <message>
        <source>moving mean</source>
        <translation>hareketli ortalama</translation>
    </message>
    <message>
        <source>moving variance</source>
        <translation>hareketli varyans</translation>
    </message>
    <message>
        <source>{features} × {count} ({tensors}) = {total:,}; the moving mean and variance are tracked, not trained</source>
        <translation>{features} × {count} ({tensors}) = {total:,}; hareketli ortalama ve varyans eğitilmez, yalnızca izlenir</translation>
    </message>
    <message>
        <source>feature</source>
        <translation>girdi</translation>
    </message>
    <message>
        <source>features</source>
        <translation>girdi</translation>
    </message>
    <message>
        <source>nothing to learn: values pass straight through</source>
        <translation>öğrenilecek bir şey yok: değerler olduğu gibi geçer</translation>
    </message>
</context>
<context>
    <name>StackView</name>
    <message>
        <source>{count:,} params</source>
        <translation>{count:,} param.</translation>
    </message>
    <message>
        <source>no settings</source>
        <translation>ayar yok</translation>
    </message>
    <message>
        <source>value</source>
        <translation>değer</translation>
    </message>
    <message>
        <source>values</source>
        <translation>değer</translation>
    </message>
    <message>
        <source>Parameters: {explanation}</source>
        <translation>Parametreler: {explanation}</translation>
    </message>
    <message>
        <source>Layer stack</source>
        <translation>Katman yığını</translation>
    </message>
</context>
<context>
    <name>StepView</name>
    <message>
        <source>input {row}</source>
        <translation>girdi {row}</translation>
    </message>
    <message>
        <source>the weight from {source} to unit {unit}</source>
        <translation>{source} ile birim {unit} arasındaki ağırlık</translation>
    </message>
    <message>
        <source>the {tensor} of unit {unit}</source>
        <translation>birim {unit} için {tensor}</translation>
    </message>
    <message>
        <source>{heading} ({layer} {tensor})</source>
        <translation>{heading} ({layer} {tensor})</translation>
    </message>
    <message>
        <source>gradient</source>
        <translation>gradyan</translation>
    </message>
    <message>
        <source>change</source>
        <translation>değişim</translation>
    </message>
    <message>
        <source>input</source>
        <translation>girdi</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>birim</translation>
    </message>
    <message>
        <source>index</source>
        <translation>indis</translation>
    </message>
    <message>
        <source>None of the {count} numbers is finite.</source>
        <translation>{count} sayının hiçbiri sonlu değil.</translation>
    </message>
    <message>
        <source>The largest gradient in step {step}: {value}, on {where}; the mean gradient is {mean}.</source>
        <translation>{step}. adımdaki en büyük gradyan: {value} ({where}); ortalama gradyan: {mean}.</translation>
    </message>
    <message>
        <source>The largest change in step {step}: {value}, on {where}; the mean change is {mean}.</source>
        <translation>{step}. adımdaki en büyük değişim: {value} ({where}); ortalama değişim: {mean}.</translation>
    </message>
    <message>
        <source> The table lists the first {shown:,} of {count:,} weights.</source>
        <translation> Tablo {count:,} ağırlığın ilk {shown:,} tanesini listeler.</translation>
    </message>
    <message>
        <source>One training step</source>
        <translation>Tek bir eğitim adımı</translation>
    </message>
    <message>
        <source>The batch&apos;s rows</source>
        <translation>Mini yığının satırları</translation>
    </message>
    <message>
        <source>Weight tensor</source>
        <translation>Ağırlık tensörü</translation>
    </message>
    <message>
        <source>&amp;Weights of</source>
        <translation>&amp;Ağırlıklar:</translation>
    </message>
    <message>
        <source>Gradient: how the loss changes as each weight grows</source>
        <translation>Gradyan: her ağırlık büyüdükçe kayıp nasıl değişir</translation>
    </message>
    <message>
        <source>Update applied: how each weight moved</source>
        <translation>Uygulanan güncelleme: her ağırlık ne kadar kaydı</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>A&amp;dım</translation>
    </message>
    <message>
        <source>Train exactly one more batch</source>
        <translation>Tam olarak bir mini yığın daha eğitir</translation>
    </message>
    <message>
        <source>Step ×&amp;10</source>
        <translation>Adım ×&amp;10</translation>
    </message>
    <message>
        <source>Train ten more batches, one after another</source>
        <translation>Art arda on mini yığın daha eğitir</translation>
    </message>
    <message>
        <source>Show in &amp;Weights</source>
        <translation>Ağırlıklarda &amp;göster</translation>
    </message>
    <message>
        <source>The Weights tab, showing the change in the last step</source>
        <translation>Son adımdaki değişikliği gösteren Ağırlıklar sekmesi</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Kapat</translation>
    </message>
    <message>
        <source>Step {number}</source>
        <translation>Adım {number}</translation>
    </message>
    <message>
        <source>Steps {first} to {last}</source>
        <translation>Adım {first}–{last}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{which}&lt;/b&gt; of this network: {optimizer} with learning rate {rate:g}, each on the next batch of {rows:,} training rows.</source>
        <translation>&lt;b&gt;{which}&lt;/b&gt; (bu ağda): {optimizer}, öğrenme oranı {rate:g}; her adım sıradaki {rows:,} eğitim satırlık mini yığın üzerinde.</translation>
    </message>
    <message>
        <source>Loss on the batch of step {number}: {before} before, {after} after{change}.</source>
        <translation>{number}. adımın mini yığınındaki kayıp: önce {before}, sonra {after}{change}.</translation>
    </message>
    <message>
        <source> Each step, before → after: </source>
        <translation> Her adım, önce → sonra: </translation>
    </message>
    <message>
        <source>SGD moves every weight by −learning rate × gradient: here −{rate:g} × g, so the two pictures are the same up to the sign and the scale.</source>
        <translation>SGD her ağırlığı −öğrenme oranı × gradyan kadar kaydırır: burada −{rate:g} × g; bu yüzden iki grafik, işaret ve ölçek dışında aynıdır.</translation>
    </message>
    <message>
        <source>{optimizer} scales each weight&apos;s step by the gradients it has seen so far, so weights with small gradients can move as far as those with large ones.</source>
        <translation>{optimizer}, her ağırlığın adımını o ana dek gördüğü gradyanlara göre ölçekler; bu yüzden küçük gradyanlı ağırlıklar büyük gradyanlılar kadar uzağa gidebilir.</translation>
    </message>
    <message>
        <source> (the first {shown} shown)</source>
        <translation> (ilk {shown} tanesi gösteriliyor)</translation>
    </message>
    <message>
        <source>The batch: {rows:,} rows as fed to the network, with their target{more}</source>
        <translation>Mini yığın: ağa verildiği hâliyle {rows:,} satır, hedefleriyle birlikte{more}</translation>
    </message>
</context>
<context>
    <name>TableModel</name>
    <message>
        <source>feature</source>
        <translation>girdi</translation>
    </message>
    <message>
        <source>target</source>
        <translation>hedef</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>kullanılmıyor</translation>
    </message>
    <message>
        <source>The column&apos;s name in the table&apos;s header row.</source>
        <translation>Sütunun, tablonun başlık satırındaki adı.</translation>
    </message>
    <message>
        <source>What its cells hold: numbers, whole numbers, true/false, or text.</source>
        <translation>Hücrelerinde ne olduğu: sayılar, tam sayılar, doğru/yanlış ya da metin.</translation>
    </message>
    <message>
        <source>How many of its cells are empty.</source>
        <translation>Kaç hücresinin boş olduğu.</translation>
    </message>
    <message>
        <source>How many different values it holds.</source>
        <translation>Kaç farklı değer içerdiği.</translation>
    </message>
    <message>
        <source>What the network does with it; click to change.</source>
        <translation>Ağın onu nasıl kullandığı; değiştirmek için tıklayın.</translation>
    </message>
    <message>
        <source>The network sees this column as an input.</source>
        <translation>Ağ bu sütunu girdi olarak görür.</translation>
    </message>
    <message>
        <source>The column the network learns to predict.</source>
        <translation>Ağın tahmin etmeyi öğrendiği sütun.</translation>
    </message>
    <message>
        <source>Left out: the network never sees this column.</source>
        <translation>Dışarıda bırakıldı: ağ bu sütunu hiç görmez.</translation>
    </message>
    <message>
        <source>missing value</source>
        <translation>eksik değer</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Sütun</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Eksik</translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation>Farklı</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>{role} (left out)</source>
        <translation>{role} (dışarıda bırakıldı)</translation>
    </message>
    <message>
        <source>over {count:,}</source>
        <translation>{count:,} üzeri</translation>
    </message>
    <message>
        <source>{why} Click to change.</source>
        <translation>{why} Değiştirmek için tıklayın.</translation>
    </message>
    <message>
        <source>More than {count:,} different values: measurements or names, not categories.</source>
        <translation>{count:,} üzeri farklı değer: bunlar kategori değil, ölçüm ya da ad.</translation>
    </message>
    <message>
        <source>pandas type: {dtype}</source>
        <translation>pandas türü: {dtype}</translation>
    </message>
</context>
<context>
    <name>Trace</name>
    <message>
        <source>row {row} is not in the table: it has rows 0 to {last}; choose one of them</source>
        <translation>{row}. satır tabloda yok: tablonun satırları 0 ile {last} arasındadır; bunlardan birini seçin</translation>
    </message>
    <message>
        <source>the row</source>
        <translation>satır</translation>
    </message>
    <message>
        <source>a model without its project has no table to trace; pass the folder &apos;nnbuilder train --out&apos; wrote</source>
        <translation>projesi olmayan bir modelin izlenecek tablosu yoktur; &apos;nnbuilder train --out&apos; komutunun yazdığı klasörü verin</translation>
    </message>
    <message>
        <source>row {row} of {source}: target {target}</source>
        <translation>{source} içinde {row}. satır: hedef {target}</translation>
    </message>
    <message>
        <source>its inputs: {inputs}</source>
        <translation>girdileri: {inputs}</translation>
    </message>
    <message>
        <source>as fed to the network: {inputs}</source>
        <translation>ağa verildiği hâliyle: {inputs}</translation>
    </message>
    <message>
        <source>prediction: {prediction} (target {target})</source>
        <translation>tahmin: {prediction} (hedef {target})</translation>
    </message>
    <message>
        <source>{count} values</source>
        <translation>{count} değer</translation>
    </message>
</context>
<context>
    <name>TraceBar</name>
    <message>
        <source>Trace &amp;row</source>
        <translation>&amp;Satırı izle</translation>
    </message>
    <message>
        <source>Row to trace</source>
        <translation>İzlenecek satır</translation>
    </message>
    <message>
        <source>A row of the table, numbered as the Data tab numbers it</source>
        <translation>Tablonun bir satırı, Veri sekmesindeki numarasıyla</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>İzle</translation>
    </message>
    <message>
        <source>Follow this row through the network: every neuron&apos;s value, and its sum z = w·x + b when you point at it</source>
        <translation>Bu satırı ağ boyunca izler: her nöronun değeri ve üzerine geldiğinizde z = w·x + b toplamı</translation>
    </message>
    <message>
        <source>Dropout as in &amp;training</source>
        <translation>Dropout &amp;eğitimdeki gibi</translation>
    </message>
    <message>
        <source>Let Dropout layers drop values as they do while training (off: as when predicting)</source>
        <translation>Dropout katmanları eğitimdeki gibi değer düşürür (kapalı: tahmin yaparkenki gibi)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Temizle</translation>
    </message>
    <message>
        <source>… and {count} more: point at a neuron to read its sum</source>
        <translation>… ve {count} tane daha: toplamını okumak için bir nöronun üzerine gelin</translation>
    </message>
</context>
<context>
    <name>Train</name>
    <message>
        <source>lower the learning rate (now {rate:g})</source>
        <translation>öğrenme oranını düşürün (şu an {rate:g})</translation>
    </message>
    <message>
        <source>lower the learning rate</source>
        <translation>öğrenme oranını düşürün</translation>
    </message>
    <message>
        <source>scale the data (its scaling is &apos;none&apos;; choose &apos;standard&apos;)</source>
        <translation>veriyi ölçekleyin (ölçeklemesi &apos;none&apos;; &apos;standard&apos; seçin)</translation>
    </message>
    <message>
        <source>or add BatchNormalization</source>
        <translation>ya da BatchNormalization (yığın normalleştirme) ekleyin</translation>
    </message>
    <message>
        <source>the loss became NaN or infinite in epoch {epoch}: the weights blew up; {hints}</source>
        <translation>kayıp (loss) {epoch}. epokta NaN ya da sonsuz oldu: ağırlıklar patladı; {hints}</translation>
    </message>
    <message>
        <source>no distribution &apos;{name}&apos;; choose one of: {choices}</source>
        <translation>&apos;{name}&apos; adında bir dağıtım stratejisi yok; şunlardan birini seçin: {choices}</translation>
    </message>
    <message>
        <source>Keras could not train this network: {reason}</source>
        <translation>Keras bu ağı eğitemedi: {reason}</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>nothing has been trained yet</source>
        <translation>henüz hiçbir şey eğitilmedi</translation>
    </message>
    <message>
        <source>the last run&apos;s loss became NaN; lower the learning rate and train again</source>
        <translation>son çalıştırmanın kaybı NaN oldu; öğrenme oranını düşürüp yeniden eğitin</translation>
    </message>
    <message>
        <source>the data changed since it was trained</source>
        <translation>eğitildiğinden beri veri değişti</translation>
    </message>
    <message>
        <source>the network changed since it was trained</source>
        <translation>eğitildiğinden beri ağ değişti</translation>
    </message>
    <message>
        <source>the optimizer or loss changed since it was trained</source>
        <translation>eğitildiğinden beri optimize edici ya da kayıp değişti</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Mean absolute error: the average distance between prediction and target.</source>
        <translation>Ortalama mutlak hata: tahmin ile hedef arasındaki ortalama uzaklık.</translation>
    </message>
    <message>
        <source>Mean squared error: punishes large errors much more than small ones.</source>
        <translation>Ortalama kare hata: büyük hataları küçüklerden çok daha fazla cezalandırır.</translation>
    </message>
    <message>
        <source>Squared for small errors, absolute for large ones: robust to outliers.</source>
        <translation>Küçük hatalar için kare, büyük hatalar için mutlak değer: aykırı değerlere dayanıklıdır.</translation>
    </message>
    <message>
        <source>For two classes with a sigmoid output: how surprised the network is by the true class.</source>
        <translation>Sigmoid çıktılı iki sınıf için: ağın gerçek sınıfa ne kadar şaşırdığı.</translation>
    </message>
    <message>
        <source>For several classes with a softmax output and one-hot targets.</source>
        <translation>Softmax çıktılı ve one-hot hedefli birkaç sınıf için.</translation>
    </message>
    <message>
        <source>For several classes with a softmax output and class numbers as targets.</source>
        <translation>Softmax çıktılı ve hedefi sınıf numarası olan birkaç sınıf için.</translation>
    </message>
    <message>
        <source>Adam: SGD that adapts each weight&apos;s step size; a good default that needs little tuning.</source>
        <translation>Adam: her ağırlığın adım boyunu uyarlayan SGD; az ayar gerektiren iyi bir varsayılan.</translation>
    </message>
    <message>
        <source>Stochastic gradient descent: one small step downhill per minibatch, optionally with momentum.</source>
        <translation>Stokastik gradyan inişi: her mini yığında (batch) yokuş aşağı küçük bir adım, isteğe bağlı olarak momentumla.</translation>
    </message>
    <message>
        <source>RMSprop: scales each weight&apos;s steps by its recent gradient size.</source>
        <translation>RMSprop: her ağırlığın adımlarını yakın zamandaki gradyan büyüklüğüne göre ölçekler.</translation>
    </message>
    <message>
        <source>Stop when the watched value has not improved for a while, keeping the best weights</source>
        <translation>İzlenen değer bir süre iyileşmezse durur ve en iyi ağırlıkları tutar</translation>
    </message>
    <message>
        <source>What early stopping watches: usually the validation loss, which rises once the network learns noise.</source>
        <translation>Erken durdurmanın (early stopping) izlediği değer: genellikle doğrulama kaybı; ağ gürültüyü öğrenmeye başlayınca yükselir.</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>Eğitim ayarları</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimize edici (optimizer)</translation>
    </message>
    <message>
        <source>Loss and metrics</source>
        <translation>Kayıp ve metrikler</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Kayıp</translation>
    </message>
    <message>
        <source>&amp;loss</source>
        <translation>&amp;kayıp (loss)</translation>
    </message>
    <message>
        <source>Also report {name} each epoch (it does not change training)</source>
        <translation>Her epokta {name} değerini de raporlar (eğitimi değiştirmez)</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>metrikler</translation>
    </message>
    <message>
        <source>Batches and epochs</source>
        <translation>Mini yığınlar ve epoklar</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>Erken durdurma (early stopping)</translation>
    </message>
    <message>
        <source>There are {rows}: a batch of {batch_size:,} takes them all at once, so each epoch is a single step.</source>
        <translation>{rows} var: {batch_size:,} boyutunda bir mini yığın hepsini birden alır, bu yüzden her epok tek bir adımdır.</translation>
    </message>
    <message>
        <source>training row</source>
        <translation>eğitim satırı</translation>
    </message>
    <message>
        <source>training rows</source>
        <translation>eğitim satırı</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Eğit</translation>
    </message>
    <message>
        <source>Build the network with fresh random weights and train it</source>
        <translation>Ağı yeni rastgele ağırlıklarla kurar ve eğitir</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>De&amp;vam et</translation>
    </message>
    <message>
        <source> more epochs</source>
        <translation> epok daha</translation>
    </message>
    <message>
        <source>Epochs to continue</source>
        <translation>Devam edilecek epok sayısı</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Duraklat</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Durd&amp;ur</translation>
    </message>
    <message>
        <source>Finish the current step and keep the weights trained so far</source>
        <translation>Geçerli adımı bitirir ve o ana dek eğitilmiş ağırlıkları tutar</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Eğitim ilerlemesi</translation>
    </message>
    <message>
        <source>Not trained yet.</source>
        <translation>Henüz eğitilmedi.</translation>
    </message>
    <message>
        <source>Ste&amp;p</source>
        <translation>&amp;Adım</translation>
    </message>
    <message>
        <source>Train exactly one batch and see its loss, gradients and update</source>
        <translation>Tam olarak bir mini yığın eğitir; kaybını, gradyanlarını ve güncellemeyi gösterir</translation>
    </message>
    <message>
        <source>Step ×1&amp;0</source>
        <translation>Adım ×1&amp;0</translation>
    </message>
    <message>
        <source>Train ten batches, one after another, and see the last one</source>
        <translation>Art arda on mini yığın eğitir ve sonuncusunu gösterir</translation>
    </message>
    <message>
        <source>Find a Learning R&amp;ate…</source>
        <translation>Öğrenme &amp;Oranı Bul…</translation>
    </message>
    <message>
        <source>Raise the learning rate batch by batch until the loss blows up, and suggest one (the weights are put back as they were)</source>
        <translation>Öğrenme oranını kayıp patlayana dek mini yığın mini yığın yükseltir ve bir oran önerir (ağırlıklar eski hâline getirilir)</translation>
    </message>
    <message>
        <source>Loss Lan&amp;dscape…</source>
        <translation>Kayıp &amp;Yüzeyi…</translation>
    </message>
    <message>
        <source>For a single linear unit: the loss over every (w, b), and the paths SGD and Adam take across it</source>
        <translation>Tek bir doğrusal birim için: her (w, b) için kayıp ve SGD ile Adam&apos;ın üzerinde izlediği yollar</translation>
    </message>
    <message>
        <source>&amp;Race…</source>
        <translation>Ya&amp;rış…</translation>
    </message>
    <message>
        <source>Train two to four copies from the same start with different learning rates (or batch sizes), side by side</source>
        <translation>Aynı başlangıçtan, farklı öğrenme oranlarıyla (ya da yığın boyutlarıyla) iki ila dört kopyayı yan yana eğitir</translation>
    </message>
    <message>
        <source>nothing has been trained yet</source>
        <translation>henüz hiçbir şey eğitilmedi</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Sürdür</translation>
    </message>
    <message>
        <source>paused · </source>
        <translation>duraklatıldı · </translation>
    </message>
    <message>
        <source>Paused. Resume goes on from here; Stop keeps the weights trained so far.</source>
        <translation>Duraklatıldı. Sürdür buradan devam eder; Durdur o ana dek eğitilmiş ağırlıkları tutar.</translation>
    </message>
    <message>
        <source>Training on {rows:,} rows…</source>
        <translation>{rows:,} satır üzerinde eğitiliyor…</translation>
    </message>
    <message>
        <source>Train the same weights for more epochs</source>
        <translation>Aynı ağırlıkları daha fazla epok eğitir</translation>
    </message>
    <message>
        <source>Cannot continue: {reason}</source>
        <translation>Devam edilemiyor: {reason}</translation>
    </message>
    <message>
        <source>epoch {epoch}/{epochs}</source>
        <translation>epok {epoch}/{epochs}</translation>
    </message>
    <message>
        <source>Training on {rows:,} rows, checking on {validation_rows:,}…</source>
        <translation>{rows:,} satır üzerinde eğitiliyor, {validation_rows:,} satırda denetleniyor…</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>epok</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>epok</translation>
    </message>
    <message>
        <source>done: {epochs} in {time}</source>
        <translation>bitti: {epochs}, süre {time}</translation>
    </message>
    <message>
        <source>epoch {epoch}/{epochs} · batch {step}/{steps} · {elapsed} elapsed · ETA {eta}</source>
        <translation>epok {epoch}/{epochs} · mini yığın {step}/{steps} · geçen {elapsed} · kalan {eta}</translation>
    </message>
</context>
<context>
    <name>TrainingTab</name>
    <message>
        <source>Best validation loss {loss:.4g}.</source>
        <translation>En iyi doğrulama kaybı {loss:.4g}.</translation>
    </message>
    <message>
        <source>Best validation accuracy {accuracy:.1%}.</source>
        <translation>En iyi doğrulama doğruluğu {accuracy:.1%}.</translation>
    </message>
    <message>
        <source>The runs could not be saved beside the project ({reason}).</source>
        <translation>Çalıştırmalar projenin yanına kaydedilemedi ({reason}).</translation>
    </message>
    <message>
        <source>Preparing the data and loading Keras…</source>
        <translation>Veri hazırlanıyor ve Keras yükleniyor…</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Karar sınırı</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>Eğitim durdu</translation>
    </message>
    <message>
        <source>Training failed: {message}</source>
        <translation>Eğitim başarısız oldu: {message}</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>Eğitim başarısız oldu</translation>
    </message>
</context>
<context>
    <name>Validate</name>
    <message>
        <source>Fraction of rows held out to validate.</source>
        <translation>Doğrulama için ayrılan satırların oranı: doğrulama payı (validation split).</translation>
    </message>
    <message>
        <source>Fixes which rows are held out.</source>
        <translation>Hangi satırların ayrılacağını sabitler.</translation>
    </message>
    <message>
        <source>Rows per weight update: each minibatch gives one step of SGD; small batches take noisier, more frequent steps.</source>
        <translation>Her ağırlık güncellemesindeki satır sayısı, yani yığın boyutu (batch size): her mini yığın (batch) SGD&apos;nin bir adımını verir; küçük yığınlar daha gürültülü ama daha sık adımlar atar.</translation>
    </message>
    <message>
        <source>How many times the network sees the whole training set.</source>
        <translation>Ağın eğitim kümesinin tamamını kaç kez gördüğü: epok (epoch) sayısı.</translation>
    </message>
    <message>
        <source>Fixes the initial weights and the shuffling, so a run repeats exactly.</source>
        <translation>Başlangıç ağırlıklarını ve karıştırmayı sabitler; böylece bir çalıştırma birebir tekrarlanır.</translation>
    </message>
    <message>
        <source>The least improvement that counts; smaller changes count as none.</source>
        <translation>Sayılan en küçük iyileşme; bundan küçük değişiklikler hiç iyileşme sayılmaz.</translation>
    </message>
    <message>
        <source>How many epochs to wait for an improvement before stopping.</source>
        <translation>Durmadan önce bir iyileşme için kaç epok bekleneceği: sabır (patience).</translation>
    </message>
    <message>
        <source>How many points a generated data set has.</source>
        <translation>Üretilen bir veri kümesinde kaç nokta olduğu.</translation>
    </message>
    <message>
        <source>How much scatter a generated data set has.</source>
        <translation>Üretilen bir veri kümesindeki saçılmanın (gürültünün) ne kadar olduğu.</translation>
    </message>
    <message>
        <source>Keep each class&apos;s share in both parts of the split.</source>
        <translation>Her sınıfın payını ayırmanın iki parçasında da korur.</translation>
    </message>
    <message>
        <source>After stopping, go back to the weights of the best epoch.</source>
        <translation>Durduktan sonra en iyi epokun ağırlıklarına geri döner.</translation>
    </message>
    <message>
        <source>more than {value}</source>
        <translation>{value} değerinden büyük</translation>
    </message>
    <message>
        <source>at least {value}</source>
        <translation>en az {value}</translation>
    </message>
    <message>
        <source>less than {value}</source>
        <translation>{value} değerinden küçük</translation>
    </message>
    <message>
        <source>at most {value}</source>
        <translation>en fazla {value}</translation>
    </message>
    <message>
        <source>{low} and {high}</source>
        <translation>{low} ve {high}</translation>
    </message>
    <message>
        <source>must be true or false; got {value!r}</source>
        <translation>true ya da false olmalı; verilen: {value!r}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of the choices</source>
        <translation>&apos;{value}&apos; seçeneklerden biri değil</translation>
    </message>
    <message>
        <source>must be a whole number {range}; got {value!r}</source>
        <translation>bir tam sayı olmalı ({range}); verilen: {value!r}</translation>
    </message>
    <message>
        <source>must be a whole number; got {value!r}</source>
        <translation>bir tam sayı olmalı; verilen: {value!r}</translation>
    </message>
    <message>
        <source>must be a number {range}; got {value!r}</source>
        <translation>bir sayı olmalı ({range}); verilen: {value!r}</translation>
    </message>
    <message>
        <source>must be a number; got {value!r}</source>
        <translation>bir sayı olmalı; verilen: {value!r}</translation>
    </message>
    <message>
        <source>must be {range}; got {value!r}</source>
        <translation>{range} olmalı; verilen: {value!r}</translation>
    </message>
    <message>
        <source>layer {number} ({class_name})</source>
        <translation>{number}. katman ({class_name})</translation>
    </message>
    <message>
        <source>{where}: nnbuilder has no layer type &apos;{class_name}&apos;</source>
        <translation>{where}: nnbuilder&apos;da &apos;{class_name}&apos; adlı bir katman türü yok</translation>
    </message>
    <message>
        <source>{where}: its config must be an object of settings; got {config!r}</source>
        <translation>{where}: config bir ayarlar nesnesi olmalı; verilen: {config!r}</translation>
    </message>
    <message>
        <source>{where}: {class_name} has no setting &apos;{key}&apos;</source>
        <translation>{where}: {class_name} katmanının &apos;{key}&apos; adlı bir ayarı yok</translation>
    </message>
    <message>
        <source>{where}: {class_name} needs a value for &apos;{name}&apos; ({help})</source>
        <translation>{where}: {class_name} katmanı &apos;{name}&apos; için bir değer istiyor ({help})</translation>
    </message>
    <message>
        <source>the network has no layers; add at least one Dense layer for the output</source>
        <translation>ağda hiç katman yok; çıktı için en az bir Dense katmanı ekleyin</translation>
    </message>
    <message>
        <source>the network needs at least one Dense layer to produce its output</source>
        <translation>ağın çıktısını üretebilmesi için en az bir Dense katmanı gerekir</translation>
    </message>
    <message>
        <source>data.source is empty; name a CSV file or a built-in data set such as &apos;builtin:circles&apos;</source>
        <translation>data.source boş; bir CSV dosyası ya da &apos;builtin:circles&apos; gibi yerleşik bir veri kümesi belirtin</translation>
    </message>
    <message>
        <source>data.source: there is no built-in data set &apos;{name}&apos;</source>
        <translation>data.source: &apos;{name}&apos; adlı yerleşik bir veri kümesi yok</translation>
    </message>
    <message>
        <source>data.target is not set; name the column the network should predict</source>
        <translation>data.target ayarlanmamış; ağın tahmin etmesi gereken sütunu belirtin</translation>
    </message>
    <message>
        <source>data.target must be a column name; got {value!r}</source>
        <translation>data.target bir sütun adı olmalı; verilen: {value!r}</translation>
    </message>
    <message>
        <source>data.features must be a list of column names or null (all columns); got {value!r}</source>
        <translation>data.features bir sütun adları listesi ya da null (tüm sütunlar) olmalı; verilen: {value!r}</translation>
    </message>
    <message>
        <source>data.features is empty; list at least one column, or use null for all columns</source>
        <translation>data.features boş; en az bir sütun yazın ya da tüm sütunlar için null kullanın</translation>
    </message>
    <message>
        <source>data.features includes the target &apos;{target}&apos;; a network may not see the answer</source>
        <translation>data.features hedef sütunu (&apos;{target}&apos;) içeriyor; ağın cevabı görmesine izin verilmez</translation>
    </message>
    <message>
        <source>data.scaling &apos;{value}&apos; is not known</source>
        <translation>data.scaling &apos;{value}&apos; bilinmiyor</translation>
    </message>
    <message>
        <source>data.missing &apos;{value}&apos; is not known</source>
        <translation>data.missing &apos;{value}&apos; bilinmiyor</translation>
    </message>
    <message>
        <source>training.optimizer &apos;{class_name}&apos; is not offered</source>
        <translation>training.optimizer &apos;{class_name}&apos; sunulmuyor</translation>
    </message>
    <message>
        <source>training.optimizer.config must be an object of settings; got {config!r}</source>
        <translation>training.optimizer.config bir ayarlar nesnesi olmalı; verilen: {config!r}</translation>
    </message>
    <message>
        <source>training.optimizer: {class_name} has no setting &apos;{key}&apos;</source>
        <translation>training.optimizer: {class_name} için &apos;{key}&apos; adlı bir ayar yok</translation>
    </message>
    <message>
        <source>training.loss &apos;{loss}&apos; is not offered</source>
        <translation>training.loss &apos;{loss}&apos; sunulmuyor</translation>
    </message>
    <message>
        <source>training.metrics must be a list of metric names such as [&quot;accuracy&quot;]; got {value!r}</source>
        <translation>training.metrics, [&quot;accuracy&quot;] gibi bir metrik adları listesi olmalı; verilen: {value!r}</translation>
    </message>
    <message>
        <source>training.early_stopping.monitor &apos;{monitor}&apos; needs validation data, but data.validation_split is 0; set a validation split above 0 or monitor &apos;loss&apos;</source>
        <translation>training.early_stopping.monitor &apos;{monitor}&apos; doğrulama verisi gerektiriyor ama data.validation_split 0; doğrulama payını 0&apos;ın üzerine çıkarın ya da &apos;loss&apos; değerini izleyin</translation>
    </message>
    <message>
        <source>training.early_stopping.monitor &apos;{monitor}&apos; is neither the loss nor a chosen metric</source>
        <translation>training.early_stopping.monitor &apos;{monitor}&apos; ne kayıp (loss) ne de seçilmiş bir metrik</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Yüksek Karşıtlık</translation>
    </message>
    <message>
        <source>White and yellow on black, for low vision</source>
        <translation>Az gören öğrenciler için siyah üzerine beyaz ve sarı</translation>
    </message>
    <message>
        <source>Layer &amp;Palette</source>
        <translation>Katman &amp;Paleti</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the layers, to add one with Enter</source>
        <translation>Klavye odağını katmanlara taşır; Enter ile bir katman eklenir</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Ç&amp;alıştır</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Eğit</translation>
    </message>
    <message>
        <source>Build the network with fresh random weights and train it</source>
        <translation>Ağı yeni rastgele ağırlıklarla kurar ve eğitir</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Durdur</translation>
    </message>
    <message>
        <source>Finish the current step and keep the weights trained so far</source>
        <translation>Geçerli adımı bitirir ve o ana kadar eğitilen ağırlıkları korur</translation>
    </message>
    <message>
        <source>This page is not shown for this project.</source>
        <translation>Bu sayfa bu projede gösterilmiyor.</translation>
    </message>
</context>
<context>
    <name>Weights</name>
    <message>
        <source>{path}: no such model file; check the path</source>
        <translation>{path}: böyle bir model dosyası yok; yolu denetleyin</translation>
    </message>
    <message>
        <source>{path} is not a Keras model file (.keras files are zip archives); save one with model.save(&apos;model.keras&apos;)</source>
        <translation>{path} bir Keras model dosyası değil (.keras dosyaları zip arşividir); model.save(&apos;model.keras&apos;) ile bir model kaydedin</translation>
    </message>
    <message>
        <source>{path} could not be loaded as a Keras model ({reason}); was it saved by Keras 3?</source>
        <translation>{path} bir Keras modeli olarak yüklenemedi ({reason}); Keras 3 ile mi kaydedildi?</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>Layers</source>
        <translation>Katmanlar</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Ders</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Ağ</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Veri</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Eğitim</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Ağırlıklar</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Tahminler</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sayfalar</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Yeni</translation>
    </message>
    <message>
        <source>Start a new project</source>
        <translation>Yeni bir proje başlatın</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Aç…</translation>
    </message>
    <message>
        <source>Open &amp;Model…</source>
        <translation>&amp;Model Aç…</translation>
    </message>
    <message>
        <source>Look inside any .keras model file saved by Keras</source>
        <translation>Keras&apos;ın kaydettiği herhangi bir .keras model dosyasının içine bakın</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>&amp;Farklı Kaydet…</translation>
    </message>
    <message>
        <source>Save Project &amp;with Its Data…</source>
        <translation>Projeyi Verisiyle &amp;Birlikte Kaydet…</translation>
    </message>
    <message>
        <source>Save the project and a copy of its data table in one folder, ready to copy to another PC</source>
        <translation>Projeyi ve veri tablosunun bir kopyasını tek bir klasöre kaydedin; başka bir bilgisayara kopyalamaya hazır olur</translation>
    </message>
    <message>
        <source>Save Lab &amp;Report…</source>
        <translation>&amp;Laboratuvar Raporunu Kaydet…</translation>
    </message>
    <message>
        <source>A self-contained HTML page of the last run to hand in</source>
        <translation>Son çalıştırmanın, teslim edilecek tek parça bir HTML sayfası</translation>
    </message>
    <message>
        <source>E&amp;xport Trained Model…</source>
        <translation>Eğitilmiş Modeli &amp;Dışa Aktar…</translation>
    </message>
    <message>
        <source>Save the trained network as a .keras file</source>
        <translation>Eğitilmiş ağı bir .keras dosyası olarak kaydedin</translation>
    </message>
    <message>
        <source>&amp;Import Model as Project…</source>
        <translation>Modeli Proje Olarak &amp;İçe Aktar…</translation>
    </message>
    <message>
        <source>Turn a .keras model built from the palette&apos;s layers into an editable project</source>
        <translation>Paletteki katmanlardan kurulmuş bir .keras modelini düzenlenebilir bir projeye dönüştürün</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Çıkış</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri Al</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <source>&amp;Delete Layer</source>
        <translation>Katmanı &amp;Sil</translation>
    </message>
    <message>
        <source>D&amp;uplicate Layer</source>
        <translation>Katmanı &amp;Çoğalt</translation>
    </message>
    <message>
        <source>Move Layer &amp;Up</source>
        <translation>Katmanı Y&amp;ukarı Taşı</translation>
    </message>
    <message>
        <source>Move Layer Do&amp;wn</source>
        <translation>Katmanı &amp;Aşağı Taşı</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Son Açılanlar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Dü&amp;zen</translation>
    </message>
    <message>
        <source>&amp;Layers</source>
        <translation>&amp;Katmanlar</translation>
    </message>
    <message>
        <source>Add {layer}</source>
        <translation>{layer} Ekle</translation>
    </message>
    <message>
        <source>Le&amp;ssons</source>
        <translation>D&amp;ersler</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>&amp;Başlangıç Sayfası</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Dersler</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Klavye Kısayolları</translation>
    </message>
    <message>
        <source>&amp;About nnbuilder</source>
        <translation>nnbuilder &amp;Hakkında</translation>
    </message>
    <message>
        <source>Lesson: {title}</source>
        <translation>Ders: {title}</translation>
    </message>
    <message>
        <source>Fix the output for {task}</source>
        <translation>Çıktıyı düzelt: {task}</translation>
    </message>
    <message>
        <source>no data chosen</source>
        <translation>veri seçilmedi</translation>
    </message>
    <message>
        <source>&lt;b&gt;Input&lt;/b&gt;: reading {source}…</source>
        <translation>&lt;b&gt;Girdi&lt;/b&gt;: {source} okunuyor…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Input&lt;/b&gt;: {error} — type the input width:</source>
        <translation>&lt;b&gt;Girdi&lt;/b&gt;: {error} — girdi genişliğini yazın:</translation>
    </message>
    <message>
        <source>its target</source>
        <translation>hedef sütunu</translation>
    </message>
    <message>
        <source>feature</source>
        <translation>girdi</translation>
    </message>
    <message>
        <source>features</source>
        <translation>girdi</translation>
    </message>
    <message>
        <source>&lt;b&gt;Input&lt;/b&gt;: {features} from {source} → {task} ({target})</source>
        <translation>&lt;b&gt;Girdi&lt;/b&gt;: {source} kaynağından {features} → {task} ({target})</translation>
    </message>
    <message>
        <source>Total: – parameters</source>
        <translation>Toplam: – parametre</translation>
    </message>
    <message>
        <source>Total: {total:,} parameters ({trainable:,} trainable)</source>
        <translation>Toplam: {total:,} parametre ({trainable:,} eğitilebilir)</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>katman</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>katman</translation>
    </message>
    <message>
        <source>Select a layer in the stack to see and change its settings.</source>
        <translation>Ayarlarını görmek ve değiştirmek için yığından bir katman seçin.</translation>
    </message>
    <message>
        <source>{layer} layers cannot be edited here.</source>
        <translation>{layer} katmanları burada düzenlenemez.</translation>
    </message>
    <message>
        <source>Layer {number}: {layer}</source>
        <translation>Katman {number}: {layer}</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation>Denetimler arasında geçiş</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klavye kısayolları</translation>
    </message>
    <message>
        <source>About nnbuilder</source>
        <translation>nnbuilder hakkında</translation>
    </message>
    <message>
        <source>Build, train and look inside Keras neural networks without writing code.</source>
        <translation>Kod yazmadan Keras sinir ağları kurun, eğitin ve içlerine bakın.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>title</source>
        <translation>başlık</translation>
    </message>
    <message>
        <source>data</source>
        <translation>veri</translation>
    </message>
    <message>
        <source>target column</source>
        <translation>hedef sütun</translation>
    </message>
    <message>
        <source>input columns</source>
        <translation>girdi sütunları</translation>
    </message>
    <message>
        <source>validation share</source>
        <translation>doğrulama payı</translation>
    </message>
    <message>
        <source>split seed</source>
        <translation>ayırma tohumu</translation>
    </message>
    <message>
        <source>scaling</source>
        <translation>ölçekleme</translation>
    </message>
    <message>
        <source>missing values</source>
        <translation>eksik değerler</translation>
    </message>
    <message>
        <source>stratified split</source>
        <translation>tabakalı ayırma</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>örnek sayısı</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>gürültü</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>katmanlar</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>optimize edici</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>kayıp</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>metrikler</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>yığın boyutu</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>epok sayısı</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>tohum</translation>
    </message>
    <message>
        <source>early stopping</source>
        <translation>erken durdurma</translation>
    </message>
    <message>
        <source>units</source>
        <translation>birim sayısı</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>aktivasyon</translation>
    </message>
    <message>
        <source>use bias</source>
        <translation>sapma kullanımı</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>oran</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>momentum</translation>
    </message>
    <message>
        <source>epsilon</source>
        <translation>epsilon</translation>
    </message>
    <message>
        <source>center</source>
        <translation>merkezleme</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>ölçek</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>öğrenme oranı</translation>
    </message>
    <message>
        <source>beta 1</source>
        <translation>beta 1</translation>
    </message>
    <message>
        <source>beta 2</source>
        <translation>beta 2</translation>
    </message>
    <message>
        <source>nesterov</source>
        <translation>nesterov</translation>
    </message>
    <message>
        <source>rho</source>
        <translation>rho</translation>
    </message>
    <message>
        <source>monitor</source>
        <translation>izlenen değer</translation>
    </message>
    <message>
        <source>min delta</source>
        <translation>en küçük iyileşme</translation>
    </message>
    <message>
        <source>patience</source>
        <translation>sabır</translation>
    </message>
    <message>
        <source>restore best weights</source>
        <translation>en iyi ağırlıklara dönüş</translation>
    </message>
    <message>
        <source>validation split</source>
        <translation>doğrulama payı</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>eksik değerler</translation>
    </message>
    <message>
        <source>stratify</source>
        <translation>tabakalı ayırma</translation>
    </message>
    <message>
        <source>layer {number} {name}</source>
        <translation>{number}. katman {name}</translation>
    </message>
    <message>
        <source>early stopping {name}</source>
        <translation>erken durdurma {name}</translation>
    </message>
    <message>
        <source>off</source>
        <translation>kapalı</translation>
    </message>
    <message>
        <source>on</source>
        <translation>açık</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <source>on ({settings})</source>
        <translation>açık ({settings})</translation>
    </message>
    <message>
        <source>; did you mean &apos;{option}&apos;?</source>
        <translation>; şunu mu demek istediniz: &apos;{option}&apos;?</translation>
    </message>
    <message>
        <source>; choose one of: {options}</source>
        <translation>; şunlardan birini seçin: {options}</translation>
    </message>
</context>
</TS>
