package dev.warta.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warta.Analyzed;
import dev.warta.model.Document;
import dev.warta.model.Event;
import dev.warta.model.EventActor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Events coded from sentences written for these tests, through the real pipeline. */
class RuleEventCoderTest {

    /** "code source->target" per event, actors by their CAMEO codes. */
    private static List<String> coded(Document d) {
        return d.events().stream().map(e -> e.cameoCode() + " " + code(e.source()) + "->" + code(e.target())).toList();
    }

    private static String code(EventActor a) {
        return a == null ? "-" : a.cameoCode();
    }

    @Test
    void activeClauseWithDateAndPlaceStatedInIt() {
        Document d = Analyzed.text("MEDAN - Polisi menangkap dua tersangka pembobolan bank di Medan, Senin (3/3/2025).");
        assertThat(coded(d)).containsExactly("173 IDNCOP->IDNCRM");
        Event e = d.events().getFirst();
        assertThat(e.ploverType()).isEqualTo("COERCE");
        assertThat(e.quadClass()).isEqualTo(4);
        assertThat(e.goldstein()).isNegative();
        assertThat(e.date().iso()).isEqualTo("2025-03-03");
        assertThat(e.dateBasis()).isEqualTo(Event.DateBasis.TEXT);
        assertThat(Analyzed.of(d, e.location().span())).isEqualTo("Medan");
        assertThat(Analyzed.of(d, e.trigger())).isEqualTo("menangkap");
        assertThat(Analyzed.of(d, e.evidence())).isEqualTo("Polisi menangkap dua tersangka");
    }

    @Test
    void passiveWithOlehTakesTheDoerAsSource() {
        Document d = Analyzed.text("Tiga pengedar narkoba ditangkap oleh Badan Narkotika Nasional di Batam.");
        assertThat(coded(d)).containsExactly("173 IDNCOP->IDNCRM");
        assertThat(Analyzed.of(d, d.events().getFirst().source().span())).isEqualTo("Badan Narkotika Nasional");
    }

    @Test
    void negatedConditionalDeniedAndFutureClausesGiveNoEvent() {
        Document d = Analyzed.text("Polisi belum menangkap pelaku penyerangan itu.\n"
                + "Jika negosiasi gagal, buruh akan menggelar mogok kerja.\n"
                + "Kepolisian membantah telah menangkap aktivis tersebut.\n"
                + "Pemerintah akan mengirim bantuan ke Gaza.");
        assertThat(d.events()).isEmpty();
    }

    @Test
    void reciprocalMeetingResolvesOfficeHoldersOnTheArticleDate() {
        Document d = Analyzed.text("KUALA LUMPUR - Presiden Prabowo Subianto bertemu dengan Perdana Menteri Malaysia "
                + "Anwar Ibrahim di Kuala Lumpur, Kamis (12/6/2025).");
        assertThat(coded(d)).containsExactly("040 IDNGOV->MYSGOV");
        assertThat(Analyzed.name(d, d.events().getFirst().target().entityId())).isEqualTo("Anwar Ibrahim");
    }

    @Test
    void nounWithAntaraTakesBothSides() {
        Document d = Analyzed.text("Pertemuan antara Menteri Luar Negeri Sugiono dan Menteri Luar Negeri China Wang Yi "
                + "berlangsung di Beijing.");
        assertThat(coded(d)).containsExactly("040 IDNGOV->CHNGOV");
    }

    @Test
    void coordinatedVerbsShareTheirSubject() {
        Document d = Analyzed.text("Polisi menangkap dua pria dan menyita tiga kilogram sabu di Pekanbaru.");
        assertThat(coded(d)).containsExactly("173 IDNCOP->-", "1711 IDNCOP->-");
    }

    @Test
    void nothingIsCodedInsideADirectQuote() {
        Document d = Analyzed.text("\"Kami akan menyerang markas mereka,\" kata juru bicara kelompok itu.");
        assertThat(d.quotes()).hasSize(1);
        assertThat(d.events()).isEmpty();
    }

    @Test
    void aBareNounAndANounReferringBackGiveNoEvent() {
        Document d = Analyzed.text("Serangan itu menewaskan dua orang.\nWilayah penangkapan ikan itu luas.");
        assertThat(d.events()).isEmpty();
    }

