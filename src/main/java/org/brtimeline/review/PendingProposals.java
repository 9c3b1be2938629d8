package org.brtimeline.review;

import java.util.List;
import org.brtimeline.source.ArticleService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * On start, proposes the dated sentences of every article stored without them (an earlier version proposed them in a
 * transaction of their own, after the article's, and a killed import could leave an article without them). An
 * article whose candidates editors have decided keeps its decisions: it is not pending, and is never proposed again.
 */
@Component
class PendingProposals implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(PendingProposals.class);

    private final ArticleService articles;
    private final CandidateProposals proposals;
    private final org.brtimeline.base.SystemTask system;

    PendingProposals(ArticleService articles, CandidateProposals proposals, org.brtimeline.base.SystemTask system) {
        this.articles = articles;
        this.proposals = proposals;
        this.system = system;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> pending = articles.withCandidatesPending();
        if (pending.isEmpty()) {
            return;
        }
        int proposed = 0;
        for (String slug : pending) {
            proposed += system.call(() -> proposals.propose(slug));
        }
        LOG.info(
                "Proposed {} dated sentences of {} articles stored without them (an import stopped before proposing them)",
                proposed,
                pending.size());
    }
}
