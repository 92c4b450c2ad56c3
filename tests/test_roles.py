"""Title and apposition roles (leaderOf, worksFor, memberOf), each on a news-style sentence of its own.

A case is ``(rule, sentence, expected triples)`` as in ``test_rules.py``: each expected triple must come
from that role rule (``evidence.rule``).
"""

from __future__ import annotations

import pytest

from cases import A, assert_extracted, case

ROLE_CASES = [
    case("title-leader", "German Chancellor Angela Merkel opened the trade fair in Hanover.", ("Angela Merkel", "leaderOf", "Germany", A)),
    case("title-leader", "Apple CEO Tim Cook visited China.", ("Tim Cook", "leaderOf", "Apple Inc.", A), id="title-leader-company"),
    case("title-leader", "British Prime Minister Keir Starmer arrived in Kyiv.", ("Keir Starmer", "leaderOf", "United Kingdom", A),
         id="title-leader-prime-minister"),
    case("title-leader", "NATO Secretary General Mark Rutte visited Turkey.", ("Mark Rutte", "leaderOf", "NATO", A),
         id="title-leader-secretary-general"),
    case("apposition-honorific", "Singer Ana Ruiz was charged. Tom Hale, Ruiz's lawyer, denied it.", ("Tom Hale", "worksFor", "Ana Ruiz", A),
         id="a-persons-lawyer-works-for-the-client"),
    case("title-staff", "U.S. District Judge Ana Ruiz dismissed the suit.", ("Ana Ruiz", "worksFor", "United States", A),
         id="a-federal-judge-serves-the-state"),
    case("title-leader", "CIA director William Casey testified on Monday.", ("William Casey", "leaderOf", "Central Intelligence Agency", A),
         id="an-agencys-director-in-lower-case-heads-it"),
    case("title-staff", "Vexa Corp director Tom Hale sold shares.", ("Tom Hale", "worksFor", "Vexa Corp", A),
         id="a-firms-director-sits-on-its-board"),
    case("title-staff", "Brazilian diplomat Celso Amorim arrived in Caracas.", ("Celso Amorim", "worksFor", "Brazil", A)),
    case("title-staff", "United States Attorney Jessie K. Lin said the site was closed.", ("Jessie K. Lin", "worksFor", "United States", A),
         id="a-states-attorney-with-an-initial"),
    case("title-bare", "BRASILIA - Navy Minister Tom Hale said the ports were calm. Brazil said so.",
         ("Tom Hale", "worksFor", "Brazil", A), id="a-navy-minister"),
    case("title-bare", "QUITO - Presidency Minister Tom Hale said the budget would be cut. Ecuador said so.",
         ("Tom Hale", "worksFor", "Ecuador", A), id="a-presidency-minister"),
    case("title-staff", "Chief Soviet arms negotiator Tom Hale said the talks went well.", ("Tom Hale", "worksFor", "Soviet Union", A),
         id="a-states-agent-named-with-his-field"),
    case("title-staff", "Japanese vice-minister Taro Yamada told the conference so.", ("Taro Yamada", "worksFor", "Japan", A),
         id="vice-minister"),
    case("title-staff", "He met U.S. Treasury Secretary Tom Hale on Monday.", ("Tom Hale", "worksFor", "United States", A),
         id="a-departments-secretary-serves-its-state"),
    case("title-expert", "Vatican archbishop Charles Nowak said so.", ("Charles Nowak", "worksFor", "Holy See", A), id="clergy-of-a-church-state"),
    case("title-body", "The Bombay Stock Exchange fell. Stock Exchange President Ramdas Vora said so.",
         ("Ramdas Vora", "leaderOf", "Bombay Stock Exchange", A), id="a-bare-body-title-of-an-exchange"),
    case("title-staff", "French Foreign Minister Jean-Noël Barrot arrived in Kyiv.", ("Jean-Noël Barrot", "worksFor", "France", A),
         id="title-staff-foreign-minister"),
    case("apposition-leader", "Pierre Dupont, head of Emmanuel Macron's press office, arrived in Dakar.",
         ("Pierre Dupont", "worksFor", "Emmanuel Macron", A)),
    case("apposition-staff", "Sergei Ivanov, the Russian ambassador, arrived in Ankara.", ("Sergei Ivanov", "worksFor", "Russia", A)),
    case("apposition-staff", "Marta Lopez, a spokeswoman for the European Commission, arrived in Kyiv.",
         ("Marta Lopez", "worksFor", "European Commission", A), id="apposition-staff-for-the"),
    case("apposition-expert", "Hans Meier, an expert of Human Rights Watch, travelled to Sudan in May.",
         ("Hans Meier", "worksFor", "Human Rights Watch", A)),
    case("apposition-staff", "Tom Hale, a former adviser to President Ana Ruiz, was sentenced.", ("Tom Hale", "worksFor", "Ana Ruiz", A),
         id="an-adviser-to-a-person"),
    case("title-staff-coordinated", "Ana Ruiz spoke. Former Ruiz adviser and retired general Tom Hale spoke.", ("Tom Hale", "worksFor", "Ana Ruiz", A),
         id="a-persons-adviser-with-a-second-title"),
    case("appointed-leader", "Vexa Corp named Tom Hale chairman on Monday.", ("Tom Hale", "leaderOf", "Vexa Corp", A), id="a-firm-names-its-chairman"),
    case("appointed-leader", "Vexa Corp said it appointed Tom Hale as its new chief executive.", ("Tom Hale", "leaderOf", "Vexa Corp", A),
         id="it-appointed-as-its"),
    case("appointed-leader", "Vexa Corp said Tom Hale has been named president and chief operating officer.",
         ("Tom Hale", "leaderOf", "Vexa Corp", A), id="the-firm-said-x-has-been-named"),
    case("appointed-leader", "Vexa Corp said its board of directors elected Tom Hale chairman.", ("Tom Hale", "leaderOf", "Vexa Corp", A),
         id="its-board-elects-for-the-firm"),
    case("appointed-staff", "Vexa Corp said it named Tom Hale to the new post of vice chairman.", ("Tom Hale", "worksFor", "Vexa Corp", A),
         id="named-to-the-post-of"),
    case("appointed-staff", "Russia named Tom Hale ambassador to Kenya.", ("Tom Hale", "worksFor", "Russia", A), id="an-ambassador-named-by-the-sender"),
    case("own-firm", "Australian brewer Alan Bond's Bond Corp Holdings Ltd bid for the shares.", ("Alan Bond", "leaderOf", "Bond Corp Holdings Ltd", A)),
    case("apposition-leader", "Tom Hale, chairman and president of Vexa Corp and Tellmark Inc, will stay.",
         ("Tom Hale", "leaderOf", "Vexa Corp", A), ("Tom Hale", "leaderOf", "Tellmark Inc", A), id="two-titles-of-two-firms"),
    case("role-apposition-staff", "On Monday, the Peruvian energy and mines minister, Tom Hale, said so.", ("Tom Hale", "worksFor", "Peru", A),
         id="coordinated-portfolios-before-an-apposed-name"),
    case("role-apposition-staff", "Japan's ambassador to China, Taro Yamada, arrived in Beijing on Monday.",
         ("Taro Yamada", "worksFor", "Japan", A)),
    case("title-of", "President Emmanuel Macron of France arrived in Algeria.", ("Emmanuel Macron", "leaderOf", "France", A)),
    case("title-firm", "Vexa Petroleum Ltd plans to reschedule its debt, spokesman Tom Hale told Reuters.",
         ("Tom Hale", "worksFor", "Vexa Petroleum Ltd", A), id="a-firms-spokesman-in-its-story"),
    case("title-firm", "TORONTO - Vexa Bank is confident Brazil will pay its debt, president Tom Hale said.",
         ("Tom Hale", "leaderOf", "Vexa Bank", A), id="a-firms-president-in-its-story"),
    case("title-firm", "Vexa Holdings Plc profits rose. Chief executive Tom Hale said the restructuring worked.",
         ("Tom Hale", "leaderOf", "Vexa Holdings Plc", A), id="a-firms-title-opening-a-sentence"),
    case("title-of", "Polish leader Tom Hale of the conservative Vexa Party spoke.", ("Tom Hale", "leaderOf", "Vexa Party", A),
         id="a-demonyms-leader-of-a-party-leads-the-party"),
    case("title-staff", "Venezuelan energy and mines minister Arturo Hernandez met the press.", ("Arturo Hernandez", "worksFor", "Venezuela", A),
         id="title-staff-lowercase-portfolios"),
    case("meet-verb", "Arturo Hernandez met Ecuador's oil minister Javier Espinosa in Caracas.",
         ("Arturo Hernandez", "meetsWith", "Javier Espinosa", A), id="meet-possessed-minister-with-portfolio"),
    case("title-staff", "Kenya's Minister of Information Amina Odhiambo denied the report.", ("Amina Odhiambo", "worksFor", "Kenya", A),
         id="title-staff-portfolio"),
    case("title-expert", "A shell killed Al Jazeera cameraman Omar al-Khatib near the border.", ("Omar al-Khatib", "worksFor", "Al Jazeera", A),
         id="title-expert-media-role-particle-name"),
    case("title-expert", "BBC anchor Mary Lowe asked the minister twice.", ("Mary Lowe", "worksFor", "BBC", A), id="title-expert-anchor"),
    case("title-expert", "Former FBI agent Dan Reyes wrote a book about the case.", ("Dan Reyes", "worksFor", "Federal Bureau of Investigation", A), id="title-expert-agent"),
    case("title-expert", "Vexa Corp said its Philippine agent Dan Reyes had left. Vexa Corp's Chilean agent Ana Ruiz stayed.",
         ("Dan Reyes", "worksFor", "Vexa Corp", A), ("Ana Ruiz", "worksFor", "Vexa Corp", A), id="title-expert-firms-agent-abroad"),
    case("apposition-staff-unit", "Tom Hale, director of research at the Peterson Institute, said so.",
         ("Tom Hale", "worksFor", "Peterson Institute", A), id="apposition-unit-at-the"),
    case("title-expert", "Johns Hopkins Center for Health Security medical anthropologist Ana Ruiz said so.",
         ("Ana Ruiz", "worksFor", "Johns Hopkins Center for Health Security", A), id="title-expert-adjective"),
    case("apposition-leader", "The deal is off, said Ann Cole, chief executive officer of Siemens.", ("Ann Cole", "leaderOf", "Siemens", A),
         id="apposition-chief-executive-officer"),
    case("title-member", "Green Party presidential candidate Howie Hawkins spoke in Ohio.", ("Howie Hawkins", "memberOf", "Green Party", A),
         id="title-member-lowercase-candidate"),
    case("title-staff", "Polls closed in Ohio and Texas. Republican Senator Tom Cotton conceded in the United States Senate race.",
         ("Tom Cotton", "memberOf", "Republican Party (United States)", A), id="title-us-party-adjective"),
    case("title-member", "Polls closed in Ohio and Texas. Democratic Party presidential nominee Joe Biden led in the United States.",
         ("Joe Biden", "memberOf", "Democratic Party (United States)", A), id="title-member-us-party-name"),
    case("party-apposition", "Polls closed in Ohio and Texas. Michigan governor Gretchen Whitmer, a Democrat, won in the United States.",
         ("Gretchen Whitmer", "memberOf", "Democratic Party (United States)", A)),
    case("party-apposition", "Polls closed in Ohio and Texas. Rep. Ann Lowry, the most senior Republican on the panel, spoke in the United States.",
         ("Ann Lowry", "memberOf", "Republican Party (United States)", A), id="party-apposition-modified-label"),
    case("party-candidacy", "Polls closed in Ohio and Texas. Jim Olsen, who ran for the Senate as a Democrat in 2018, lost in the United States.",
         ("Jim Olsen", "memberOf", "Democratic Party (United States)", A)),
    case("party-candidacy", "Polls closed in Ohio and Texas. Jim Olsen, the mayor, stood as a Republican in the United States.",
         ("Jim Olsen", "memberOf", "Republican Party (United States)", A), id="party-candidacy-after-apposition"),
    case("party-label", "Polls closed in Ohio and Texas. Trump attacked his Democratic rival Joe Biden in the United States.",
         ("Joe Biden", "memberOf", "Democratic Party (United States)", A), id="party-label-before-rival"),
    case("title-body", "WASHINGTON, Jan 6 - The United States Senate voted on Monday. Senate Minority Whip Tom Hale said it was wrong.",
         ("Tom Hale", "memberOf", "United States Senate", A), id="title-body-whip"),
    case("party-label", "Polls closed in Ohio and Texas, where Democrat Joe Manchin won the United States Senate race.",
         ("Joe Manchin", "memberOf", "Democratic Party (United States)", A)),
    case("copular-bare", "Zimbabwe held talks in Harare. Tendai Biti became prime minister in 2009 under a deal in Zimbabwe.",
         ("Tendai Biti", "leaderOf", "Zimbabwe", A)),
    case("apposition-leader", "On Friday, Hamad bin Isa, the long-serving King of Bahrain, opened the session.",
         ("Hamad bin Isa", "leaderOf", "Bahrain", A), id="apposition-particle-name-hyphenated-modifier"),
    case("own-party", "Britain voted. In London, Opposition leader Jeremy Corbyn said his Labour Party would vote no.",
         ("Jeremy Corbyn", "memberOf", "Labour Party (UK)", A)),
    case("own-party", "Germany voted. In Berlin, Olaf Scholz's Social Democratic Party lost seats.",
         ("Olaf Scholz", "memberOf", "Social Democratic Party", A), id="own-party-possessive"),
    case("apposition-local", "Andrew Bailey, the governor of the Bank of England, raised rates.", ("Andrew Bailey", "leaderOf", "Bank of England", A)),
    case("title-staff-shared", "Soviet leader Mikhail Gorbachev and Foreign Minister Eduard Shevardnadze arrived in Geneva.",
         ("Eduard Shevardnadze", "worksFor", "Soviet Union", A)),
    case("copular-leader", "Tom Hale, 54, was named president of Vexa Corp in 1985.", ("Tom Hale", "leaderOf", "Vexa Corp", A),
         id="copular-after-an-age"),
    case("apposition-leader", "Tom Hale, 61, chairman of Vexa Corp, said so.", ("Tom Hale", "leaderOf", "Vexa Corp", A),
         id="apposition-after-an-age"),
    case("title-of", "General Secretary Ana Ruiz of the Vexa Workers Party spoke.", ("Ana Ruiz", "leaderOf", "Vexa Workers Party", A),
         id="a-general-secretary-leads"),
    case("title-staff", "The Green Farmers Party won the seat. Green Farmers MP Tom Hale resigned for family reasons.",
         ("Tom Hale", "memberOf", "Green Farmers Party", A), id="a-longer-party-name-as-an-adjective-before-a-legislator"),
    case("succession-leader", "Tom Hale took office as president of Peru in July.", ("Tom Hale", "leaderOf", "Peru", A)),
    case("succession-leader", "Tom Hale assumed the presidency of Peru in July.", ("Tom Hale", "leaderOf", "Peru", A), id="assumed-the-presidency-of"),
    case("succession-leader", "Tom Hale resumed the office of chairman of Vexa Corp.", ("Tom Hale", "leaderOf", "Vexa Corp", A),
         id="resumed-the-office-of"),
    case("succession-leader", "Ana Ruiz became the first woman to serve as president of Vexa Corp in 2007.", ("Ana Ruiz", "leaderOf", "Vexa Corp", A),
         id="the-first-woman-to-serve-as"),
    case("succession-predecessor-leader", "Tom Hale succeeded Ana Ruiz as chairman of Vexa Corp.", ("Ana Ruiz", "leaderOf", "Vexa Corp", A)),
    case("succession-leader", "Tom Hale succeeded Ana Ruiz as chairman of Vexa Corp.", ("Tom Hale", "leaderOf", "Vexa Corp", A), id="succeeded-as"),
    case("succession-predecessor-leader", "Tom Hale replaced Ana Ruiz as prime minister of Peru.", ("Ana Ruiz", "leaderOf", "Peru", A),
         id="replaced-as"),
    case("succession-leader", "Tom Hale will succeed Ana Ruiz as chairman of Vexa Corp.", ("Tom Hale", "leaderOf", "Vexa Corp", "planned"),
         id="a-succession-to-come-is-planned"),
    case("succession-predecessor-leader", "Tom Hale will succeed Ana Ruiz as chairman of Vexa Corp.", ("Ana Ruiz", "leaderOf", "Vexa Corp", A),
         id="the-predecessor-holds-the-office-now"),
    case("apposition-staff", "WASHINGTON - Tom Hale, a former United States Representative, will not run.", ("Tom Hale", "worksFor", "United States", A),
         id="a-former-states-title-in-apposition"),
    case("title-staff", "WASHINGTON - United States Senator from Kentucky Mitch McConnell spoke.", ("Mitch McConnell", "memberOf", "United States Senate", A),
         id="a-senator-from-a-state-before-the-name"),
    case("title-bare", "LIMA, June 18 - Bolivia's parliament sacked Prime Minister Tom Hale. Diplomats in Lima said so. Peru was calm. "
         "Peruvian officials agreed.", ("Tom Hale", "leaderOf", "Bolivia", A), id="a-bare-title-acted-on-by-a-states-parliament"),
    case("title-staff-of-leader", "Chilean President Ana Ruiz spoke. Her farm minister Tom Hale criticised the plan.",
         ("Tom Hale", "worksFor", "Chile", A)),
    case("title-counterpart", "Foreign Minister Ana Ruiz of Peru met her Chilean counterpart Paula Soto in Lima.",
         ("Paula Soto", "worksFor", "Chile", A)),
    case("title-counterpart", "Indian Prime Minister Ravi Kumar telephoned his Nepalese counterpart, Tom Hale, on Monday.",
         ("Tom Hale", "leaderOf", "Nepal", A), id="title-counterpart-of-a-leader-leads"),
    case("title-staff", "Egyptian ambassador to Moscow Salah Bassiouni met the minister.", ("Salah Bassiouni", "worksFor", "Egypt", A),
         id="title-ambassador-to-a-place-serves-the-sender"),
    case("title-bare", "WASHINGTON, Oct 20 - Vice President Dan Quayle spoke in Washington. The United States said so.",
         ("Dan Quayle", "worksFor", "United States", A), id="title-bare-vice-president-serves"),
    case("title-bare", "Hurricane Maria hit Florida and the United States coast. The storm then reached Dominica, where the dead "
         "were counted. Dominica was flooded. Prime Minister Roosevelt Skerrit urged residents to stay inside.",
         ("Roosevelt Skerrit", "leaderOf", "Dominica", A), id="a-shared-story-the-state-of-the-sentence-before"),
    case("title-bare", "WASHINGTON, March 5 - House Speaker Tom Hale said the United States would act.",
         ("Tom Hale", "leaderOf", "United States House of Representatives", A), id="a-house-speaker-presides-over-the-story-states-house"),
    case("title-bare", "LONDON - Commons Speaker Tom Hale said Britain would vote.",
         ("Tom Hale", "leaderOf", "House of Commons of the United Kingdom", A), id="a-commons-speaker"),
    case("title-bare", "King Fahd of Saudi Arabia arrives in Britain on Tuesday.", ("Fahd of Saudi Arabia", "leaderOf", "Saudi Arabia", A),
         id="title-bare-state-named-only-inside-the-name"),
    case("apposition-local", "Piotr Nowak, mayor of the Polish city of Gdańsk, was stabbed on stage.", ("Piotr Nowak", "leaderOf", "Gdańsk", A),
         id="apposition-local-city-of"),
    case("own-party", "He was jailed under Donald Tusk's former party Civic Platform's government.",
         ("Donald Tusk", "memberOf", "Civic Platform", A), id="own-party-named-after-party"),
    case("title-bare", "Polls closed in Ohio and Texas. Republican Senator Ben Sasse voted in the United States.",
         ("Ben Sasse", "memberOf", "United States Senate", A), id="title-bare-senator-sits-in-the-state-s-senate"),
    case("title-bare", "Labour MP Ann Carter spoke in London. Britain voted.", ("Ann Carter", "memberOf", "House of Commons of the United Kingdom", A),
         id="title-bare-mp-sits-in-the-lower-house"),
    case("title-staff", "Labour MP Ann Carter spoke in London. Britain voted.", ("Ann Carter", "memberOf", "Labour Party (UK)", A),
         id="title-staff-party-of-the-story-country"),
    case("title-leader", "House of Commons Speaker Ann Carter called for order.", ("Ann Carter", "leaderOf", "House of Commons of the United Kingdom", A),
         id="title-leader-speaker-of-a-chamber"),
    case("title-bare", "Senator Jean Dupont spoke in Paris, France. France voted.", ("Jean Dupont", "memberOf", "Senate (France)", A),
         id="title-bare-senator-of-the-story-state"),
    case("role-apposition-bare", "OTTAWA, May 2 - The Deputy Prime Minister, Anne Leclerc, said Canada was ready.",
         ("Anne Leclerc", "worksFor", "Canada", A)),
    case("copular-bare", "OTTAWA, May 2 - Since becoming prime minister, Anne Leclerc has visited Peru. Canada said so.",
         ("Anne Leclerc", "leaderOf", "Canada", A), id="since-becoming-a-title"),
    case("copular-bare", "OTTAWA, May 2 - Anne Leclerc arrived in Lima for her first visit as foreign minister to Peru. Canada said so.",
         ("Anne Leclerc", "worksFor", "Canada", A), id="her-visit-as-a-title"),
    case("copular-bare", "OTTAWA, May 2 - Anne Leclerc, who is the foreign minister, said Canada was ready.",
         ("Anne Leclerc", "worksFor", "Canada", A), id="copular-bare-who-is"),
    case("title-bare", "OTTAWA, May 2 - National Security Adviser Anne Leclerc said Canada was ready.",
         ("Anne Leclerc", "worksFor", "Canada", A), id="title-bare-national-security-adviser"),
    case("title-staff", "The vote was close, said French Senator Jean Dupont.", ("Jean Dupont", "memberOf", "Senate (France)", A),
         id="title-staff-senator-of-a-named-state-sits-in-its-senate"),
    case("apposition-staff", "Ann Carter, a British MP since 2010, resigned.", ("Ann Carter", "memberOf", "House of Commons of the United Kingdom", A),
         id="apposition-staff-mp-of-a-named-state"),
    case("administration", "WASHINGTON, May 3 - The Reagan administration will offer wheat to the Soviet Union, U.S. officials said.",
         ("Ronald Reagan", "leaderOf", "United States", A), id="a-known-leaders-surname-alone-before-administration"),
    case("administration", "Ronald Reagan spoke on Monday. The move would bring no dividends to the Reagan administration.",
         ("Ronald Reagan", "leaderOf", "United States", A)),
    case("title-local", "Floods hit the state. Texas governor Greg Abbott declared a disaster.", ("Greg Abbott", "leaderOf", "Texas", A),
         id="title-local-governor-leads-the-state"),
    case("title-bare", "LONDON, March 3 - Britain will cut taxes. Chancellor of the Exchequer Ana Ruiz met bankers.",
         ("Ana Ruiz", "worksFor", "United Kingdom", A), id="title-bare-a-four-word-office"),
    case("title-bare", "WASHINGTON, March 3 - The U.S. will act. Undersecretary of Commerce Ana Ruiz met bankers.",
         ("Ana Ruiz", "worksFor", "United States", A), id="title-bare-undersecretary"),
    case("title-bare", "MOSCOW, March 3 - Russia will act. First Deputy Prime Minister Ana Ruiz met bankers.",
         ("Ana Ruiz", "worksFor", "Russia", A), id="title-bare-first-deputy"),
    case("title-bare", "LONDON, March 3 - Britain will act. Minister of State for Trade Ana Ruiz met bankers.",
         ("Ana Ruiz", "worksFor", "United Kingdom", A), id="title-bare-minister-of-state"),
    case("organisation-possessive", "The Clean Water Fund's Ana Ruiz said the river was poisoned.",
         ("Ana Ruiz", "worksFor", "Clean Water Fund", A), id="organisation-possessive-staff"),
    case("organisation-possessive", "Voters chose the Green Party's Ana Ruiz.", ("Ana Ruiz", "memberOf", "Green Party", A),
         id="organisation-possessive-party-member"),
    case("title-staff", "The rule is unlawful, said Oregon Attorney General Ana Ruiz on Monday.", ("Ana Ruiz", "worksFor", "Oregon", A),
         id="title-staff-serves-a-region"),
    case("apposition-staff", "Ana Ruiz, the Oregon attorney general, sued the firm.", ("Ana Ruiz", "worksFor", "Oregon", A),
         id="apposition-staff-serves-a-region"),
    case("title-local", "Former New York City Mayor Michael Bloomberg gave money to the campaign.",
         ("Michael Bloomberg", "leaderOf", "New York City", A), id="title-local-mayor-given-name-not-the-firm"),
    case("role-of-apposition-local", "The mayor of Moscow, Sergei Sobyanin, closed the parks.", ("Sergei Sobyanin", "leaderOf", "Moscow", A),
         id="mayor-of-a-capital-leads-the-city"),
    case("apposition-local-staff", "Sam Woods, the deputy governor of the Bank of England, spoke.",
         ("Sam Woods", "worksFor", "Bank of England", A), id="deputy-governor-works-for"),
    case("apposition-leader", "Tendai Moyo, director of Youth Forum Zimbabwe, said so.", ("Tendai Moyo", "leaderOf", "Youth Forum Zimbabwe", A),
         id="apposition-director-heads"),
    case("apposition-staff", "Tendai Moyo, a director of Youth Forum Zimbabwe, said so.", ("Tendai Moyo", "worksFor", "Youth Forum Zimbabwe", A),
         id="apposition-a-director-works"),
    case("title-member", "The Green Party nominated her. In 2016, then-Green presidential nominee Jill Stein won 1 percent.",
         ("Jill Stein", "memberOf", "Green Party", A), id="title-member-party-adjective-named-in-article"),
    case("title-staff", "Britain voted. In London, the Labour Party lost. Labour MP Diane Abbott said so.",
         ("Diane Abbott", "memberOf", "Labour Party (UK)", A), id="title-staff-party-adjective"),
    case("person-of-organisation", "Zimbabwe voted. Nelson Chamisa of the Movement for Democratic Change (MDC) lost. Tendai Biti of the MDC spoke.",
         ("Tendai Biti", "memberOf", "Movement for Democratic Change", A), id="person-of-party-acronym"),
    case("person-of-organisation", "Tom Hale of the Vexa Ministry's North American Division told Reuters so.",
         ("Tom Hale", "worksFor", "Vexa Ministry", A), id="person-of-an-organisations-unit"),
    case("person-of-organisation", "The rally will fade, said Tom Hale of brokerage Vexa Securities Inc.",
         ("Tom Hale", "worksFor", "Vexa Securities Inc", A), id="person-of-a-firm-named-after-its-kind"),
    case("title-expert", "The plan is weak, Vexa Securities Inc Asia analyst Ana Ruiz said.", ("Ana Ruiz", "worksFor", "Vexa Securities Inc", A),
         id="title-expert-of-a-firms-regional-arm"),
    case("role-apposition-leader", "The Chilean Institute of Public Health's director, Dr. Ana Ruiz, said so.",
         ("Ana Ruiz", "leaderOf", "Chilean Institute of Public Health", A), id="an-agencys-director-heads-it"),
    case("apposition-leader", "Dr. Ana Ruiz, formerly the director of the National Institute of Public Health, said so.",
         ("Ana Ruiz", "leaderOf", "National Institute of Public Health", A), id="formerly-the-director-of-an-agency"),
    case("apposition-staff", "Tom Hale, then the deputy executive director of the National Institute of Public Health, left.",
         ("Tom Hale", "worksFor", "National Institute of Public Health", A), id="then-the-deputy-director-of-an-agency-serves-it"),
    case("apposition-staff", "Ana Ruiz, spokeswoman for the Biden administration's Department of Justice, said so.",
         ("Ana Ruiz", "worksFor", "Department of Justice", A), id="spokeswoman-for-an-administrations-department"),
    case("person-of-organisation", "Diplomats praised Ana Silva of the African Union for the deal.",
         ("Ana Silva", "worksFor", "African Union", A), id="person-of-igo-works-for-it"),
    case("person-of-organisation", "The ban is illegal, said Maria Lopez, of Human Rights Watch, on Monday.",
         ("Maria Lopez", "worksFor", "Human Rights Watch", A), id="person-comma-of-organisation"),
    case("person-of-organisation", "Asked about it, Mark Trent of the Reform Party and Ana Silva of Amnesty International answered.",
         ("Mark Trent", "memberOf", "Reform Party", A), ("Ana Silva", "worksFor", "Amnesty International", A)),
    case("title-staff", "WASHINGTON, April 2 - U.S. Agriculture Secretary Mary Quinn warned Japan on beef.",
         ("Mary Quinn", "worksFor", "United States", A), id="country-portfolio-title"),
    case("title-bare", "WELLINGTON, June 18 - Finance Minister Tom Reid said a new tax would come. Japan and Australia agreed.",
         ("Tom Reid", "worksFor", "New Zealand", A), id="title-bare-capital-dateline-is-the-story-state"),
    case("title-bare", "NAIROBI, May 4 - Kenya and Ethiopia will sign a water treaty in Addis Ababa, Kenyan officials said. "
         "Trade Minister Paul Mwangi will lead the talks. Ethiopia wants access to the port.",
         ("Paul Mwangi", "worksFor", "Kenya", A), id="title-bare-dateline-state-named-most"),
    case("title-bare", "Chile mourned on Sunday. Former president Ana Morales said of Chile's leader that he was brave. Chile voted.",
         ("Ana Morales", "leaderOf", "Chile", A), id="title-bare-former-office-still-held"),
    case("title-bare", "A coup removed then-prime-minister Somchai Wong in 2008. Thailand voted in 2011. Thailand's army stayed.",
         ("Somchai Wong", "leaderOf", "Thailand", A), id="title-bare-hyphenated-then-prime-minister"),
    case("title-bare", "Russia mourned. Deputy Emergency Situations Minister Ivan Petrov told TASS the search was over. Russia grieved.",
         ("Ivan Petrov", "worksFor", "Russia", A), id="title-bare-deputy-of-a-portfolio-serves"),
    case("title-bare", "WASHINGTON, March 2 - The United States wants more aid, Assistant Secretary of State Ann Lee said. The United States will act.",
         ("Ann Lee", "worksFor", "United States", A), id="title-bare-assistant-secretary-serves"),
    case("title-bare", "TOKYO, April 7 - British corporate affairs minister Tom Hale told Japan to resolve the row. Japan agreed.",
         ("Tom Hale", "worksFor", "United Kingdom", A), id="title-bare-state-before-an-unknown-portfolio"),
    case("title-bare", "WELLINGTON, Oct 19 - New Zealand has imposed sanctions against Fiji over that country's coup, acting prime "
         "minister Ann Cole said. Fiji will suffer. Fiji lost aid. New Zealand acted.",
         ("Ann Cole", "leaderOf", "New Zealand", A), id="title-bare-first-mention-is-the-filing-states"),
    case("title-bare", "Russia mourned. Fisheries and Emergencies Minister Ivan Petrov said 40 people were missing. Russia grieved.",
         ("Ivan Petrov", "worksFor", "Russia", A), id="title-bare-portfolio-the-lexicon-lacks"),
    case("title-bare", "MANILA, May 5 - The Philippines was calm. Solicitor General Ana Cruz filed a petition. The Philippines waited.",
         ("Ana Cruz", "worksFor", "Philippines", A), id="title-bare-solicitor-general"),
    case("title-bare", "The Philippines was calm, said the Presidential Spokesperson Ana Cruz. The Philippines waited.",
         ("Ana Cruz", "worksFor", "Philippines", A), id="title-bare-presidential-spokesperson"),
    case("title-staff", "WASHINGTON, March 26 - White House Budget Director Tom Hale said so. The United States acted.",
         ("Tom Hale", "worksFor", "United States", A), id="title-director-of-a-portfolio-serves"),
    case("copular-leader", "Ana Ruiz died. Ruiz was head of Kenya's Anti-Narcotics Force.", ("Ana Ruiz", "leaderOf", "Anti-Narcotics Force (Kenya)", A),
         id="copular-head-of-a-states-force"),
    case("title-plural-of", "Prime Ministers Boris Johnson of Britain and Tom Hale of Canada signed the accord.",
         ("Tom Hale", "leaderOf", "Canada", A), id="plural-title-list-of-states"),
    case("copular-leader", "Ana Ruiz served eight years as Prime Minister of Chile.", ("Ana Ruiz", "leaderOf", "Chile", A),
         id="served-a-span-of-time-as"),
    case("apposition-bare", "Chile mourned. Ana Ruiz, the Information Minister paid tribute to him. Chile voted.",
         ("Ana Ruiz", "worksFor", "Chile", A), id="apposition-without-its-closing-comma"),
    case("apposition-member", "Ana Ruiz, a council member of the Iranian Expediency Discernment Council, died.",
         ("Ana Ruiz", "memberOf", "Expediency Discernment Council", A), id="apposition-demonym-before-the-body"),
    case("title-leader", "The Tonga Senate met on Sunday. Senate President Tom Hale filed the motion.",
         ("Tom Hale", "leaderOf", "Tonga Senate", A), id="bare-head-of-the-articles-body-before-a-title"),
    case("title-bare", "WASHINGTON, May 2 - The United States wants a deal. The prince will meet with Deputy Secretary of State Tom Hale "
         "and Defense Secretary Ann Cole. The United States will act.",
         ("Tom Hale", "worksFor", "United States", A), id="title-bare-deputy-word-is-read-with-the-title"),
    case("title-bare", "France voted. He served as prime minister under President Valery Giscard d'Estaing. France is calm.",
         ("Valéry Giscard d'Estaing", "leaderOf", "France", A), id="title-bare-under-is-no-deputy"),
    case("title-bare", "MADRID, March 3 - Industry Minister Luis Ortega said output fell.", ("Luis Ortega", "worksFor", "Spain", A),
         id="title-bare-after-a-portfolio"),
    case("title-organisation", "The World Health Organization met in Geneva. Director-General Ana Ruiz said the outbreak was contained.",
         ("Ana Ruiz", "leaderOf", "World Health Organization", "asserted"), id="bare-director-general-heads-the-one-organisation-named"),
    case("title-organisation", "GENEVA, May 3 - The United Nations appealed for aid. The UN Security Council met. Secretary General Tom Hale urged calm.",
         ("Tom Hale", "leaderOf", "United Nations", "asserted"), id="bare-secretary-general-an-organ-does-not-count"),
    case("title-court", "Tom Hale appeared in Nelson District Court on Monday. Judge Ana Ruiz refused bail.",
         ("Ana Ruiz", "worksFor", "Nelson District Court", A), id="bare-judge-of-the-one-court-named"),
    case("title-bare", "The Senate of Tonga met on Monday. According to a memo by Senator Ana Ruiz, the vote failed.",
         ("Ana Ruiz", "memberOf", "Senate of Tonga", A), id="bare-senator-of-the-one-senate-the-story-names"),
    case("title-staff", "U.S. Trade Representative Clayton Yeutter plans a trip.", ("Clayton Yeutter", "worksFor", "United States", A),
         id="title-named-like-a-gazetteer-office"),
    case("apposition-leader", "WASHINGTON, May 3 - Donald Trump spoke. Tom Hale, the Democratic chairman of the House Ethics Committee, was 68.",
         ("Tom Hale", "leaderOf", "House Ethics Committee", A), ("Tom Hale", "memberOf", "Democratic Party (United States)", A),
         id="party-adjective-and-chair-of-a-committee"),
    case("apposition-leader", "WASHINGTON, May 3 - Donald Trump spoke. Nancy Pelosi, the Speaker of the House of Representatives, said so.",
         ("Nancy Pelosi", "leaderOf", "United States House of Representatives", A), id="speaker-of-the-story-states-house"),
    case("apposition-member", "WASHINGTON, May 3 - Donald Trump spoke. Chuck Schumer, the Senate minority leader, said so.",
         ("Chuck Schumer", "memberOf", "United States Senate", A), id="minority-leader-is-a-member"),
    case("title-party", "WASHINGTON, May 3 - Donald Trump spoke. Republican committee member Tom Hale of Georgia disagreed.",
         ("Tom Hale", "memberOf", "Republican Party (United States)", A), id="party-adjective-before-a-committee-title"),
    case("title-local", "NEW DELHI, May 3 - India mourned. Goa Chief Minister Ana Ruiz tweeted.", ("Ana Ruiz", "leaderOf", "Goa", A),
         id="chief-minister-leads-a-state-of-a-country"),
    case("apposition-leader", "Tom Hale died. Ana Ruiz, his wife and the current chairwoman of the Maryland Democratic Party, said so.",
         ("Ana Ruiz", "leaderOf", "Maryland Democratic Party", A), id="apposition-role-after-a-relative"),
    case("title-leader", "NASA administrator Jim Bridenstine said so.", ("Jim Bridenstine", "leaderOf", "NASA", A), id="an-agencys-administrator-heads-it"),
    case("apposition-staff", "Council President Ana Ruiz, the delegate of Italy, read it.", ("Ana Ruiz", "worksFor", "Italy", A),
         id="a-states-delegate-serves-it"),
    case("person-of-organisation", "Lead author Ana Ruiz of Australia's Griffith University said so.", ("Ana Ruiz", "worksFor", "Griffith University", A),
         id="person-of-a-states-organisation"),
    case("title-party", "WASHINGTON, Oct 28 - The US mourned. Hagan defeated incumbent Republican US Senator Ana Ruiz. The United States voted.",
         ("Ana Ruiz", "memberOf", "Republican Party (United States)", A), id="party-adjective-before-the-states-title"),
    case("title-staff", "LONDON, May 3 - Britain voted. Labour Party MP Tom Hale called the deal lousy. Britain is tired.",
         ("Tom Hale", "memberOf", "Labour Party (UK)", A), id="a-partys-mp-is-its-member"),
    case("title-expert", "Sky News Arabia producer Ali Hamdan was killed.", ("Ali Hamdan", "worksFor", "Sky News Arabia", A), id="an-outlets-producer"),
    case("title-expert", "\"Bonds will fall,\" said Vexa Tellmark analyst Dale Hume.", ("Dale Hume", "worksFor", "Vexa Tellmark", A),
         id="an-unknown-firms-analyst"),
    case("apposition-staff", "The order was cut, said Peter Meier, a Quorna official.", ("Peter Meier", "worksFor", "Quorna", A),
         id="an-unknown-bodys-official"),
    case("title-body", "WASHINGTON, May 3 - Donald Trump spoke. The House Ethics Committee met. Democratic committee chairman Tom Hale said so.",
         ("Tom Hale", "leaderOf", "House Ethics Committee", "asserted"), id="committee-chairman-of-the-one-committee-named"),
    case("title-body", "PARIS, May 3 - Rhone-Poulenc SA issued bonds. Company chairman Ana Ruiz said so.", ("Ana Ruiz", "leaderOf", "Rhone-Poulenc SA", A),
         id="company-chairman-of-the-one-company-named"),
    case("title-bare", "SAN JUAN, May 3 - Puerto Rico mourned. Puerto Rico voted. Governor Ana Ruiz resigned.", ("Ana Ruiz", "leaderOf", "Puerto Rico", A),
         id="bare-governor-of-a-territory-story"),
    case("title-bare", "Oregon passed the bill on Monday. Governor Ana Ruiz signed it.", ("Ana Ruiz", "leaderOf", "Oregon", A),
         id="bare-governor-of-the-one-region-named"),
    case("title-bare", "The Indian state of Kerala mourned. Chief Minister Ana Ruiz spoke.", ("Ana Ruiz", "leaderOf", "Kerala", A),
         id="bare-chief-minister-of-the-one-region-named"),
    case("title-bare", "Floods hit Queensland in Australia. Premier Ana Ruiz toured the coast.", ("Ana Ruiz", "leaderOf", "Queensland", A),
         id="bare-premier-of-a-federation-leads-its-region"),
    case("title-bare", "China opened talks. Premier Ana Ruiz spoke.", ("Ana Ruiz", "leaderOf", "China", A),
         id="bare-premier-of-a-unitary-state-leads-it"),
    case("title-bare", "Donald Trump vetoed the bill. The United States Senate had passed it. Attorney General Ana Ruiz defended the veto.",
         ("Ana Ruiz", "worksFor", "United States", A), id="title-bare-in-a-story-its-known-actors-set-in-a-state"),
    case("title-bare", "LIMA, May 3 - Peru mourned. Civil Aviation Minister Ana Ruiz said 18 people died.", ("Ana Ruiz", "worksFor", "Peru", A),
         id="title-bare-after-an-unknown-word-and-a-portfolio"),
    case("title-bare", "ATHENS, May 3 - Greece waited. But government spokesman Nikos Pappas did not confirm it.",
         ("Nikos Pappas", "worksFor", "Greece", A), id="title-bare-government-spokesman-after-a-sentence-opener"),
    case("title-staff", "The Chilean government spokesman Ana Ruiz denied it.", ("Ana Ruiz", "worksFor", "Chile", A),
         id="title-staff-after-a-capitalised-article"),
    case("title-staff", "OSLO, May 3 - Norway cut trade. Foreign Ministry spokesman Per Lund told reporters.",
         ("Per Lund", "worksFor", "Foreign Ministry (Norway)", A), ("Per Lund", "worksFor", "Norway", A), id="title-staff-of-a-ministry-serves-its-state"),
    case("copular-local", "Ana Ruiz was sworn in as Puerto Rico's governor on Wednesday.", ("Ana Ruiz", "leaderOf", "Puerto Rico", A),
         id="sworn-in-as-possessive-title"),
    case("copular-local", "Ana Ruiz was sworn in on Monday at 9 a.m. as Puerto Rico's new governor.", ("Ana Ruiz", "leaderOf", "Puerto Rico", A),
         id="sworn-in-at-a-time-as-new-title"),
    case("copular-leader", "Ana Ruiz resigned as prime minister of Peru.", ("Ana Ruiz", "leaderOf", "Peru", A), id="resigned-as-title-of"),
    case("copular-leader", "Tom Hale stepped down as chairman of Siemens.", ("Tom Hale", "leaderOf", "Siemens", A), id="stepped-down-as-title-of"),
    case("copular-leader", "Ana Ruiz is now also chairman of Siemens.", ("Ana Ruiz", "leaderOf", "Siemens", A), id="is-now-also-chairman-of"),
    case("apposition-leader", "Ebola drugs work, said Ana Ruiz, Director General of Kenya's Amnesty International.",
         ("Ana Ruiz", "leaderOf", "Amnesty International", A), id="apposition-role-of-a-states-organisation"),
    case("title-expert-coordinated", "Retired FBI agent and terrorism specialist Ali Hamdan said so.", ("Ali Hamdan", "worksFor", "Federal Bureau of Investigation", A)),
    case("title-leader-coordinated", "Conservative Party leader and Prime Minister Boris Johnson thanked voters.",
         ("Boris Johnson", "leaderOf", "Conservative Party", A)),
    case("title-leader", "NASA Administrator Ana Ruiz testified.", ("Ana Ruiz", "leaderOf", "NASA", A), id="title-leader-administrator-of-an-agency"),
    case("title-leader", "FBI Director James Comey testified.", ("James Comey", "leaderOf", "Federal Bureau of Investigation", A),
         id="capitalised-director-heads-it"),
    case("title-in-name", "Jordan's King Abdullah II opened the summit in Amman.", ("Abdullah II of Jordan", "leaderOf", "Jordan", A),
         id="title-in-name-possessive-holder"),
    case("title-in-name", "The talks ended on Friday. Queen Elizabeth II later spoke to reporters.", ("Elizabeth II", "leaderOf", "United Kingdom", A),
         id="title-in-name-gazetteer-state"),
    case("apposition-local", "Ana Ruiz, Gibraltar's governor, resigned on Monday.", ("Ana Ruiz", "leaderOf", "Gibraltar", A),
         id="governor-leads-a-dependent-territory"),
    case("apposition-staff", "Mark Fields, executive vice president of Siemens, resigned.", ("Mark Fields", "worksFor", "Siemens", A),
         id="apposition-title-of-two-titles"),
    case("apposition-staff", "Ana Ruiz, the Secretary of Justice for Puerto Rico, will take over.", ("Ana Ruiz", "worksFor", "Puerto Rico", A),
         id="apposition-portfolio-then-holder"),
    case("role-of-apposition-leader", "The director of Kenya's Amnesty International, Ruth Otieno, said so.",
         ("Ruth Otieno", "leaderOf", "Amnesty International", A), id="role-of-a-country-s-organisation"),
    case("person-of-organisation", "Ana Silva from Human Rights Watch visited the camp.", ("Ana Silva", "worksFor", "Human Rights Watch", A),
         id="person-from-organisation"),
    case("party-letter", "Sen. Tom Harkin (D-Iowa) opposed the bill.", ("Tom Harkin", "memberOf", "Democratic Party (United States)", A)),
]