    @Test
    void englishActiveAndPassive() {
        Document d = Analyzed.text("JAKARTA - Police arrested three protesters in Jakarta on Monday.\n"
                + "Two activists were arrested by police in Surabaya.\nPolice did not arrest the suspects.");
        assertThat(d.article().language()).isEqualTo("en");
        assertThat(coded(d)).containsExactly("173 IDNCOP->IDNOPP", "173 IDNCOP->IDNOPP");
        assertThat(Analyzed.of(d, d.events().get(1).source().span())).isEqualTo("police");
    }

    @Test
    void aVerbListedOnlyInTheActiveAlsoCodesItsPassive() {
        Document d = Analyzed.text("JAKARTA - Pemerintah Indonesia didorong oleh Uni Eropa untuk mempercepat ratifikasi "
                + "perjanjian dagang kedua pihak.");
        assertThat(d.events()).hasSize(1);
        Event e = d.events().getFirst();
        assertThat(e.cameoRoot()).isEqualTo("02");
        assertThat(Analyzed.of(d, e.source().span())).isEqualTo("Uni Eropa");
        assertThat(Analyzed.of(d, e.target().span())).isEqualTo("Pemerintah Indonesia");
    }

    @Test
    void aCountryActingIsItsGovernment() {
        Document d = Analyzed.text("JAKARTA - Amerika Serikat memveto rancangan resolusi Dewan Keamanan PBB tentang Gaza.");
        assertThat(coded(d)).first().asString().startsWith("129 USAGOV->IGOUNO");
    }

    @Test
    void whatARequestAsksForIsNotCodedAsDone() {
        Document d = Analyzed.text("JAKARTA - Komnas HAM mendesak Polda Metro Jaya mengusut dugaan kekerasan aparat "
                + "terhadap jurnalis di Senayan.");
        assertThat(d.events()).hasSize(1);
        assertThat(d.events().getFirst().ploverType()).isEqualTo("REQUEST");
        assertThat(Analyzed.of(d, d.events().getFirst().target().span())).isEqualTo("Polda Metro Jaya");
    }

    @Test
    void aQuantityMayStandBetweenTheVerbAndTheObjectOfAPattern() {
        Document d = Analyzed.text("Pemerintah Kota Bandung membongkar ratusan lapak pedagang di kawasan Alun-alun.");
        assertThat(coded(d)).containsExactly("1712 IDNGOV->IDNBUS");
        assertThat(Analyzed.of(d, d.events().getFirst().trigger())).isEqualTo("membongkar ratusan lapak");
    }

    @Test
    void theObjectInsideAPatternIsTheTarget() {
        Document d = Analyzed.text("Kejaksaan Negeri Surabaya menetapkan mantan Kepala Dinas Perhubungan Kota Surabaya "
                + "sebagai tersangka korupsi.\nPolisi membubarkan ratusan demonstran di depan kantor gubernur.");
        assertThat(coded(d)).containsExactly("173 IDNJUD->IDNGOV", "175 IDNCOP->IDNOPP");
        assertThat(Analyzed.of(d, d.events().getFirst().trigger())).isEqualTo("menetapkan");
        assertThat(Analyzed.of(d, d.events().get(1).target().span())).isEqualTo("demonstran");
    }

    @Test
    void aPromiseOrThreatIsMadeToWhomItsContentIsDone() {
        Document d = Analyzed.text("Pemerintah Korea Selatan berjanji akan memberikan hibah kepada Indonesia untuk "
                + "pembangunan pusat pelatihan vokasi.\nKelompok bersenjata mengancam akan menyerang pos polisi di "
                + "Distrik Sinak.");
        assertThat(coded(d)).containsExactly("030 KORGOV->IDNGOV", "1384 IDNREB->IDNCOP");
    }

    @Test
    void aCountryByTheOtherNameTheLanguageGivesIt() {
        Document d = Analyzed.text("Pemerintah Inggris memanggil duta besar Rusia di London.");
        assertThat(coded(d)).containsExactly("114 GBRGOV->RUSGOV");
    }

