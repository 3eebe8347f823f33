package dev.warta.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warta.Analyzed;
import dev.warta.model.Document;
import dev.warta.model.EventActor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Indonesian clause constructions of the event rules, on sentences written for these tests. */
class ClauseRulesTest {

    /** "code source->target" per event, actors by their CAMEO codes. */
    private static List<String> coded(String text) {
        Document d = Analyzed.text(text);
        return d.events().stream().map(e -> e.cameoCode() + " " + code(e.source()) + "->" + code(e.target())).toList();
    }

    private static String code(EventActor a) {
        return a == null ? "-" : a.cameoCode();
    }

    @Test
    void whatAPatternReadsAsItsObjectIsNoEventOfItsOwn() {
        assertThat(coded("Mesir mengizinkan truk bantuan dari Yordania melintasi perbatasan Rafah."))
                .containsExactly("0863 EGYGOV->JORGOV");
    }

    @Test
    void whatAnAllowedActorGoesOnToDoIsNotCoded() {
        assertThat(coded("Pemerintah Korea Utara mengizinkan pemantau PBB kembali memeriksa reaktor Yongbyon."))
                .containsExactly("086 PRKGOV->IGOUNO");
    }

    @Test
    void whatAnAgreementUndertakesIsNotDone() {
        assertThat(coded("Jepang dan Vietnam sepakat memperdalam kerja sama maritim kedua negara."))
                .containsExactly("030 JPNGOV->VNMGOV");
    }

    @Test
    void aNounWhoseLastWordBeginsItsActorIsSaidOfThatActor() {
        assertThat(coded("Pengerahan pasukan Iran di sekitar Selat Hormuz memicu kekhawatiran pasar minyak."))
                .containsExactly("154 IRNMIL->-");
    }

    @Test
    void aNounOfCooperationSaidOfTwoJoinedActorsIsOneWithTheOther() {
        assertThat(coded("Kesepakatan Vietnam dan Filipina untuk berbagi data patroli diumumkan di Hanoi."))
                .containsExactly("030 VNMGOV->PHLGOV");
    }

    @Test
    void aThreatSaidOfItsMakerIsCodedButTheSentenceAChargeCarriesIsNot() {
        assertThat(coded("Ancaman Presiden Rusia Vladimir Putin untuk memutus pasokan gas membuat Eropa cemas."))
                .containsExactly("130 RUSGOV->-");
        assertThat(coded("Tersangka dijerat pasal pencucian uang dengan ancaman hukuman 20 tahun penjara.")).isEmpty();
    }

    @Test
    void whatIsHandedOverGoesToTheActorAfterKepadaHoweverFarFromTheVerb() {
        assertThat(coded("Pemerintah pusat mengucurkan dana hibah Rp2,3 triliun kepada Pemerintah Provinsi Papua "
                + "Tengah.")).containsExactly("071 IDNGOV->IDNGOV");
    }

    @Test
    void aCapitalizedNounInsideTheSentenceIsPartOfATitle() {
        assertThat(coded("Direktur Kerja Sama Teknik Kementerian Luar Negeri Rina Astuti hadir di Jakarta."))
                .isEmpty();
    }

    @Test
    void aCountryJoinedToAnAgentOfAnotherCountrySharesThatAgent() {
        assertThat(coded("Pasukan India dan Pakistan saling tembak di sepanjang Garis Kontrol."))
                .containsExactly("193 INDMIL->PAKMIL");
    }

    @Test
    void aCommonNounRightAfterAnActorSaysMoreOfIt() {
        assertThat(coded("Lima warga negara Indonesia korban penipuan daring dibebaskan oleh militer Filipina di Sulu."))
                .containsExactly("0841 PHLMIL->IDNCVL");
        assertThat(coded("Massa pendukung calon gubernur merusak kantor KPU Provinsi Maluku Utara."))
                .containsExactly("145 IDNCVL->IDNGOV");
    }

    @Test
    void aNameInALawsTitleIsNoActor() {
        assertThat(coded("DPR mengesahkan RUU Polri dalam rapat paripurna.")).containsExactly("057 IDNLEG->-");
        assertThat(coded("Mahasiswa menolak revisi Undang-Undang Kejaksaan.")).containsExactly("120 IDNEDU->-");
    }