@pytest.mark.parametrize(("rule", "text", "expected"), ROLE_CASES)
def test_role_extracted(hits, rule, text, expected):
    assert_extracted(hits(text), rule, expected)


def test_ambassador_works_for_the_sending_state_only(hits):
    found = {(s, p, o) for s, p, o, _ in hits("Japan's ambassador to China, Taro Yamada, said the talks went well.")}
    assert ("Taro Yamada", "worksFor", "Japan") in found
    assert ("Taro Yamada", "worksFor", "China") not in found


def test_a_longer_name_with_the_same_head_is_another_body(hits):
    found = {(s, p, o) for s, p, o, _ in hits("The Supreme Court ruled on Monday. District Court Judge Tom Hale said it was wrong.")}
    assert not any(s == "Tom Hale" and o == "Supreme Court" for s, _, o in found)


def test_a_known_persons_nationality_is_no_office_in_a_story_without_that_state(hits):
    found = {(s, p, o) for s, p, o, _ in hits("BONN, April 1 - The EC Commission, led by President Jacques Delors, will visit Bonn. "
                                              "Germany's farmers protested. Germany wants a deal.")}
    assert ("Jacques Delors", "leaderOf", "France") not in found


def test_a_banks_office_in_a_city_is_the_banks(hits):
    found = {(s, p, o) for s, p, o, _ in hits("Citibank's Oslo treasury head Tom Hale told Reuters so. Norway is calm.")}
    assert not any(s == "Tom Hale" and o == "Norway" for s, _, o in found)