    @Test
    void aNounWithItsDoerAfterOlehIsDoneToItsPossessor() {
        Document d = Analyzed.text("Penangkapan dua tahanan yang kabur oleh Polres Jayapura berlangsung pada Minggu "
                + "dini hari.\nPengusiran duta besar Belanda oleh Pemerintah Venezuela memicu protes.");
        assertThat(coded(d)).containsExactly("173 IDNCOP->IDNCRM", "161 VENGOV->NLDGOV");
    }

    @Test
    void aNounSaidOfWhomItIsDoneToIsNotCodedWithoutItsDoer() {
        Document d = Analyzed.text("Komnas HAM menyelidiki laporan penculikan seorang aktivis mahasiswa di Makassar.\n"
                + "Penembakan dua warga oleh anggota Brimob memicu unjuk rasa di Timika.");
        assertThat(coded(d)).containsExactly("090 IDNHRI->-", "190 IDNCOP->IDNCVL");
    }

    @Test
    void whatIsHandedOverGoesToTheActorAfterKepada() {
        Document d = Analyzed.text("Pemerintah Jepang menyalurkan pinjaman senilai 300 juta dolar AS kepada Filipina untuk "
                + "pembangunan pelabuhan.\nKomnas HAM mendesak pemerintah menyiapkan kompensasi kepada korban.");
        assertThat(coded(d)).containsExactly("071 JPNGOV->PHLGOV", "100 IDNHRI->IDNGOV");
    }

    @Test
    void someoneOfAnInstitutionActsAsIt() {
        Document d = Analyzed.text("Dua pedagang mengaku dipukul petugas Polsek Medan Baru saat penertiban pasar.\n"
                + "Wakil Presiden menerima delegasi parlemen Jepang di Istana Wakil Presiden.");
        assertThat(coded(d)).containsExactly("182 IDNCOP->IDNBUS", "043 IDNGOV->JPNLEG");
        assertThat(Analyzed.of(d, d.events().get(1).target().span())).isEqualTo("delegasi parlemen Jepang");
    }

    @Test
    void aFutureWordInsideANameDoesNotReachTheVerb() {
        Document d = Analyzed.text("Komite Nasional untuk Perlindungan Jurnalis mendesak polisi membebaskan dua wartawan "
                + "yang ditahan di Sorong.");
        assertThat(d.events()).extracting(Event::cameoCode).containsExactly("100");
    }

    @Test
    void aPhraseListedAsNoEventWinsOverTheTriggerItBegins() {
        Document d = Analyzed.text("Bank Indonesia menahan suku bunga acuan di level 5,75 persen.\n"
                + "Nelayan Natuna menangkap ikan di perairan utara.\n"
                + "Bakamla menangkap tiga kapal ikan berbendera Vietnam di Laut Natuna Utara.");
        assertThat(coded(d)).containsExactly("173 IDNMIL->VNMCVL");
    }

    @Test
    void theDoerOfAPassiveMayFollowAQuantity() {
        Document d = Analyzed.text("Kebijakan tarif baru Amerika Serikat dikritik sejumlah negara anggota ASEAN.\n"
                + "Seorang jurnalis di Kota Serang dianiaya sekelompok orang saat meliput sengketa lahan.");
        assertThat(coded(d)).containsExactly("111 IGOASN->USAGOV", "182 IDNCVL->IDNMED");
    }

    @Test
    void actorsGivenNoCountryAreOfWhereTheSentenceHappens() {
        Document d = Analyzed.text("Geng bersenjata membunuh 20 warga di Port-au-Prince, Haiti.\n"
                + "Polisi menangkap tiga pengedar narkoba di Surabaya.");
        assertThat(coded(d)).containsExactly("1823 HTICRM->HTICVL", "173 IDNCOP->IDNCRM");
    }

    @Test
    void anInstitutionFollowedByACountryIsThatCountrysOwn() {
        Document d = Analyzed.text("TNI Angkatan Laut dan Angkatan Laut Rusia menggelar latihan bersama di perairan Laut Jawa.");
        assertThat(coded(d)).containsExactly("062 IDNMIL->RUSMIL");
    }