    @Test
    void whatAPlaceBordersIsNoTargetButOnesOwnBorderFacesTheCountry() {
        assertThat(coded("Pemerintah Kamboja memberlakukan jam malam di tiga provinsi yang berbatasan dengan Thailand."))
                .containsExactly("1723 KHMGOV->-");
        assertThat(coded("Pasukan Thailand menarik mundur tank dari perbatasan dengan Kamboja."))
                .containsExactly("087 THAMIL->KHMGOV");
    }

    @Test
    void aLongerNameOfTheDictionaryWinsOverTheTaggersShorterOne() {
        assertThat(coded("Kamar Dagang dan Industri Indonesia mengajak pengusaha Korea Selatan berinvestasi di Batam."))
                .containsExactly("020 IDNBUS->KORBUS");
    }

    @Test
    void anOrganizationsRoleComesFromItsHeadWord() {
        assertThat(coded("Kementerian Pertahanan menandatangani kontrak dengan Kementerian Angkatan Bersenjata Prancis."))
                .containsExactly("057 IDNGOV->FRAGOV");
    }

    @Test
    void anAgentOfAPeopleIsOfItsCountryAndAForeignOneOfNone() {
        assertThat(coded("Polisi Malaysia menahan 40 pengungsi Rohingya di Penang.")).containsExactly("173 MYSCOP->MMRREF");
        assertThat(coded("Junta Myanmar mengusir lembaga bantuan asing dari Sagaing.")).containsExactly("1663 MMRMIL->DEV");
    }

    @Test
    void aCompanysNameRunsOnOverItsCapitalsWhereTheTaggerStops() {
        assertThat(coded("Karyawan PT Garuda Sentosa Abadi menuntut direksi membayar pesangon."))
                .containsExactly("100 IDNLAB->IDNBUS");
    }

    @Test
    void aVerbsEncliticObjectIsWhomTheActBeforeWasDoneTo() {
        assertThat(coded("Polisi menangkap pengusaha tambang ilegal di Kutai lalu memeriksanya di Polres Kutai "
                + "Kartanegara.")).containsExactly("173 IDNCOP->IDNBUS", "091 IDNCOP->IDNBUS");
    }

    @Test
    void aDeploymentFacesNoOneOfItsOwnSide() {
        assertThat(coded("Kepolisian Thailand mengerahkan 3.000 personel ke pusat Bangkok menjelang unjuk rasa."))
                .containsExactly("153 THACOP->-");
    }

    @Test
    void thePartiesToAConflictInACountryAreThatCountry() {
        assertThat(coded("Sekretaris Jenderal PBB menyerukan pihak-pihak yang bertikai di Yaman menghentikan serangan."))
                .containsExactly("020 IGOUNO->YEM");
    }

    @Test
    void whoOpensTheClauseIsReceivedByTheHostButWhatAnActorSentIsNot() {
        assertThat(coded("Delegasi parlemen Jepang diterima oleh Ketua DPR Puan Maharani di Senayan."))
                .containsExactly("043 IDNLEG->JPNLEG");
        assertThat(coded("Perwakilan nelayan kemudian diterima Wakil Ketua DPRD Jawa Tengah."))
                .containsExactly("043 IDNLEG->IDNCVL");
        assertThat(coded("Laporan warga diterima polisi pada Senin.")).isEmpty();
    }

    @Test
    void workersWhomArmedMenTakeAreCivilians() {
        assertThat(coded("Kelompok kriminal bersenjata menyandera empat pekerja menara telekomunikasi di Puncak Jaya."))
                .containsExactly("181 IDNREB->IDNCVL");
        assertThat(coded("Buruh menuntut perusahaan menaikkan upah.")).containsExactly("100 IDNLAB->IDNBUS");
    }