def test_a_title_held_for_a_body_is_not_the_states(hits):
    found = {(s, p, o) for s, p, o, _ in hits("Britain voted. The Supreme Court is led by President Ana Ruiz. Britain voted.")}
    assert ("Ana Ruiz", "leaderOf", "United Kingdom") not in found
    assert any(s == "Ana Ruiz" and p == "leaderOf" and o.startswith("Supreme Court") for s, p, o in found)


def test_a_party_leader_named_with_a_demonym_leads_no_state(hits):
    found = {(s, p, o) for s, p, o, _ in hits("Polish leader Tom Hale of the Vexa Party spoke.")}
    assert ("Tom Hale", "leaderOf", "Poland") not in found
    assert ("Tom Hale", "leaderOf", "Vexa Party") in found


def test_a_regions_house_speaker_presides_over_no_states_house(hits):
    found = {(s, p, o) for s, p, o, _ in hits("AUSTIN - Texas House Speaker Tom Hale said the United States would act.")}
    assert not any(s == "Tom Hale" and p == "leaderOf" for s, p, o in found), found


def test_a_title_in_passing_that_names_its_holder_is_no_states(hits):
    found = {(s, p, o) for s, p, o, _ in hits("OTTAWA - Tom Hale ended his term as president of the Vexa Club. Canada said so.")}
    assert ("Tom Hale", "leaderOf", "Canada") not in found, found


