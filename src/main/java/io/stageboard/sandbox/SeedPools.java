package io.stageboard.sandbox;

import java.util.List;

/** Word lists the seed generator draws from: varied names (several scripts), places, tags, notes. */
final class SeedPools {

    private SeedPools() {
    }

    static final List<String> FIRST_NAMES = List.of("Ada", "Grace", "Alan", "Linus", "Margaret", "Katherine",
            "Dorothy", "Edsger", "Barbara", "Frances", "Radia", "Hedy", "Tim", "Sophie", "Lucas", "Amara", "Chidi",
            "Priya", "Arjun", "Mei", "Hiroshi", "Yuki", "Fatima", "Omar", "Leila", "Mateo", "Valentina", "Sebastián",
            "Zoë", "Björn", "Ingrid", "Siobhán", "Aoife", "Niamh", "Kwame", "Abena", "Thabo", "Nomvula", "Diego",
            "Camila", "Élodie", "François", "Giulia", "Luca", "Anya", "Dmitri", "Olusegun", "Ngozi", "Rahul",
            "Ananya", "Jonas", "Emma", "Noah", "Olivia", "Liam", "Ava", "Ethan", "Isabella", "Mason", "Mia");

    static final List<String> LAST_NAMES = List.of("Lovelace", "Hopper", "Turing", "Torvalds", "Hamilton",
            "Johnson", "Vaughan", "Dijkstra", "Liskov", "Allen", "Perlman", "Lamarr", "Berners-Lee", "Martin",
            "Bernard", "Okafor", "Adeyemi", "Sharma", "Patel", "Chen", "Tanaka", "Sato", "Haddad", "Nasser",
            "García", "Rodríguez", "Müller", "Schmidt", "Nilsson", "Johansson", "O'Brien", "O'Connor", "D'Angelo",
            "N'Diaye", "D'Souza", "Mensah", "Nkosi", "Dlamini", "Fernández", "Rossi", "Bianchi", "Ivanova",
            "Kowalski", "Nguyen", "Kim", "Park", "van der Berg", "de la Cruz", "MacLeod", "Ó Súilleabháin");

    /** Full names in non-Latin scripts, each with an ASCII handle for the e-mail address. */
    static final List<String[]> OTHER_SCRIPT_NAMES = List.of(
            new String[] {"山田 太郎", "taro.yamada"}, new String[] {"佐藤 花子", "hanako.sato"},
            new String[] {"王 伟", "wei.wang"}, new String[] {"李 娜", "na.li"},
            new String[] {"김민준", "minjun.kim"}, new String[] {"이서연", "seoyeon.lee"},
            new String[] {"Алексей Смирнов", "alexey.smirnov"}, new String[] {"Мария Иванова", "maria.ivanova"},
            new String[] {"Νίκος Παπαδόπουλος", "nikos.papadopoulos"}, new String[] {"محمد العلي", "mohammed.alali"},
            new String[] {"نور حداد", "nour.haddad"}, new String[] {"राहुल वर्मा", "rahul.verma"},
            new String[] {"דנה כהן", "dana.cohen"}, new String[] {"สมชาย ใจดี", "somchai.jaidee"});

    static final List<String> EMAIL_DOMAINS = List.of("gmail.com", "outlook.com", "proton.me", "yahoo.com",
            "fastmail.com", "icloud.com", "example.org");

    static final List<String> LOCATIONS = List.of("San Francisco, CA", "New York, NY", "Austin, TX", "London, UK",
            "Berlin, Germany", "Paris, France", "Toronto, Canada", "Bengaluru, India", "Chennai", "Tokyo, Japan",
            "São Paulo, Brazil", "Lagos, Nigeria", "Sydney, Australia", "Remote", "Dublin, Ireland",
            "Zürich, Switzerland", "");

    static final List<String> HEADLINES = List.of("", "", "Stripe, Stanford University", "Google, MIT",
            "Shopify, University of Waterloo", "Freelance", "Atlassian, UNSW", "Spotify, KTH Royal Institute",
            "Infosys, IIT Madras", "Mercado Libre, Universidad de Buenos Aires", "Rakuten, Keio University",
            "Bootcamp graduate", "Zalando, TU Berlin", "Andela, University of Lagos", "Self-employed");

    static final List<String> TAGS = List.of("Engineering", "Design", "Product", "Sales", "Marketing",
            "Customer Success", "Senior", "Junior", "Remote", "Relocation", "Visa sponsorship", "Referral",
            "referral", "Boomerang", "Diversity pipeline", "Hackathon", "Campus 2026", "Java", "Go tech", "Kotlin",
            "React", "Rust", "Data", "Machine learning", "Leadership", "Spanish speaker", "Part-time", "Contractor",
            "Silver medalist", "Follow up Q1", "C++ / systems", "Hiring freeze hold");

    static final List<String> NOTE_TEXTS = List.of("Strong systems design; a bit quiet in the team exercise.",
            "Asked about remote work and relocation support.", "Great culture add — enthusiastic about the mission.",
            "Salary expectations above band; discuss with hiring manager.", "Left a voicemail, will follow up Friday.",
            "Referred by a former colleague on the platform team.", "Portfolio is excellent, especially the "
                    + "accessibility case study.", "Needs visa sponsorship in 2027.",
            "Scheduling conflict: prefers interviews after 3pm CET.", "Reference from previous manager was glowing.",
            "Not a fit for this role, keep in mind for the data team.", "Candidate's notice period is 3 months.",
            "Followed up by e-mail; no answer yet.", "Did well on the take-home, clean tests.");

    static final List<String> JOB_TITLES = List.of("Head of Talent", "Recruiter", "Senior Recruiter",
            "Sourcer", "Engineering Manager", "VP Engineering", "Design Lead", "Staff Engineer", "Recruiting Coordinator",
            "Product Manager", "Sales Director", "CTO");

    static final String[][] POSTINGS = {
            // text, team, department, location, commitment, state, workplaceType
            {"Senior Backend Engineer", "Platform", "Engineering", "Berlin, Germany", "Full-time", "published", "hybrid"},
            {"Frontend Engineer", "Web", "Engineering", "Remote", "Full-time", "published", "remote"},
            {"Product Designer", "Design", "Product", "London, UK", "Full-time", "published", "on-site"},
            {"Account Executive", "Mid-Market", "Sales", "New York, NY", "Full-time", "published", "on-site"},
            {"Data Scientist", "Insights", "Engineering", "Bengaluru, India", "Full-time", "published", "hybrid"},
            {"Engineering Manager, Payments", "Payments", "Engineering", "San Francisco, CA", "Full-time",
                    "internal", "hybrid"},
            {"Recruiting Coordinator", "Talent", "People", "Toronto, Canada", "Contract", "internal", "remote"},
            {"Customer Success Manager", "Customer Success", "Operations", "Dublin, Ireland", "Full-time", "closed",
                    "on-site"},
            {"Marketing Intern", "Growth", "Marketing", "Paris, France", "Internship", "closed", "on-site"},
            {"Site Reliability Engineer", "Infrastructure", "Engineering", "Tokyo, Japan", "Full-time", "draft",
                    "unspecified"},
            {"Head of Legal", "Legal", "G&A", "London, UK", "Full-time", "pending", "hybrid"},
            {"Growth Hacker", "Growth", "Marketing", "Remote", "Part-time", "rejected", "remote"},
            {"Chief of Staff (confidential)", "Executive", "G&A", "San Francisco, CA", "Full-time", "published",
                    "on-site"},
    };
}