    @Test
    void aRequestAsksTheActorAfterItsComplementizer() {
        Document d = Analyzed.text("Desakan Ombudsman agar Polri membuka hasil penyelidikan disampaikan di Jakarta.");
        assertThat(coded(d)).hasSize(1);
        assertThat(d.events().getFirst().ploverType()).isEqualTo("REQUEST");
        assertThat(Analyzed.of(d, d.events().getFirst().target().span())).isEqualTo("Polri");
    }

    @Test
    void expellingPeopleByTheThousandsIsAMassExpulsion() {
        Document d = Analyzed.text("Pemerintah Iran mengusir ribuan pengungsi Afghanistan dari wilayahnya.\n"
                + "Pemerintah Malaysia mendeportasi seorang warga negara Indonesia.");
        assertThat(coded(d)).containsExactly("201 IRNGOV->AFGREF", "174 MYSGOV->IDNCVL");
    }

    @Test
    void aPlaceAfterALocativeIsNoSubject() {
        Document d = Analyzed.text("Tenaga kesehatan di RSUD Kabupaten Jayapura mogok kerja sejak Senin.\n"
                + "Presiden Prabowo Subianto tiba di Tokyo dan menandatangani tiga nota kesepahaman dengan Perdana "
                + "Menteri Jepang.");
        assertThat(coded(d)).containsExactly("143 IDNHLH->-", "057 IDNGOV->JPNGOV");
    }

    @Test
    void aVerbRightAfterThePreviousObjectContinuesThatAct() {
        Document d = Analyzed.text("Menteri Pertahanan berbicara melalui telepon dengan Menteri Pertahanan Australia "
                + "membahas latihan gabungan.\nPolisi menangkap dua pemuda yang menyerang seorang warga di Bekasi.");
        assertThat(coded(d)).containsExactly("041 IDNGOV->AUSGOV", "173 IDNCOP->IDNCVL", "190 IDNCVL->IDNCVL");
    }

    @Test
    void anAgentOfAnInstitutionOfTheDictionaryActsAsIt() {
        Document d = Analyzed.text("Penyidik Kejaksaan Negeri Medan menahan dua pejabat Dinas Pendidikan Kota Medan.");
        assertThat(coded(d)).containsExactly("173 IDNJUD->IDNGOV");
    }

    @Test
    void returningPeopleIsAYield() {
        Document d = Analyzed.text("Pemerintah Vietnam mengembalikan lima nelayan asal Natuna melalui Pelabuhan Batam.");
        assertThat(coded(d)).containsExactly("084 VNMGOV->IDNCVL");
        assertThat(d.events().getFirst().ploverType()).isEqualTo("RETREAT");
    }

    @Test
    void aReciprocalVerbSharingTheSubjectTakesThePartnerJustTold() {
        Document d = Analyzed.text("Menteri Luar Negeri Sugiono menerima kunjungan Menteri Luar Negeri Vietnam di Jakarta "
                + "dan sepakat memperkuat kerja sama maritim.");
        assertThat(coded(d)).containsExactly("043 IDNGOV->VNMGOV", "030 IDNGOV->VNMGOV");
    }

    @Test
    void theOfficeTheTextGivesWinsOverTheOfficeHolderTable() {
        Document d = Analyzed.text("Ketua Umum PSSI Erick Thohir mengkritik keputusan wasit dalam laga semalam.");
        assertThat(coded(d)).containsExactly("111 IDNNGO->-");
    }

    @Test
    void whatIsReceivedComesFromTheActorAfterDari() {
        Document d = Analyzed.text("Menteri Luar Negeri Sugiono menerima telepon dari Menteri Luar Negeri Jepang pada "
                + "Senin malam.\nPemerintah Kota Padang menerima bantuan dari Pemerintah Australia untuk korban banjir.");
        assertThat(coded(d)).containsExactly("041 JPNGOV->IDNGOV", "070 AUSGOV->IDNGOV");
    }

    @Test
    void aDemandRightAfterAProtestIsItsAimAndNamesItsTarget() {
        Document d = Analyzed.text("Ratusan petani berunjuk rasa di depan Kantor Bupati Jember menuntut Pemerintah "
                + "Kabupaten Jember mencabut izin tambang.\nRibuan guru honorer berdemonstrasi di Surabaya dan mendesak "
                + "Pemerintah Provinsi Jawa Timur mengangkat mereka sebagai pegawai tetap.");
        assertThat(coded(d)).containsExactly("141 IDNAGR->IDNGOV", "141 IDNEDU->IDNGOV", "100 IDNEDU->IDNGOV");
    }