@pytest.mark.parametrize("text", [
    pytest.param("Workers struck Vexa Meat Inc on Monday, police spokesman Tom Hale said.", id="another-bodys-spokesman"),
    pytest.param("Workers struck Vexa Meat Inc on Monday, union spokesman Tom Hale said.", id="a-unions-spokesman"),
    pytest.param("Vexa Meat Inc sold a plant. The Quorna Commission approved it, spokesman Tom Hale said.", id="a-story-with-another-body"),
    pytest.param("Vexa Meat Inc sold a plant to Quorna Foods Inc, spokesman Tom Hale said.", id="a-story-with-two-firms"),
    pytest.param("Vexa Meat Inc sold a plant. President Tom Hale said so.", id="a-capitalised-state-title"),
])
def test_a_bare_firm_title_names_no_firm_the_story_does_not_single_out(hits, text):
    assert not any(s == "Tom Hale" and o.startswith(("Vexa", "Quorna")) for s, p, o, _ in hits(text))


@pytest.mark.parametrize("text", ["American football coach Tom Hale spoke.", "Russian opposition leader Tom Hale spoke."])
def test_a_field_between_a_demonym_and_a_title_is_no_states_office(hits, text):
    assert not any(s == "Tom Hale" and p in ("worksFor", "leaderOf") for s, p, o, _ in hits(text))


