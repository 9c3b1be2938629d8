package org.brtimeline.corpus;

import org.springframework.data.jpa.repository.JpaRepository;

interface CorpusImportRepository extends JpaRepository<CorpusImport, Long> {}