    @Test
    void aPlaceAfterALocativeInAnOrganizationsNameIsWhereItSitsNotWhatItIs() {
        assertThat(coded("Menteri Luar Negeri Sugiono diterima Ketua Majelis Nasional Korea Selatan di Seoul."))
                .containsExactly("043 KORLEG->IDNGOV");
        assertThat(coded("Rombongan Komisi X DPR diterima Ketua Majelis Tinggi Malaysia di Kuala Lumpur."))
                .containsExactly("043 MYSLEG->IDNLEG");
    }

    @Test
    void aNameAfterALocativeAndAKindOfPlaceIsAPlace() {
        assertThat(coded("Militer Filipina dan Angkatan Laut Jepang menggelar latihan bersama di perairan Darwin."))
                .containsExactly("062 PHLMIL->JPNMIL");
    }

    @Test
    void aNameBehindALowerCaseParticleIsLookedUpAndACheckpointIsNoSearch() {
        assertThat(coded("Kelompok militan al-Shabaab meledakkan bom mobil di dekat pos pemeriksaan militer di Baidoa."))
                .containsExactly("1832 SOMREB->SOMMIL");
    }

    @Test
    void centralBanksActForTheirGovernments() {
        assertThat(coded("Bank Indonesia dan Bank Negara Malaysia memperpanjang perjanjian pertukaran mata uang."))
                .containsExactly("060 IDNGOV->MYSGOV");
    }

    @Test
    void eachOfTheJoinedDoersOfAPassiveActs() {
        assertThat(coded("Seorang pengedar sabu ditangkap oleh polisi dan petugas Bea Cukai di Pelabuhan Dumai."))
                .containsExactly("173 IDNCOP->IDNCRM", "173 IDNGOV->IDNCRM");
        assertThat(coded("Myanmar was urged by Thailand and Singapore on Monday to free political prisoners."))
                .containsExactly("020 THAGOV->MMRGOV", "020 SGPGOV->MMRGOV");
    }

    @Test
    void aCountrysAdjectiveBeforeAPluralAgentIsThatAgentOfTheCountry() {
        assertThat(coded("Indian troops clashed with Chinese forces in the Galwan valley on Monday."))
                .containsExactly("190 INDMIL->CHNMIL");
    }

    @Test
    void whatANounProtestsProtestersRejectIsItsAim() {
        assertThat(coded("Aksi unjuk rasa buruh di Bekasi menolak kenaikan harga BBM berlangsung damai."))
                .containsExactly("141 IDNLAB->-");
    }

    @Test
    void aTitledPersonIsOneActorAndWhatTheMeetingDiscussesIsNoSecondEvent() {
        assertThat(coded("Pertemuan antara Menteri Luar Negeri Sugiono dan Menteri Luar Negeri Jepang Takeshi Iwaya di "
                + "Tokyo membahas keamanan maritim.")).containsExactly("040 IDNGOV->JPNGOV");
    }

    @Test
    void whatAPassiveRequestAsksIsNotDoneByItsDoer() {
        assertThat(coded("Seluruh kapolres diperintahkan Kapolda Jawa Timur Irjen Nanang Avianto menindak tegas tambang "
                + "ilegal.")).containsExactly("100 IDNCOP->IDNCOP");
    }

    @Test
    void aBlockadeByUnarmedPeopleIsTheirProtest() {
        assertThat(coded("Ratusan petani memblokade jalur lintas Sumatera selama empat jam."))
                .containsExactly("144 IDNAGR->-");
        assertThat(coded("Angkatan Laut China memblokade jalur pasokan menuju pulau itu.")).containsExactly("191 CHNMIL->-");
    }

    @Test
    void whereARoadLeadsIsNoTarget() {
        assertThat(coded("Ratusan warga memblokade jalan menuju kampus Universitas Pattimura di Ambon."))
                .containsExactly("144 IDNCVL->-");
    }

    @Test
    void anAgentPlacedInAnActorOfACountryIsOfThatCountry() {
        assertThat(coded("Menteri Luar Negeri Rusia Sergei Lavrov melakukan pembicaraan dengan sejumlah pejabat dalam "
                + "pemerintahan Presiden Trump.")).containsExactly("040 RUSGOV->USAGOV");
    }
}