def test_a_legislator_sits_in_the_chamber_and_holds_a_seat_for_the_state(hits):
    found = {(s, p, o) for s, p, o, _ in hits("The vote was close, said French Senator Jean Dupont.")}
    assert {("Jean Dupont", "memberOf", "Senate (France)"), ("Jean Dupont", "worksFor", "France")} <= found
    # with no chamber of that state in the gazetteer, the state's service is what the title says
    found = {(s, p, o) for s, p, o, _ in hits("The vote was close, said Fijian Senator Jone Ratu.")}
    assert ("Jone Ratu", "worksFor", "Fiji") in found


@pytest.mark.parametrize("text", [
    "With NASA's James Webb Telescope scheduled to fly, astronomers waited.",
    "The Clean Water Fund's Ana Ruiz Prize went to a chemist.",
    "Sony's Michael Jackson albums sold well in Japan.",
])
def test_a_name_before_a_thing_it_names_is_no_organisations_person(hits, text):
    assert not any(p == "worksFor" for s, p, o, _ in hits(text))


@pytest.mark.parametrize("text", [
    "Polls closed in Ohio and Texas. Jim Olsen said the seat was won as a Republican stronghold in the United States.",
    "Polls closed in Ohio and Texas. Jim Olsen met Ann Lowry, who ran as a Democrat, in the United States.",
])
def test_a_party_label_names_only_the_candidate_it_follows(hits, text):
    assert not any(p == "memberOf" and s == "Jim Olsen" for s, p, o, _ in hits(text))