    @Test
    void breachingARuleIsNoEventButBreakingACeasefireIs() {
        Document d = Analyzed.text("Kantor Imigrasi Batam memulangkan dua warga negara Malaysia yang melanggar izin "
                + "tinggal.\nMilisi bersenjata melanggar gencatan senjata di perbatasan.");
        assertThat(coded(d)).containsExactly("196 IDNUAF->-");
    }

    @Test
    void aTargetTheTextGivesNoCountryIsOfAForeignSourceUnlessThePlaceSaysOtherwise() {
        Document d = Analyzed.text("Militer Myanmar menangkap puluhan aktivis prodemokrasi.\n"
                + "Polisi Malaysia menangkap dua nelayan asal Indonesia.\n"
                + "Polisi Malaysia menangkap dua nelayan di Batam.");
        assertThat(coded(d)).containsExactly("173 MMRMIL->MMROPP", "173 MYSCOP->IDNCVL", "173 MYSCOP->IDNCVL");
    }

    @Test
    void aPlaceRightAfterALocativeIsNoObject() {
        Document d = Analyzed.text("Pemerintah Peru memberlakukan keadaan darurat di Lima setelah kerusuhan meluas.");
        assertThat(coded(d)).containsExactly("1724 PERGOV->-");
        assertThat(Analyzed.of(d, d.events().getFirst().location().span())).isEqualTo("Lima");
    }

    @Test
    void aPassiveDoerMayComeWithAQuantity() {
        Document d = Analyzed.text("Dua wartawan dianiaya oleh sekelompok orang di Makassar.\n"
                + "Sebuah pos polisi di Kabupaten Puncak diserang oleh puluhan orang bersenjata.");
        assertThat(coded(d)).containsExactly("182 IDNCVL->IDNMED", "190 IDNREB->IDNCOP");
    }

    @Test
    void whatIsSeizedIsTakenFromTheActorAfterDariHoweverLongTheList() {
        Document d = Analyzed.text("Polisi menyita tiga mobil, dua sepeda motor, dan uang tunai Rp2 miliar dari rumah "
                + "seorang tersangka pengedar narkoba di Medan.");
        assertThat(coded(d)).containsExactly("1711 IDNCOP->IDNCRM");
    }

    @Test
    void aPromiseIsMadeToWhomItIsForOrToWhomWasJustMet() {
        Document d = Analyzed.text("Pemerintah Jepang berkomitmen menambah kuota magang bagi pekerja migran asal Indonesia.\n"
                + "Gubernur Jawa Barat menemui para nelayan di Indramayu dan berjanji akan memperbaiki dermaga.");
        assertThat(coded(d)).containsExactly("030 JPNGOV->IDNCVL", "040 IDNGOV->IDNCVL", "030 IDNGOV->IDNCVL");
    }

    @Test
    void aThreatIsAgainstWhomItsConditionNames() {
        Document d = Analyzed.text("Serikat pekerja pelabuhan mengancam mogok kerja jika manajemen PT Pelabuhan Nusantara "
                + "tidak membayar tunjangan.");
        assertThat(coded(d)).containsExactly("133 IDNLAB->IDNBUS");
    }

    @Test
    void theDoerOfANounSaidInAPassiveMayStandAtTheClausesEnd() {
        Document d = Analyzed.text("Penembakan di sebuah pasar tradisional di pusat kota Peshawar pada Jumat pagi dilakukan "
                + "oleh kelompok militan.");
        assertThat(d.events()).singleElement().extracting(Event::ploverType).isEqualTo("ASSAULT");
        assertThat(Analyzed.of(d, d.events().getFirst().source().span())).endsWith("militan");
    }

    @Test
    void aMeetingsPlaceIsNotItsPartner() {
        Document d = Analyzed.text("Para menteri perdagangan ASEAN bertemu di Bangkok untuk membahas tarif impor.");
        assertThat(coded(d)).containsExactly("040 IGOASN->-");
    }
}