def test_a_district_attorney_serves_no_state(hits):
    text = ("WASHINGTON, May 3 - President Donald Trump sued Tom Hale in the United States. The court heard the president's lawyers "
            "and District Attorney Hale's office.")
    assert not any(p == "worksFor" and s == "Tom Hale" and o == "United States" for s, p, o, _ in hits(text))


@pytest.mark.parametrize("text", [
    "WASHINGTON, May 3 - Ana Ruiz won the vote, edging attorney Tom Hale.",
    "WASHINGTON, May 3 - Ana Ruiz's personal attorney Tom Hale spoke.",
])
def test_a_bare_attorney_is_a_lawyer_of_no_state(hits, text):
    assert not any(p == "worksFor" and s == "Tom Hale" and o == "United States" for s, p, o, _ in hits(text))


def test_a_member_of_a_persons_faction_is_not_their_staff(hits):
    text = "Ana Ruiz spoke on Monday. Tom Hale, a Ruiz faction member and deputy secretary general of the party, said so."
    assert not any(p == "worksFor" and s == "Tom Hale" and o == "Ana Ruiz" for s, p, o, _ in hits(text))


def test_a_citys_minister_serves_no_state(hits):
    text = "NEW DELHI, Feb 13 - A fire killed 17 in India. Tom Hale, the city's home minister, said buildings were unsafe."
    assert not any(p == "worksFor" and s == "Tom Hale" for s, p, o, _ in hits(text))


def test_a_regional_president_leads_no_state(hits):
    text = "Portugal braced for the storm. It will worsen, said Vasco Cordeiro, the regional president, in Portugal."
    assert not any(p == "leaderOf" and s == "Vasco Cordeiro" for s, p, o, _ in hits(text))


@pytest.mark.parametrize("text", [
    "A tweet from Ana Ruiz's Twitter account said so.",
    "Ana Ruiz's Democratic Party won the seat.",
])
def test_a_persons_named_thing_is_no_firm_of_theirs(hits, text):
    assert not any(p == "leaderOf" and s == "Ana Ruiz" for s, p, o, _ in hits(text))


@pytest.mark.parametrize("text", [
    "Ronald Reagan named Tom Hale chairman of the panel.",
    "Vexa Corp said Tom Hale was named chairman of Tellmark Inc.",
])
def test_an_appointment_with_a_holder_of_its_own_is_not_the_appointers(hits, text):
    assert not any(s == "Tom Hale" and o in ("Ronald Reagan", "Vexa Corp") for s, p, o, _ in hits(text))


def test_an_ambassador_to_a_state_is_not_its_staff(hits):
    assert not any(p == "worksFor" and o == "Russia" for s, p, o, _ in hits("Tom Hale, the ambassador to Russia, spoke."))


@pytest.mark.parametrize("text", [
    "The bill is bad, said Oregon Senator Ana Ruiz.",
    "Ana Ruiz, an Oregon state representative, voted against the bill.",
    "Ana Ruiz, president of Oregon's Caisse Fonciere, said the bank would grow.",
])
def test_a_regions_legislator_or_a_head_of_something_in_it_serves_no_region(hits, text):
    assert not any(p == "worksFor" and o == "Oregon" for s, p, o, _ in hits(text))


def test_a_leaders_title_after_led_by_is_of_what_is_led(hits):
    text = ("PARIS, May 2 - France and Germany argued. The Commissioners, led by President Anne Leclerc, met in Paris. "
            "France wants a deal. The panel, headed by former Foreign Minister Paul Girard, reported.")
    found = {(s, p, o) for s, p, o, _ in hits(text)}
    assert ("Anne Leclerc", "leaderOf", "France") not in found
    assert ("Paul Girard", "worksFor", "France") in found  # a minister's office is a state's wherever it is named


def test_an_unnamed_organisations_head_is_no_state_leader(hits):
    found = {(s, p, o) for s, p, o, _ in hits("LONDON, May 3 - Britain said no. Britain agreed. Central bank president Ana Ruiz said so. "
                                              "Party leader Tom Hale spoke.")}
    assert not any(o == "United Kingdom" for s, _, o in found if s in ("Ana Ruiz", "Tom Hale"))


def test_a_bare_secretary_general_of_one_of_two_organisations_is_unknown(hits):
    found = {(s, p, o) for s, p, o, _ in hits("NATO met in Brussels. The EU met too. Secretary-General Ana Ruiz spoke.")}
    assert not any(s == "Ana Ruiz" and p == "leaderOf" for s, p, _ in found)


def test_a_bare_judge_with_two_courts_named_serves_neither(hits):
    found = {(s, p, o) for s, p, o, _ in hits("The Supreme Court and the Court of Appeal ruled. Judge Ana Ruiz dissented.")}
    assert not any(s == "Ana Ruiz" for s, _, _ in found)


def test_a_later_bare_judge_title_says_nothing_of_another_court(hits):
    found = {(s, p, o) for s, p, o, _ in hits("U.S. District Judge Gray Hale ruled on Monday. The Supreme Court may hear the case. "
                                              "Judge Hale said the law was clear.")}
    assert not any(s == "Gray Hale" and o.startswith("Supreme Court") for s, _, o in found)


@pytest.mark.parametrize("text", [
    pytest.param("NEW DELHI, May 3 - India mourned. Chief Minister Ana Ruiz tweeted. India is calm.", id="bare-chief-minister"),
    pytest.param("NEW DELHI, May 3 - India mourned. Goa Chief Minister Ana Ruiz tweeted. India is calm.", id="chief-minister-of-a-state"),
])
def test_a_chief_minister_leads_no_country(hits, text):
    assert ("Ana Ruiz", "leaderOf", "India") not in {(s, p, o) for s, p, o, _ in hits(text)}


def test_a_city_after_a_titled_name_is_where_the_person_is_from(hits):
    found = {(s, p, o) for s, p, o, _ in hits("WASHINGTON, May 3 - Donald Trump spoke. Committee chairman Tom Hale of New York said so.")}
    assert not any(s == "Tom Hale" and o.startswith("New York") for s, _, o in found)


def test_clergy_serve_no_state(hits):
    found = {(s, p, o) for s, p, o, _ in hits("The Polish archbishop Jan Nowak said so.")}
    assert ("Jan Nowak", "worksFor", "Poland") not in found


def test_a_ministry_named_without_its_state_serves_the_story_state_only_where_the_story_is_filed(hits):
    text = ("TOKYO, March 3 - The United States and the U.S. Congress argued with Japan. The U.S. said no. "
            "Vice Minister Ken Sato of the International Trade and Industry Ministry said so.")
    found = {(s, p, o) for s, p, o, _ in hits(text)}
    assert ("Ken Sato", "worksFor", "United States") not in found


def test_a_bare_governor_of_a_state_story_leads_no_country(hits):
    found = {(s, p, o) for s, p, o, _ in hits("WASHINGTON, May 3 - The United States voted. America agreed. Governor Ana Ruiz resigned.")}
    assert not any(s == "Ana Ruiz" and p == "leaderOf" for s, p, _ in found)


@pytest.mark.parametrize("text", [
    "Texas and Ohio sued on Monday. Governor Ana Ruiz spoke.",  # two regions: which one is unsure
    "Canada was hit by floods. Premier Ana Ruiz spoke.",  # a premier of Canada leads a province, none named
])
def test_a_bare_regional_title_with_no_one_region_leads_nothing(hits, text):
    assert not any(s == "Ana Ruiz" and p == "leaderOf" for s, p, _, _ in hits(text))


def test_a_titled_head_of_one_of_two_committees_is_unknown(hits):
    text = "The Ethics Committee and the Budget Committee met. Committee chairman Ana Ruiz said so."
    assert not any(s == "Ana Ruiz" for s, _, _, _ in hits(text))


@pytest.mark.parametrize("text", [
    "Boeing engineer Tom Hale met his French counterpart Jean Dupont.",
    "Peruvian Foreign Minister Ana Ruiz met her Peruvian counterpart Paula Soto.",
    "Tom Hale met his French counterpart Jean Dupont.",
])
def test_a_counterpart_of_no_states_office_or_of_the_same_state_holds_nothing(hits, text):
    found = {(s, p, o) for s, p, o, _ in hits(text)}
    assert not any(s in ("Jean Dupont", "Paula Soto") and p in ("leaderOf", "worksFor") for s, p, o in found), found


def test_two_heads_of_state_named_together_share_no_state(hits):
    found = {(s, p, o) for s, p, o, _ in hits("Chilean President Ana Ruiz and King Tom Hale opened the fair.")}
    assert ("Ana Ruiz", "leaderOf", "Chile") in found
    assert ("Tom Hale", "leaderOf", "Chile") not in found


def test_a_president_and_a_prime_minister_named_together_share_the_state(hits):
    found = {(s, p, o) for s, p, o, _ in hits("French President Ana Ruiz and Prime Minister Tom Hale opened the fair.")}
    assert ("Tom Hale", "leaderOf", "France") in found


def test_a_known_leader_leads_no_other_state_a_title_near_him_names(hits):
    found = {(s, p, o) for s, p, o, _ in hits("Soviet leader Ivan Petrov and President Ronald Reagan will hold a summit.")}
    assert ("Ronald Reagan", "leaderOf", "Soviet Union") not in found


def test_a_firms_director_sits_on_its_board(hits):
    found = {(s, p, o) for s, p, o, _ in hits("Vexa Corp's director, Tom Hale, said so. Ana Ruiz, a director of the Vexa Foundation, agreed.")}
    assert ("Tom Hale", "worksFor", "Vexa Corp") in found and ("Tom Hale", "leaderOf", "Vexa Corp") not in found
    assert ("Ana Ruiz", "leaderOf", "Vexa Foundation") not in found


@pytest.mark.parametrize("text", [
    "Ana Ruiz became the first woman to win the Vexa Prize.",
    "Tom Hale took the Vexa Corp job seriously.",
    "Tom Hale succeeded in the talks with Vexa Corp.",
])
def test_a_first_or_a_success_without_an_office_holds_none(hits, text):
    found = {(s, p, o) for s, p, o, _ in hits(text)}
    assert not any(p in ("leaderOf", "worksFor") for _, p, _ in found), found


def test_a_firms_bare_office_taken_is_no_states(hits):
    found = {(s, p, o) for s, p, o, _ in hits("LIMA, July 2 - Vexa Corp said Tom Hale will assume the position of president.")}
    assert ("Tom Hale", "leaderOf", "Peru") not in found

